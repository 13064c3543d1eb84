/**
 * The real corpus read with worker threads (record-reader.ts) and through the
 * record and document caches gives the model one thread gives, byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { writeModel } from '../src/lib/model/model-file.ts';
import type { PackedDocument } from '../src/lib/sources/document-cache.ts';
import { ingestCorpus, type IngestOptions } from '../src/lib/sources/ingest.ts';
import { CACHE_ENTRIES, fileJsonCache, fileRecordCache } from '../src/lib/sources/record-cache.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const config = loadConfig(projectRoot);

function modelWith(options: Partial<IngestOptions>): string {
  const corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir, ...options });
  const file = join(mkdtempSync(join(tmpdir(), 'termline-model-')), 'model.json');
  writeModel(corpus, file);
  return readFileSync(file, 'utf8');
}

it('writes the same model with two worker threads, and cold and warm through the caches, as on one thread', () => {
  const serial = modelWith({ workers: 0 });
  expect(serial.length).toBeGreaterThan(100_000);
  expect(modelWith({ workers: 2 }) === serial).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'termline-cache-'));
  const caches = () => ({ cache: fileRecordCache(projectRoot, join(dir, 'records')), documentCache: fileJsonCache<PackedDocument>(projectRoot, join(dir, 'documents'), CACHE_ENTRIES.documents) });
  expect(modelWith({ workers: 2, ...caches() }) === serial).toBe(true);
  expect(modelWith({ workers: 2, ...caches() }) === serial).toBe(true);
}, 300_000); // four whole ingests: slow on a busy machine
