/**
 * The real corpus read with worker threads (record-reader.ts) gives the model
 * one thread gives, byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { writeModel } from '../src/lib/model/model-file.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';

const config = loadConfig(new URL('..', import.meta.url).pathname);

function modelWith(workers: number): string {
  const corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir, workers });
  const file = join(mkdtempSync(join(tmpdir(), 'termline-model-')), 'model.json');
  writeModel(corpus, file);
  return readFileSync(file, 'utf8');
}

it('writes the same model with two worker threads as on one thread', () => {
  const serial = modelWith(0);
  expect(serial.length).toBeGreaterThan(100_000);
  expect(modelWith(2) === serial).toBe(true);
}, 180_000); // two whole ingests, no cache: slow on a busy machine
