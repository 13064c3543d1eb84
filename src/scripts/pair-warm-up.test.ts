import { describe, expect, it } from 'vitest';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { VersionSummary } from '../lib/publish/dataset/version-schema.ts';
import { warmUp } from './pair-warm-up.ts';

const version = (id: string, region = 'worldwide'): VersionSummary => ({
  id,
  region,
  regionLabel: region,
  firstRecorded: id,
  lastRecorded: id,
  recordDates: [id],
  flags: { reextraction: false, formattingOnly: false, kind: 'substantive' },
  wordCount: 10,
  contentHash: id,
  url: `/data/acme/terms/${id}.json`,
  page: `/acme/terms/${id}/`,
});

const documentWith = (versions: VersionSummary[]): DocumentFile => ({
  format: 1,
  service: { id: 'acme', name: 'Acme' },
  document: { id: 'terms', title: 'Terms', regions: [{ id: 'worldwide', label: 'Worldwide' }, { id: 'eu', label: 'EU' }] },
  tracked: { from: '2024-01-01', to: '2024-03-01' },
  versions,
  records: [],
});

describe('the warm-up a picker\'s worker runs', () => {
  it('renders a made-up pair dated as two versions of one region, with rows of every kind', () => {
    const html = warmUp(documentWith([version('2024-01-01', 'eu'), version('2024-02-01'), version('2024-03-01')]), { format: 1, notes: [] }, 'zh');
    for (const kind of ['modified', 'added', 'removed', 'moved']) expect((html?.changes.match(new RegExp(`class="row row-${kind}"`, 'g')) ?? []).length, kind).toBeGreaterThan(kind === 'moved' ? 1 : 5);
    expect(html?.changes).toMatch(/unchanged-run/);
    expect(html?.changes).toMatch(/example\.org/);
    expect(html?.title).toMatch(/2024年2月1日/);
  });

  it('runs nothing for a document without two versions of one region', () => {
    expect(warmUp(documentWith([version('2024-01-01', 'eu'), version('2024-02-01')]), { format: 1, notes: [] }, 'en')).toBeUndefined();
  });
});
