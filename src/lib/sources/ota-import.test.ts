import { readFileSync, readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecords, git, globexPolicy, makeOtaRepo } from '../../../test/fixtures/ota-repo.ts';
import { ingestCorpus } from './ingest.ts';
import { recordKind, snapshotLinks } from './ota-commits.ts';
import { archiveSlug } from './ota-history.ts';
import { importCollection } from './ota-import.ts';

const outDir = () => mkdtempSync(join(tmpdir(), 'termline-import-'));
const table = (dir: string, name: string) =>
  readFileSync(join(dir, name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

describe('the archive commit kinds', () => {
  it("are read from the engine's subjects, old and new", () => {
    expect(recordKind('First record of Globex Privacy Notice')).toBe('first-record');
    expect(recordKind('Start tracking Globex Privacy Notice')).toBe('first-record');
    expect(recordKind('Record new changes of Globex Privacy Notice')).toBe('change');
    expect(recordKind('Update Globex Privacy Notice')).toBe('change');
    expect(recordKind('Apply technical or declaration upgrade on Globex Privacy Notice')).toBe('technical-upgrade');
    expect(recordKind('Refilter Globex Privacy Notice')).toBe('technical-upgrade');
    expect(recordKind('Merge pull request #7')).toBeUndefined();
    expect(snapshotLinks('extracting from and assembling:\n- https://github.com/a/b-snapshots/commit/abc1234\n- https://github.com/a/b-snapshots/commit/def5678')).toHaveLength(2);
  });

  it('give stable, readable slugs from display names', () => {
    expect(['Terms of Service', 'TikTok', 'LINE', 'Privacy Policy #2', 'Données & Vie privée'].map(archiveSlug)).toEqual([
      'terms-of-service',
      'tiktok',
      'line',
      'privacy-policy-2',
      'donnees-and-vie-privee',
    ]);
  });
});

describe('importCollection on a made-up collection', () => {
  const history = [
    { path: 'Globex/Privacy Notice.md', content: globexPolicy('one'), date: '2024-01-05T10:00:00Z', subject: 'Start tracking Globex Privacy Notice' },
    { path: 'Globex/Privacy Notice.md', content: globexPolicy('two'), date: '2024-02-05T09:00:00Z', subject: 'Update Globex Privacy Notice' },
    // Two records on one day, and a technical upgrade dated with its snapshot, before the first one.
    { path: 'Globex/Privacy Notice.md', content: globexPolicy('three'), date: '2024-02-05T18:30:12Z', subject: 'Record new changes of Globex Privacy Notice' },
    { path: 'Globex/Privacy Notice.md', content: globexPolicy('three, re-extracted'), date: '2024-02-05T08:00:00Z', subject: 'Apply technical or declaration upgrade on Globex Privacy Notice' },
    // A capture failure: headings only.
    { path: 'Globex/Privacy Notice.md', content: '# Globex Privacy Notice\n\n## What we gather\n', date: '2024-03-01T10:00:00Z', subject: 'Record new changes of Globex Privacy Notice' },
    // The service renamed: the archive starts a new folder with the last text.
    { path: 'Globex Corp/Privacy Notice.md', content: '# Globex Privacy Notice\n\n## What we gather\n', date: '2024-04-01T10:00:00Z', subject: 'First record of Globex Corp Privacy Notice' },
    { path: 'Globex Corp/Privacy Notice.md', content: globexPolicy('four'), date: '2024-04-02T10:00:00Z', subject: 'Record new changes of Globex Corp Privacy Notice' },
    // A document renamed with git mv.
    { path: 'Globex Corp/Parcel Terms.md', content: globexPolicy('terms'), date: '2024-04-03T10:00:00Z', subject: 'First record of Globex Corp Terms' },
    { path: 'Globex Corp/Parcel Terms of Service.md', from: 'Globex Corp/Parcel Terms.md', content: globexPolicy('terms, renamed'), date: '2024-04-04T10:00:00Z', subject: 'Record new changes of Globex Corp Parcel Terms of Service' },
  ];

  it('keeps every record, follows renames, names things as the archive does, and flags re-extractions and capture failures', async () => {
    const repo = makeOtaRepo(history);
    const out = outDir();
    const summary = await importCollection({ source: repo, out });
    expect(summary.written).toBe(history.length);
    expect(summary.repo).toBe('github.com/example/demo-versions');
    expect(summary.documents.map((d) => [`${d.service}/${d.document}`, d.records, d.archivePaths])).toEqual([
      ['globex-corp/parcel-terms-of-service', 2, ['Globex Corp/Parcel Terms.md', 'Globex Corp/Parcel Terms of Service.md']],
      ['globex-corp/privacy-notice', 7, ['Globex/Privacy Notice.md', 'Globex Corp/Privacy Notice.md']],
    ]);
    expect(readdirSync(join(out, 'globex-corp', 'privacy-notice'))).toEqual([
      '2024-01-05.md', '2024-02-05.md', '2024-02-05T090000.md', '2024-02-05T183012.md', '2024-03-01.md', '2024-04-01.md', '2024-04-02.md',
    ]);
    // The upgrade took the day's plain name (imported in history order), yet sorts by its own time.
    const records = table(out, 'RECORDS.tsv').filter((r) => r[0]!.includes('privacy-notice'));
    expect(records.find((r) => r[0]!.endsWith('2024-02-05.md'))!.slice(1, 4)).toEqual([
      '2024-02-05T08:00:00+00:00', 'Apply technical or declaration upgrade on Globex Privacy Notice', 'technical-upgrade',
    ]);
    expect(readFileSync(join(out, 'SERVICES.yaml'), 'utf8')).toContain('name: Globex Corp');

    const corpus = ingestCorpus({ corpusDir: out });
    const [service] = corpus.services;
    expect(service!.name).toBe('Globex Corp');
    const notice = service!.documents.find((d) => d.id === 'privacy-notice')!;
    expect(notice.title).toBe('Privacy Notice');
    expect(notice.records.map((r) => [r.name, r.reextractionOnly, r.anomaly ?? ''])).toEqual([
      ['2024-01-05', false, ''],
      ['2024-02-05', true, ''],
      ['2024-02-05T090000', false, ''],
      ['2024-02-05T183012', false, ''],
      ['2024-03-01', false, 'no body text: the record holds headings only'],
      ['2024-04-01', false, 'no body text: the record holds headings only'],
      ['2024-04-02', false, ''],
    ]);
    expect(notice.versions.map((v) => v.id)).toEqual(['2024-01-05', '2024-02-05', '2024-02-05T090000', '2024-02-05T183012', '2024-04-02']);
  });

  it('imports only new records on a second run, and re-syncs by content when the history was rewritten', async () => {
    const repo = makeOtaRepo(history.slice(0, 3));
    const out = outDir();
    expect((await importCollection({ source: repo, out })).written).toBe(3);
    const again = await importCollection({ source: repo, out });
    expect([again.written, again.unchanged, again.newCommits, again.historyRewritten]).toEqual([0, 3, 0, false]);

    addRecords(repo, history.slice(3, 5));
    const more = await importCollection({ source: repo, out });
    expect([more.written, more.unchanged, more.newCommits]).toEqual([2, 3, 2]);

    // The archive rewrites its history: same records, new commits.
    git(repo, ['commit', '-q', '--amend', '-m', 'Record new changes of Globex Privacy Notice', '-m', 'reworded'], { GIT_COMMITTER_DATE: '2024-05-01T00:00:00Z' });
    const before = table(out, 'SOURCES.tsv');
    const rewritten = await importCollection({ source: repo, out });
    expect([rewritten.historyRewritten, rewritten.written, rewritten.resynced, rewritten.unchanged]).toEqual([true, 0, 1, 4]);
    const after = table(out, 'SOURCES.tsv');
    expect(after).toHaveLength(before.length);
    expect(after.find((r) => r[0]!.endsWith('2024-03-01.md'))![5]).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
  });

  it('imports only the services asked for, by any of their names, and names the folders it has otherwise', async () => {
    const repo = makeOtaRepo([...history, { path: 'Initech/Terms.md', content: globexPolicy('initech'), date: '2024-05-01T10:00:00Z', subject: 'First record of Initech Terms' }]);
    const summary = await importCollection({ source: repo, out: outDir(), services: ['Globex'] });
    expect(new Set(summary.documents.map((d) => d.service))).toEqual(new Set(['globex-corp']));
    await expect(importCollection({ source: repo, out: outDir(), services: ['Umbrella'] })).rejects.toThrow(/no service folder "Umbrella"[\s\S]*Globex, Globex Corp, Initech/);
  });

  it('reads a bundle as well as a clone', async () => {
    const repo = makeOtaRepo(history.slice(0, 2));
    const bundle = join(outDir(), 'collection.bundle');
    git(repo, ['bundle', 'create', '-q', bundle, 'main']);
    const summary = await importCollection({ source: bundle, out: outDir() });
    expect(summary.written).toBe(2);
  });
});
