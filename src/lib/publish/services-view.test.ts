import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { activityByMonth, documentTypes, historyChart, latestChanges, serviceSummaries } from './services-view.ts';
import type { TimelineEvent } from './timeline.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus([
    { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
    { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open.' }) },
    { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy(), message: 'Apply technical or declaration upgrade on Acme Privacy Notice' },
    { path: 'acme/privacy-notice/2024-05-03.md', content: '# Acme Privacy Notice\n' },
    { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
    { path: 'globex/privacy-notice/2024-01-10.md', content: acmePrivacy({ sharing: 'Globex tells nobody.' }) },
  ]),
});

describe('views across services', () => {
  it('count changes a service made: not first texts, re-extractions or formatting', () => {
    expect(latestChanges(corpus, 5).map((c) => `${c.service.id}/${c.document.id}@${c.version.id}`)).toEqual(['acme/privacy-notice@2024-04-02']);
    expect(serviceSummaries(corpus).map((s) => [s.service.id, s.documents, s.changes, s.lastChange?.version.id])).toEqual([
      ['acme', 2, 1, '2024-04-02'],
      ['globex', 1, 0, undefined],
    ]);
  });

  it('lay out activity month by month, empty months included', () => {
    const activity = activityByMonth(corpus);
    expect(activity.months).toEqual(['2024-04']);
    expect(activity.rows.map((r) => [r.service.id, r.counts])).toEqual([['acme', [1]], ['globex', [0]]]);
  });

  it('group documents of one type across services', () => {
    expect(documentTypes(corpus).map((t) => [t.id, t.entries.map((e) => e.service.id)])).toEqual([
      ['privacy-notice', ['acme', 'globex']],
      ['terms-of-use', ['acme']],
    ]);
  });

  it('chart a history: a mark per version sized by words changed, re-extractions and anomalies apart', () => {
    const notice = corpus.services.find((s) => s.id === 'acme')!.documents.find((d) => d.id === 'privacy-notice')!;
    const events = [
      { id: 'recorded-acme-privacy-notice-2024-04-02', kind: 'recorded', change: { added: 9, removed: 3 } },
    ] as TimelineEvent[];
    const chart = historyChart(notice, events, 100);
    expect(chart.marks.map((m) => [m.kind, m.date])).toEqual([
      ['first', '2024-03-02'],
      ['change', '2024-04-02'],
      ['anomaly', '2024-05-03'],
    ]);
    expect(chart.marks[1]!.label).toBe('2024-04-02: new text, 9 words inserted, 3 deleted');
    expect(chart.marks[0]!.x).toBe(12);
    expect(chart.marks[2]!.x).toBe(88);
    expect(chart.summary).toMatch(/1 new texts, 0 re-extractions or formatting changes, 1 capture anomalies/);
  });
});
