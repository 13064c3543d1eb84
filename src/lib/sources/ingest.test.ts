import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmeNews, acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from './ingest.ts';
import { InputError, type Problem } from '../problems.ts';
import { fileRecordCache } from './record-cache.ts';

const good: FixtureFile[] = [
  { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
  { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open.' }) },
  { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy(), message: 'Refilter Acme privacy notice' },
  { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
];

function problemsOf(files: FixtureFile[], news: Record<string, string> = {}): Problem[] {
  try {
    ingestCorpus({ corpusDir: makeCorpus(files, news) });
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
  throw new Error('ingest accepted bad input');
}

describe('ingestCorpus on a made-up corpus', () => {
  it('reads any service and document, without news', () => {
    const corpus = ingestCorpus({ corpusDir: makeCorpus(good) });
    expect(corpus.reports).toEqual([]);
    const [service] = corpus.services;
    expect(service).toMatchObject({ id: 'acme', name: 'Acme' });
    const privacy = service!.documents.find((d) => d.id === 'privacy-notice')!;
    expect(privacy.title).toBe('Privacy Notice');
    expect(privacy.records.map((r) => [r.date, r.reextractionOnly, r.texts.map((t) => t.versionId)])).toEqual([
      ['2024-03-02', false, ['2024-03-02']],
      ['2024-04-02', false, ['2024-04-02']],
      ['2024-05-02', true, ['2024-03-02']],
    ]);
    expect(privacy.versions[0]!.source).toMatchObject({ path: 'acme/privacy-notice/2024-03-02.md', recordedAt: '2024-03-02T12:00:00+00:00' });
    const terms = service!.documents.find((d) => d.id === 'terms-of-use')!;
    expect(terms.regions.map((r) => r.id)).toEqual(['worldwide', 'eu-efta-uk']);
    expect(terms.versions.map((v) => v.id)).toEqual(['2024-03-02', '2024-03-02-eu-efta-uk']);
  });

  it('reads news reports when there are some', () => {
    const corpus = ingestCorpus({ corpusDir: makeCorpus(good, { '2024-03-02-example-acme.md': acmeNews() }) });
    expect(corpus.reports.map((r) => [r.id, r.lang, r.path])).toEqual([['2024-03-02-example-acme', 'en', 'news/2024-03-02-example-acme.md']]);
  });

  it('keeps every record of one day, each a version of its own when its text differs', () => {
    const corpus = ingestCorpus({
      corpusDir: makeCorpus([
        ...good,
        { path: 'acme/privacy-notice/2024-06-02T183012.md', content: acmePrivacy({ retention: 'We hold order records for a week.' }) },
        { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy({ retention: 'We hold order records for a day.' }), recordedAt: '2024-06-02T01:00:00+00:00' },
        { path: 'acme/privacy-notice/2024-06-02T183012-2.md', content: acmePrivacy(), recordedAt: '2024-06-02T18:30:12+00:00' },
      ]),
    });
    const privacy = corpus.services[0]!.documents.find((d) => d.id === 'privacy-notice')!;
    expect(privacy.records.slice(3).map((r) => [r.name, r.date, r.texts[0]!.versionId])).toEqual([
      ['2024-06-02', '2024-06-02', '2024-06-02'],
      ['2024-06-02T183012', '2024-06-02', '2024-06-02T183012'],
      ['2024-06-02T183012-2', '2024-06-02', '2024-03-02'],
    ]);
  });

  it('keeps a capture failure as a flagged record, not a version', () => {
    const corpus = ingestCorpus({
      corpusDir: makeCorpus([
        ...good,
        { path: 'acme/privacy-notice/2024-06-02.md', content: '' },
        { path: 'acme/privacy-notice/2024-06-03.md', content: '# Acme Privacy Notice\n\n## What we collect\n\n## Who we share it with\n' },
      ]),
    });
    const privacy = corpus.services[0]!.documents.find((d) => d.id === 'privacy-notice')!;
    expect(privacy.records.slice(3).map((r) => [r.name, r.anomaly, r.texts.length])).toEqual([
      ['2024-06-02', 'empty: the record holds no text', 0],
      ['2024-06-03', 'no body text: the record holds headings only', 0],
    ]);
    expect(privacy.versions.map((v) => v.id)).toEqual(['2024-03-02', '2024-04-02']);
  });

  it("takes names from the import's SERVICES.yaml, ours overriding them, and the record kind from RECORDS.tsv", () => {
    const root = makeCorpus(good);
    writeFileSync(join(root, 'SERVICES.yaml'), 'acme:\n  name: ACME Widgets\n  documents:\n    privacy-notice:\n      title: Privacy Statement\n');
    const records = readFileSync(join(root, 'RECORDS.tsv'), 'utf8').split('\n');
    const withKind = records.map((line, i) => (line === '' ? line : `${line}\t${i === 0 ? 'kind' : line.includes('2024-04-02') ? 'technical-upgrade' : 'change'}`));
    writeFileSync(join(root, 'RECORDS.tsv'), withKind.join('\n'));
    const servicesDir = mkdtempSync(join(tmpdir(), 'termline-services-'));
    writeFileSync(join(servicesDir, 'acme.yaml'), 'name: Acme\n');
    const corpus = ingestCorpus({ corpusDir: root, servicesDir });
    const [service] = corpus.services;
    expect(service!.name).toBe('Acme');
    expect(service!.documents.find((d) => d.id === 'privacy-notice')!.title).toBe('Privacy Statement');
    expect(service!.documents.find((d) => d.id === 'privacy-notice')!.records.map((r) => r.reextractionOnly)).toEqual([false, true, false]);
  });

  it('says how to point at a corpus when the folder is missing', () => {
    expect(() => ingestCorpus({ corpusDir: '/nowhere/at/all', corpusDirSource: 'the TERMLINE_CORPUS environment variable' })).toThrow(
      /does not exist \(taken from the TERMLINE_CORPUS environment variable\)[\s\S]*fix: point TERMLINE_CORPUS/,
    );
  });
});

describe('ingestCorpus stops on bad input, naming the file, the line and the fix', () => {
  it('a file name that is not a date', () => {
    const [problem] = problemsOf([...good, { path: 'acme/privacy-notice/2024-02-30.md', content: acmePrivacy(), unlisted: true }]);
    expect(problem).toMatchObject({ file: expect.stringMatching(/2024-02-30\.md$/), message: expect.stringContaining('YYYY-MM-DD.md') });
    expect(problem!.fix).toMatch(/rename/);
  });

  it('invalid UTF-8, with its line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(acmePrivacy()), 0x0a, 0xc3, 0x28]);
    const problems = problemsOf([...good, { path: 'acme/privacy-notice/2024-06-02.md', content: bytes }]);
    expect(problems).toEqual([expect.objectContaining({ line: acmePrivacy().split('\n').length + 1, message: expect.stringMatching(/invalid UTF-8/) })]);
  });

  it('a sha256 mismatch, at its SOURCES.tsv line', () => {
    const problems = problemsOf([...good, { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy(), sha256: '0'.repeat(64) }]);
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/SOURCES\.tsv$/), line: 6, message: expect.stringMatching(/sha256 mismatch/) })]);
  });

  it('two files for one record', () => {
    const problems = problemsOf([...good, { path: 'acme/privacy-notice/2024-03-02.markdown', content: acmePrivacy(), unlisted: true }]);
    expect(problems).toEqual([expect.objectContaining({ message: '2 snapshots named 2024-03-02: 2024-03-02.markdown, 2024-03-02.md' })]);
  });

  it('a snapshot missing from SOURCES.tsv', () => {
    const problems = problemsOf([...good, { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy(), unlisted: true }]);
    expect(problems.map((p) => p.message)).toEqual([
      'this snapshot has no row in SOURCES.tsv, so its provenance is unknown',
      'this snapshot has no row in RECORDS.tsv (record time and commit message)',
    ]);
  });

  it('news front matter missing a field', () => {
    const problems = problemsOf(good, { '2024-03-02-example.md': acmeNews({ url: undefined }) });
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/2024-03-02-example\.md$/), line: 2, message: 'the field "url" is missing' })]);
  });

  it('every problem at once, not just the first', () => {
    const problems = problemsOf(
      [...good, { path: 'acme/privacy-notice/2024-06-02.md', content: new Uint8Array([0xc3, 0x28]) }, { path: 'acme/privacy-notice/notes.txt', content: 'x', unlisted: true }],
      { '2024-03-02-example.md': acmeNews({ title: undefined }) },
    );
    expect(problems).toHaveLength(3);
  });

  it('a SOURCES.tsv row whose file is gone, and a malformed row', () => {
    const root = makeCorpus(good);
    writeFileSync(join(root, 'SOURCES.tsv'), `${'path\tservice\tdocument\trecorded_date\tsource_repo\tsource_commit\tsource_path\tsha256'}\nacme/privacy-notice/2020-01-01.md\tacme\tprivacy-notice\t2020-01-01\tr\tc\tp\t${'0'.repeat(64)}\nbroken row\n`);
    mkdirSync(join(root, 'acme', 'empty-doc'));
    let problems: readonly Problem[] = [];
    try {
      ingestCorpus({ corpusDir: root });
    } catch (error) {
      problems = (error as InputError).problems;
    }
    expect(problems.map((p) => [p.line, p.message])).toEqual(
      expect.arrayContaining([
        [3, 'expected 8 tab-separated fields, found 1'],
        [2, 'acme/privacy-notice/2020-01-01.md is listed but there is no such snapshot file'],
      ]),
    );
  });

  it('hostile HTML in a snapshot is sanitised, not rejected', () => {
    const hostile = acmePrivacy({ sharing: 'Couriers <script>alert(1)</script><img src=x onerror=alert(1)> get [it](javascript:alert(1)).' });
    const corpus = ingestCorpus({ corpusDir: makeCorpus([{ path: 'acme/privacy-notice/2024-03-02.md', content: hostile }]) });
    const html = JSON.stringify(corpus.services[0]!.documents[0]!.versions[0]!.blocks);
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});

describe('ingestCorpus with a record cache', () => {
  it('gives the same model warm as cold, and re-reads a changed file', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'termline-cache-'));
    const root = makeCorpus(good);
    const cold = ingestCorpus({ corpusDir: root });
    const cache = fileRecordCache(root, cacheDir);
    const first = ingestCorpus({ corpusDir: root, cache });
    const warm = ingestCorpus({ corpusDir: root, cache });
    expect(first).toEqual(cold);
    expect(warm).toEqual(cold);
    // Edit a file (and its sha256): the cache must not answer for it.
    const edited = acmePrivacy({ retention: 'We hold order records for ten days.' });
    writeFileSync(join(root, 'acme/privacy-notice/2024-05-02.md'), edited);
    const sources = readFileSync(join(root, 'SOURCES.tsv'), 'utf8').replace(
      /(acme\/privacy-notice\/2024-05-02\.md\t.*\t)[0-9a-f]{64}/,
      `$1${createHash('sha256').update(edited).digest('hex')}`,
    );
    writeFileSync(join(root, 'SOURCES.tsv'), sources);
    const after = ingestCorpus({ corpusDir: root, cache });
    const texts = after.services[0]!.documents.find((d) => d.id === 'privacy-notice')!.versions.at(-1)!.blocks.map((b) => (b.type === 'clause' ? b.text : ''));
    expect(texts).toContain('We hold order records for ten days.');
  });
});
