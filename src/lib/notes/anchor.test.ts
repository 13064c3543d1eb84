import { describe, expect, it } from 'vitest';
import { anchorInDocument, anchorInVersion, changedDefiningWords } from './anchor.ts';
import type { PolicyDocument, Version } from '../model/model.ts';
import type { Block, Clause } from '../model/model.ts';

const clause = (id: string, text: string): Clause => ({ type: 'clause', id, kind: 'paragraph', html: text, text, marked: text, section: '', line: 1 });
let counter = 0;
function version(id: string, ...clauses: [string, string][]): Version {
  counter += 1;
  const blocks: Block[] = clauses.map(([cid, text]) => clause(cid, text));
  return { id, service: 'acme', document: 'terms', region: 'worldwide', regionLabel: 'Worldwide', firstRecorded: `2024-0${counter % 9 + 1}-01`, lastRecorded: '', sightings: [], source: {} as never, reextraction: false, formattingOnly: false,
    kind: 'first', contentHash: '', textHash: '', wordCount: 0, blocks };
}

const fee = version('v1', ['a', 'Scraping costs fifty dollars per thousand listings.'], ['b', 'Disputes go to the courts of Springfield.']);

describe('anchorInVersion', () => {
  it('finds the exact quote and where it sits', () => {
    const result = anchorInVersion({ exact: 'fifty dollars per thousand' }, fee);
    expect(result).toMatchObject({ status: 'exact', match: { clauseId: 'a', start: 15, end: 41, quality: 1 } });
  });

  it('falls back to an approximate match when the words were edited a little', () => {
    const edited = version('v2', ['a', 'Scraping costs sixty dollars per thousand listings.']);
    const result = anchorInVersion({ exact: 'fifty dollars per thousand listings' }, edited);
    expect(result.status).toBe('fuzzy');
    if (result.status === 'fuzzy') {
      expect(result.match.text).toBe('sixty dollars per thousand listings');
      expect(result.match.quality).toBeGreaterThan(0.8);
    }
  });

  it('follows a quote into a clause that moved', () => {
    const moved = version('v3', ['x', 'A new opening clause about widgets.'], ['b2', 'Disputes go to the courts of Springfield.'], ['a2', 'Scraping costs fifty dollars per thousand listings.']);
    expect(anchorInVersion({ exact: 'fifty dollars per thousand' }, moved)).toMatchObject({ status: 'exact', match: { clauseId: 'a2' } });
  });

  it('reports nothing when the text is gone, rather than a poor match', () => {
    const gone = version('v4', ['b', 'Disputes go to the courts of Springfield.'], ['c', 'Fifty widgets may be ordered per day.']);
    expect(anchorInVersion({ exact: 'fifty dollars per thousand listings' }, gone)).toEqual({ status: 'none' });
  });

  it('calls a quote that occurs twice ambiguous, until prefix or suffix tells them apart', () => {
    const twice = version('v5', ['a', 'Partners may see your posts. Partners may see your posts and likes.']);
    expect(anchorInVersion({ exact: 'Partners may see your posts' }, twice).status).toBe('ambiguous');
    expect(anchorInVersion({ exact: 'Partners may see your posts', suffix: ' and likes' }, twice)).toMatchObject({ status: 'exact', match: { start: 29 } });
  });

  it('uses the clause hint to choose between equal matches', () => {
    const two = version('v6', ['one', 'You waive class actions.'], ['two', 'You waive class actions.']);
    expect(anchorInVersion({ exact: 'You waive class actions', clause: 'two' }, two)).toMatchObject({ status: 'exact', match: { clauseId: 'two' } });
  });

  it('refuses an approximate match whose stated context disagrees', () => {
    const other = version('v7', ['a', 'We may share your information with your consent when you ask us to.']);
    const anchor = { exact: 'we may share or disclose your information with third parties', suffix: '. If you do not opt out' };
    expect(anchorInVersion(anchor, other)).toEqual({ status: 'none' });
  });
});

describe('anchorInDocument', () => {
  it('says where the quoted text appears, changes, and vanishes', () => {
    const versions = [
      version('2022', ['a', 'We keep data for at most eighteen months.']),
      version('2023', ['a', 'We keep data for at most eighteen months.'], ['b', 'We also keep logs.']),
      version('2024', ['a', 'We keep data for at most eighteen month.']),
      version('2025', ['a', 'We keep data as long as we need it.']),
    ];
    const document = { service: 'acme', id: 'terms', title: 'Terms', regions: [{ id: 'worldwide', label: 'Worldwide' }], records: [], versions } as PolicyDocument;
    const { events } = anchorInDocument({ exact: 'for at most eighteen months' }, document);
    expect(events.map((e) => `${e.kind}@${e.versionId}`)).toEqual(['appears@2022', 'changes@2024', 'vanishes@2025']);
  });
});

describe('approximate matches that change what the note is about', () => {
  const courts = version('c1', ['law', 'The laws of the State of Ohio, excluding its conflict rules, govern these terms.']);

  it('are refused when an essential word is missing', () => {
    const anchor = { exact: 'The laws of the State of Iowa, excluding its conflict rules' };
    expect(anchorInVersion(anchor, courts).status).toBe('fuzzy');
    expect(anchorInVersion({ ...anchor, essential: ['Iowa'] }, courts)).toEqual({ status: 'none' });
  });

  it('are refused when a number or a negation differs, declared or not', () => {
    const fees = version('c2', ['fee', 'You will pay 25,000 dollars for each million posts you take.']);
    expect(anchorInVersion({ exact: 'You will pay 15,000 dollars for each million posts' }, fees)).toEqual({ status: 'none' });
    const consent = version('c3', ['consent', 'We will not share your posts with partners for training.']);
    expect(anchorInVersion({ exact: 'We will share your posts with partners for training' }, consent)).toEqual({ status: 'none' });
  });

  it('still follow a clause whose other words were corrected', () => {
    expect(changedDefiningWords({ exact: 'a participant in the Data Protection Scheme' }, 'a participant in the Data Privacy Scheme')).toEqual([]);
    expect(changedDefiningWords({ exact: 'within 30 days', essential: ['days'] }, 'within 45 days')).toEqual(['30', '45']);
  });
});

describe('anchor events', () => {
  it('carry the wording before and after, and whether the words are exactly the quote', () => {
    const versions = [
      version('2022', ['a', 'We keep data for at most eighteen months.']),
      version('2024', ['a', 'We keep data for at most eighteen month.']),
      version('2025', ['a', 'We keep data as long as we need it.']),
    ];
    const document = { service: 'acme', id: 'terms', title: 'Terms', regions: [{ id: 'worldwide', label: 'Worldwide' }], records: [], versions } as PolicyDocument;
    const { events } = anchorInDocument({ exact: 'for at most eighteen months' }, document);
    expect(events).toMatchObject([
      { kind: 'appears', versionId: '2022', after: 'for at most eighteen months', exact: true },
      { kind: 'changes', versionId: '2024', previousVersionId: '2022', before: 'for at most eighteen months', after: 'for at most eighteen month', exact: false },
      { kind: 'vanishes', versionId: '2025', previousVersionId: '2024', before: 'for at most eighteen month' },
    ]);
  });
});
