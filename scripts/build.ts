/**
 * npm run build: ingest, then the Astro build (whose last step, an integration, is
 * the search index), then swap the new site into
 * dist/. Everything is written to temporary folders first, so bad input or a
 * failed build leaves the previous dist/ exactly as it was.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, localSiteWarning } from '../src/lib/config.ts';
import { runIngest, summarize, summarizeAnnotations } from '../src/lib/pipeline.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
// TERMLINE_DIST lets tests build somewhere other than the project's dist/.
const dist = resolve(process.env.TERMLINE_DIST || join(projectRoot, 'dist'));
const started = performance.now();

// Stage beside the destination, so the final rename stays on one file system.
const staging = mkdtempSync(`${dist}.building-`);
const modelFile = join(staging, 'model.json');
const outDir = join(staging, 'site');

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
}

try {
  // Read first, so a bad site or base stops the build before any work.
  const config = loadConfig(projectRoot);
  const ingested = runIngest(projectRoot, { out: modelFile });
  if (!ingested) {
    cleanUp();
    console.error(existsSync(dist) ? `The previous site in ${dist} is unchanged.` : 'No site was built.');
    process.exit(1);
  }
  console.log(`Ingested ${ingested.corpus.root} in ${ingested.ms.toFixed(0)} ms`);
  for (const line of [...summarize(ingested.corpus), ...summarizeAnnotations(ingested.annotations)]) console.log(`  ${line}`);

  process.env.TERMLINE_MODEL = modelFile;
  process.env.TERMLINE_OUT_DIR = outDir;
  const { build } = await import('astro');
  await build({ root: projectRoot, outDir, logLevel: process.env.CI ? 'warn' : 'info' });

  const previous = `${dist}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(outDir, dist);
  rmSync(previous, { recursive: true, force: true });
  cleanUp();
  console.log(`Built the site into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s, for ${config.site}${config.base}`);
  const warning = localSiteWarning(config);
  if (warning) console.warn(`\nWarning: ${warning}`);
} catch (error) {
  cleanUp();
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error(existsSync(dist) ? `The build failed; the previous site in ${dist} is unchanged.` : 'The build failed; no site was built.');
  process.exit(1);
}
