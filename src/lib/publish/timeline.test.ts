import { describe, expect, it } from 'vitest';
import { acmeNews, acmePrivacy, acmeTerms, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { buildTimeline, eventsFor, timelineFilterCss } from './timeline.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus(
    [
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ effective: 'May 1, 2024', retention: 'We hold order records while your account is open.' }) },
      { path: 'acme/privacy-notice/2024-04-20.md', content: acmePrivacy({ effective: 'May 1, 2024', retention: 'We hold order records while your account is open.' }).replace('Couriers receive', '*Couriers* receive'), message: 'Refilter Acme privacy notice' },
      { path: 'acme/terms-of-use/2024-04-03.md', content: acmeTerms({ effective: 'May 1, 2024' }) },
    ],
    { '2024-04-05-example-acme.md': acmeNews({ date: '2024-04-05' }) },
  ),
});
const events = buildTimeline(corpus, []);

describe('buildTimeline', () => {
  it('orders every version recorded, stated effective date and report by date', () => {
    expect(events.map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2024-03-01 effective',
      '2024-03-02 recorded',
      '2024-04-02 recorded',
      '2024-04-03 recorded',
      '2024-04-03 recorded',
      '2024-04-05 report',
      '2024-04-20 recorded',
      '2024-05-01 effective',
    ]);
  });

  it('makes one effective-date event for every document that states the date, linking each', () => {
    const may = events.find((e) => e.id === 'effective-2024-05-01')!;
    expect(may.documents).toEqual(['acme/privacy-notice', 'acme/terms-of-use']);
    expect(may.links.map((l) => l.href)).toEqual(['/acme/privacy-notice/2024-04-02/', '/acme/terms-of-use/2024-04-03/', '/acme/terms-of-use/2024-04-03-eu-efta-uk/']);
  });

  it('links a new version to its comparison and counts the words changed, and marks re-extractions minor', () => {
    const april = events.find((e) => e.id === 'recorded-acme-privacy-notice-2024-04-02')!;
    expect(april.links.map((l) => l.href)).toContain('/compare/acme/privacy-notice/2024-03-02..2024-04-02/');
    expect(april.change!.added).toBeGreaterThan(0);
    expect(events.find((e) => e.id === 'recorded-acme-privacy-notice-2024-04-20')!.minor).toBe(true);
  });

  it('filters to one document', () => {
    expect(eventsFor(events, { service: 'acme', id: 'terms-of-use' }).map((e) => e.kind)).toEqual(['recorded', 'recorded', 'effective']);
  });
});

describe('timelineFilterCss', () => {
  it('has one rule per kind present and none for kinds absent', () => {
    const css = timelineFilterCss(events);
    expect(css).toContain(':root:has(#kind-recorded:not(:checked)) .event.kind-recorded { display: none; }');
    expect(css).toContain('#kind-report:not(:checked)');
    expect(css).not.toContain('#kind-note');
    expect(css).not.toContain('#category-');
  });
});

describe('a flicker on the timeline', () => {
  const flickering = ingestCorpus({
    corpusDir: makeCorpus([
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-03-03.md', content: acmePrivacy({ retention: 'We hold order records for ten years.' }) },
      { path: 'acme/privacy-notice/2024-03-04.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy({ retention: 'We hold order records for two years.' }) },
    ]),
  });
  const timeline = buildTimeline(flickering, []);

  it('is one event that names its return, with no change bar, and the next change bridges it', () => {
    const flicker = timeline.find((e) => e.id === 'recorded-acme-privacy-notice-2024-03-03')!;
    expect(flicker).toMatchObject({ kind: 'flicker', minor: false });
    expect(flicker.change).toBeUndefined();
    expect(flicker.sentence).toMatch(/about 24 hours.*on 4 March 2024 the text before it came back/);
    const next = timeline.find((e) => e.id === 'recorded-acme-privacy-notice-2024-05-02')!;
    expect(next.links.map((l) => l.href)).toContain('/compare/acme/privacy-notice/2024-03-02..2024-05-02/');
  });
});
