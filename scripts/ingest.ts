/**
 * npm run ingest [-- --out FILE] [--no-cache] [--quiet]
 * Reads and verifies the corpus, prints what it found, writes the model the
 * site is rendered from. Exits 1, naming each file, line and fix, on bad input.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest, summarize, summarizeAnnotations } from '../src/lib/pipeline.ts';

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, quiet: { type: 'boolean' }, cache: { type: 'boolean', default: true } },
    allowNegative: true,
  });
  const projectRoot = new URL('..', import.meta.url).pathname;
  const result = runIngest(projectRoot, { out: values.out, cache: values.cache });
  if (!result) process.exit(1);
  if (!values.quiet) {
    console.log(`Ingested ${result.corpus.root} (${(result.corpus.bytes / 1e6).toFixed(2)} MB) in ${result.ms.toFixed(0)} ms`);
    for (const line of [...summarize(result.corpus), ...summarizeAnnotations(result.annotations, result.skipped, result.stories, result.skippedStories, result.translations)]) console.log(`  ${line}`);
    console.log(`Model written to ${relative(process.cwd(), result.modelFile) || result.modelFile}`);
  }
}
