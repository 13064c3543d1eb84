import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from '../../../test/fixtures/corpus.ts';
import { writeModel } from '../model/model-file.ts';
import { InputError } from '../problems.ts';
import { ingestCorpus } from './ingest.ts';
import { fileRecordCache } from './record-cache.ts';
import type { RecordCache, RecordOutput } from './record.ts';
import { recordReader } from './record-reader.ts';

// Enough records that several are in flight at once, with texts that differ record to record.
const files: FixtureFile[] = [
  ...Array.from({ length: 14 }, (_, i) => ({
    path: `acme/privacy-notice/2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(2 + Math.floor(i / 12)).padStart(2, '0')}.md`,
    content: acmePrivacy({ retention: `We hold order records for ${10 + (i % 5)} days.` }),
  })),
  { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
  { path: 'acme/terms-of-use/2024-04-02.md', content: acmeTerms({ fee: 'A fee of 3 widgets applies.' }) },
];

function modelBytes(corpus: ReturnType<typeof ingestCorpus>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'termline-model-')), 'model.json');
  writeModel(corpus, file);
  return readFileSync(file, 'utf8');
}

function problemsOf(root: string, workers: number) {
  try {
    ingestCorpus({ corpusDir: root, workers });
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('ingest accepted bad input');
}

describe('ingest with worker threads', () => {
  it('writes a model byte for byte the same as reading on one thread, with or without a cache', () => {
    const root = makeCorpus(files);
    const serial = modelBytes(ingestCorpus({ corpusDir: root }));
    expect(modelBytes(ingestCorpus({ corpusDir: root, workers: 2 }))).toBe(serial);
    const cache = fileRecordCache(root, mkdtempSync(join(tmpdir(), 'termline-cache-')));
    expect(modelBytes(ingestCorpus({ corpusDir: root, workers: 3, cache }))).toBe(serial);
    // Now every record comes from the cache the workers filled.
    expect(modelBytes(ingestCorpus({ corpusDir: root, workers: 2, cache }))).toBe(serial);
  }, 60_000);

  it('reports a bad record from a worker exactly as from the main thread: file, line and fix', () => {
    const bad = Uint8Array.from([...new TextEncoder().encode('Acme\n\nFirst line.\nSecond line '), 0xff, 0x0a]);
    const root = makeCorpus([...files, { path: 'acme/terms-of-use/2024-05-02.md', content: bad }]);
    const serial = problemsOf(root, 0);
    expect(serial).toEqual([expect.objectContaining({ file: join(root, 'acme/terms-of-use/2024-05-02.md'), line: 4, message: 'invalid UTF-8 at byte 30' })]);
    expect(serial[0]!.fix).toMatch(/restore the file/);
    expect(problemsOf(root, 2)).toEqual(serial);
  }, 60_000);

  it('counts every record read, in order, to the total', () => {
    const counts: string[] = [];
    ingestCorpus({ corpusDir: makeCorpus(files), workers: 2, onRecord: (done, total) => counts.push(`${done}/${total}`) });
    expect(counts).toEqual(files.map((_, i) => `${i + 1}/${files.length}`));
  }, 60_000);
});

describe('recordReader', () => {
  it('gives what one thread gives, stores what workers parse, and parses nothing the cache holds', () => {
    const root = makeCorpus(files.slice(0, 3));
    const inputs = files.slice(0, 3).map((f) => ({ absolute: join(root, f.path) }));
    const stored = new Map<string, Pick<RecordOutput, 'texts' | 'supplements' | 'captured'>>();
    const cache: RecordCache = { get: (key) => stored.get(key), set: (key, value) => void stored.set(key, value) };
    const cold = recordReader(inputs, cache, 2);
    const parsed = inputs.map(() => cold.next());
    cold.close();
    expect(stored.size).toBe(3);
    const serial = recordReader(inputs, undefined, 0);
    expect(inputs.map(() => serial.next())).toEqual(parsed);
    const warm = recordReader(inputs, { get: cache.get, set: () => expect.unreachable('nothing to parse') }, 2);
    expect(inputs.map(() => warm.next())).toEqual(parsed);
    expect(() => warm.next()).toThrow(/no record left/);
    warm.close();
  }, 60_000);
});
