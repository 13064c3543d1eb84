import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from '../../../test/fixtures/corpus.ts';
import { writeModel } from '../model/model-file.ts';
import { InputError } from '../problems.ts';
import type { DocumentCache, PackedDocument } from './document-cache.ts';
import { ingestCorpus } from './ingest.ts';
import type { RecordCache, RecordOutput } from './record.ts';

const files: FixtureFile[] = [
  { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
  { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records for ten days.' }) },
  { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy(), message: 'Refilter Acme privacy notice' },
  { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
  { path: 'acme/terms-of-use/2024-04-02.md', content: acmeTerms({ fee: 'A fee of 3 widgets applies.' }) },
];

/** In-memory caches that count what ingest asks of them. */
function caches() {
  const records = new Map<string, Pick<RecordOutput, 'texts' | 'supplements' | 'captured'>>();
  const documents = new Map<string, string>();
  const asked = { records: 0, documentHits: 0 };
  const cache: RecordCache = {
    get: (key) => (asked.records++, records.get(key)),
    set: (key, value) => void records.set(key, value),
  };
  // Stored as JSON text, as the file cache stores it: what comes back is a copy.
  const documentCache: DocumentCache = {
    get: (key) => {
      const text = documents.get(key);
      if (text) asked.documentHits++;
      return text ? (JSON.parse(text) as PackedDocument) : undefined;
    },
    set: (key, value) => void documents.set(key, JSON.stringify(value)),
  };
  return { cache, documentCache, asked };
}

function modelBytes(corpus: ReturnType<typeof ingestCorpus>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'termline-model-')), 'model.json');
  writeModel(corpus, file);
  return readFileSync(file, 'utf8');
}

function setFile(root: string, path: string, content: string): void {
  writeFileSync(join(root, path), content);
  const sources = readFileSync(join(root, 'SOURCES.tsv'), 'utf8').replace(
    new RegExp(`(${path.replace(/[.]/g, '\\.')}\\t.*\\t)[0-9a-f]{64}`),
    `$1${createHash('sha256').update(content).digest('hex')}`,
  );
  writeFileSync(join(root, 'SOURCES.tsv'), sources);
}

describe('ingest with a document cache', () => {
  it('gives the same model cold and warm, reading no record of an unchanged document', () => {
    const root = makeCorpus(files);
    const serial = modelBytes(ingestCorpus({ corpusDir: root }));
    const { cache, documentCache, asked } = caches();
    expect(modelBytes(ingestCorpus({ corpusDir: root, cache, documentCache }))).toBe(serial);
    expect(asked).toEqual({ records: 5, documentHits: 0 });
    asked.records = 0;
    expect(modelBytes(ingestCorpus({ corpusDir: root, cache, documentCache, workers: 2 }))).toBe(serial);
    expect(asked).toEqual({ records: 0, documentHits: 2 });
  }, 60_000);

  it('builds again only the document whose record changed, or whose versions the notes name', () => {
    const root = makeCorpus(files);
    const { cache, documentCache, asked } = caches();
    ingestCorpus({ corpusDir: root, cache, documentCache });
    setFile(root, 'acme/terms-of-use/2024-04-02.md', acmeTerms({ fee: 'A fee of 4 widgets applies.' }));
    asked.records = 0;
    asked.documentHits = 0;
    const changed = ingestCorpus({ corpusDir: root, cache, documentCache });
    expect(asked).toEqual({ records: 2, documentHits: 1 });
    expect(modelBytes(changed)).toBe(modelBytes(ingestCorpus({ corpusDir: root })));
    asked.records = 0;
    asked.documentHits = 0;
    ingestCorpus({ corpusDir: root, cache, documentCache, named: { versions: new Set(['acme/privacy-notice/2024-04-02']), dates: new Set() } });
    expect(asked).toEqual({ records: 3, documentHits: 1 });
  }, 60_000);

  it('reports a changed file of a cached document, as without the cache', () => {
    const root = makeCorpus(files);
    const { cache, documentCache } = caches();
    ingestCorpus({ corpusDir: root, cache, documentCache });
    writeFileSync(join(root, 'acme/privacy-notice/2024-04-02.md'), acmePrivacy({ retention: 'Edited without its sha256.' }));
    const problemsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof InputError) return error.problems;
        throw error;
      }
      throw new Error('ingest accepted bad input');
    };
    const warm = problemsOf(() => ingestCorpus({ corpusDir: root, cache, documentCache }));
    expect(warm).toEqual([expect.objectContaining({ message: expect.stringMatching(/^sha256 mismatch for acme\/privacy-notice\/2024-04-02\.md/) })]);
    expect(warm).toEqual(problemsOf(() => ingestCorpus({ corpusDir: root })));
  }, 60_000);
});
