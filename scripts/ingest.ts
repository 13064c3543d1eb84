/**
 * npm run ingest [-- --out FILE] [--no-cache] [--workers N] [--quiet]
 * Reads and verifies the corpus, prints what it found, writes the model the
 * site is rendered from. Exits 1, naming each file, line and fix, on bad input.
 * Shows records read and the time left while it works (one updating line on a
 * terminal, a plain line every 10 s otherwise). --workers 0 parses every record
 * on the main thread; the default is one worker thread per core.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest, summarize, summarizeAnnotations } from '../src/lib/pipeline.ts';
import { ProgressLine, recordProgress } from '../src/lib/progress.ts';

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, quiet: { type: 'boolean' }, cache: { type: 'boolean', default: true }, workers: { type: 'string' } },
    allowNegative: true,
  });
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) {
    console.error(`--workers ${values.workers}: give a whole number of worker threads, 0 or more (0 parses on the main thread)`);
    process.exit(1);
  }
  const projectRoot = new URL('..', import.meta.url).pathname;
  const progress = new ProgressLine({ isTTY: Boolean(process.stdout.isTTY), write: (text) => process.stdout.write(text), columns: process.stdout.columns });
  const result = runIngest(projectRoot, {
    out: values.out,
    cache: values.cache,
    ...(workers === undefined ? {} : { workers }),
    ...(values.quiet ? {} : { onRecord: recordProgress(progress) }),
    beforeProblems: () => progress.clear(),
  });
  progress.clear();
  if (!result) process.exit(1);
  if (!values.quiet) {
    console.log(`Ingested ${result.corpus.root} (${(result.corpus.bytes / 1e6).toFixed(2)} MB) in ${result.ms.toFixed(0)} ms`);
    for (const line of [...summarize(result.corpus), ...summarizeAnnotations(result.annotations, result.skipped, result.stories, result.skippedStories, result.translations)]) console.log(`  ${line}`);
    console.log(`Model written to ${relative(process.cwd(), result.modelFile) || result.modelFile}`);
  }
}
