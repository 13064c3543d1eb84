/**
 * npm run build [-- --verbose] [-- --full]: ingest, then the Astro build (whose
 * last step, an integration, is the search index), then swap the new site into dist/.
 *
 * Incremental by document (src/lib/publish/incremental-build.ts): when only
 * documents changed since the build of dist/ (same code, content, config and
 * reports), Astro renders those documents' pages and the whole site's own
 * pages; the other documents' files are hard-linked from the previous dist/.
 * --full renders every page.
 * Everything is written to temporary folders first, so bad input or a failed
 * build leaves the previous dist/ exactly as it was.
 *
 * Progress: one updating line on a terminal, a plain line every 10 s
 * otherwise, with the pages written (counted from Astro's own output, which
 * is read rather than shown) and the time left (estimated from the previous
 * build of the same corpus, kept in .termline/build-stats.json); then a
 * summary. --verbose shows Astro's output, a line per page, as well.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, localSiteWarning } from '../src/lib/config.ts';
import { runIngest, summarize, summarizeAnnotations } from '../src/lib/pipeline.ts';
import { buildManifest, keptSitemapUrls, removeTree, linkUnchangedFiles, manifestPath, planBuild, readManifest, sitemapUrls, type BuildManifest, type BuildPlan } from '../src/lib/publish/incremental-build.ts';
import { estimateLeft, formatDuration, onBuildEvent, progressLine, ProgressLine, recordProgress } from '../src/lib/progress.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, full: { type: 'boolean', default: false } } });
const projectRoot = new URL('..', import.meta.url).pathname;
// TERMLINE_DIST lets tests build somewhere other than the project's dist/.
const dist = resolve(process.env.TERMLINE_DIST || join(projectRoot, 'dist'));
const statsFile = join(projectRoot, '.termline', 'build-stats.json');
const started = performance.now();
const STEPS = 3;

interface BuildStats {
  /** Files Astro wrote: pages, feeds, oEmbed files, images. */
  files: number;
  pagesMs: number;
  searchMs: number;
}

/** The previous build's counts and times, per corpus folder and base. */
function readStats(key: string): BuildStats | undefined {
  try {
    const stats = (JSON.parse(readFileSync(statsFile, 'utf8')) as Record<string, Partial<BuildStats>>)[key];
    return typeof stats?.files === 'number' && typeof stats.searchMs === 'number' ? (stats as BuildStats) : undefined;
  } catch {
    return undefined;
  }
}

function writeStats(key: string, stats: BuildStats): void {
  let all: Record<string, BuildStats> = {};
  try {
    all = JSON.parse(readFileSync(statsFile, 'utf8'));
  } catch {
    // First build, or an unreadable file: start again.
  }
  mkdirSync(dirname(statsFile), { recursive: true });
  writeFileSync(statsFile, `${JSON.stringify({ ...all, [key]: stats }, null, 2)}\n`);
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** Astro's line for each file it writes (a page, feed, oEmbed file or image): "  ├─ /x/privacy-policy/index.html", then its time. */
const FILE_LINE = /[├└]─ \/\S*/;

/**
 * Runs `work` with Astro's standard output read, not shown: each file line
 * counts one file; warnings (which Astro also writes there) are shown.
 */
async function countingAstroOutput<T>(onFile: () => void, onWarning: (text: string) => void, work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    // Without colours: on a terminal Astro colours the tree and the path.
    const text = (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).replace(/\x1b\[[0-9;]*m/g, '');
    if (/\[WARN\]/.test(text)) onWarning(text);
    for (const line of text.split('\n')) if (FILE_LINE.test(line)) onFile();
    const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

// Stage beside the destination, so the final rename stays on one file system.
const staging = mkdtempSync(`${dist}.building-`);
const modelFile = join(staging, 'model.json');
const outDir = join(staging, 'site');
const stdoutWrite = process.stdout.write.bind(process.stdout);
const progress = new ProgressLine({ isTTY: Boolean(process.stdout.isTTY), write: (text) => stdoutWrite(text), columns: process.stdout.columns });

/**
 * Ingest, then its summary. Only the model file outlives this function: the
 * site reads the model again (src/data), and holding ingest's own copy through
 * the Astro build would double the build's memory on a large collection.
 */
function ingestAndSummarize(config: ReturnType<typeof loadConfig>): BuildManifest | undefined {
  const ingested = runIngest(projectRoot, { out: modelFile, onRecord: recordProgress(progress, { index: 1, steps: STEPS }), beforeProblems: () => progress.clear() });
  if (!ingested) return undefined;
  progress.finish(`[1/${STEPS}] Ingested ${ingested.corpus.root} in ${formatDuration(ingested.ms)}`);
  for (const line of [...summarize(ingested.corpus), ...summarizeAnnotations(ingested.annotations, ingested.skipped, ingested.stories, ingested.skippedStories, ingested.translations)]) console.log(`  ${line}`);
  return buildManifest(projectRoot, config, ingested);
}

/** Says whether the build renders every page or some documents', and why. */
function describePlan(plan: BuildPlan): void {
  if (plan.kind === 'full') {
    console.log(`  Full build: ${plan.reason}.`);
    return;
  }
  const listed = plan.rebuild.slice(0, 12).map(({ key, why }) => `${key} (${why})`);
  const more = plan.rebuild.length > listed.length ? `, and ${plan.rebuild.length - listed.length} more` : '';
  console.log(
    `  Incremental build: rendering ${plan.rebuild.length} of ${plan.rebuild.length + plan.kept.length} documents' pages${plan.rebuild.length ? `: ${listed.join(', ')}${more}` : ''}; the others' files come from the previous site${plan.removed.length ? `; dropped: ${plan.removed.join(', ')}` : ''}.`,
  );
}

function cleanUp(): void {
  removeTree(staging);
}

try {
  // Read first, so a bad site or base stops the build before any work.
  const config = loadConfig(projectRoot);
  const statsKey = `${config.corpusDir} ${config.base}`;
  let previous = readStats(statsKey);

  progress.show(progressLine({ label: 'Ingesting the corpus and the notes…', index: 1, steps: STEPS }));
  const manifest = ingestAndSummarize(config);
  if (!manifest) {
    cleanUp();
    console.error(existsSync(dist) ? `The previous site in ${dist} is unchanged.` : 'No site was built.');
    process.exit(1);
  }
  const plan = planBuild(readManifest(dist), manifest, { full: values.full, previousSite: existsSync(dist) });
  describePlan(plan);
  // The time-left estimate comes from the last full build: an incremental one renders far fewer pages.
  if (plan.kind === 'incremental') previous = undefined;
  const documentKeys = new Set([...Object.keys(manifest.documents), ...(plan.kind === 'incremental' ? plan.removed : [])]);
  const kept = new Set(plan.kind === 'incremental' ? plan.kept : []);
  if (plan.kind === 'incremental') {
    // Read by src/data/rendered.ts (which documents' routes render) and astro.config.mjs (the sitemap's other pages).
    const renderList = join(staging, 'render-documents.json');
    writeFileSync(renderList, JSON.stringify(plan.rebuild.map(({ key }) => key)));
    process.env.TERMLINE_RENDER_DOCUMENTS = renderList;
    const sitemapKeep = join(staging, 'sitemap-keep.json');
    writeFileSync(sitemapKeep, JSON.stringify(keptSitemapUrls(sitemapUrls(dist), config.base, documentKeys, kept)));
    process.env.TERMLINE_SITEMAP_KEEP = sitemapKeep;
  }

  // Pages: counted as Astro writes them; the search index reports through build events.
  const pagesStarted = performance.now();
  let searchStarted: number | undefined;
  let searchSummary = '';
  const stopListening = onBuildEvent((event) => {
    if (event.step !== 'search') return;
    if (event.message === 'start') searchStarted = performance.now();
    else searchSummary = event.message.replace(/^done: /, '');
  });
  let done = 0;
  let firstFileAt: number | undefined;
  const onFile = () => {
    firstFileAt ??= performance.now();
    done += 1;
  };
  const tick = () => {
    const now = performance.now();
    if (searchStarted === undefined) {
      // While Astro bundles, and for the first files (whose rate says little), go by the last build's time; then by the rate of files.
      const early = !previous || firstFileAt === undefined || done < previous.files / 20;
      const pagesLeft = !previous ? undefined : early ? Math.max(0, previous.pagesMs - (now - pagesStarted)) : estimateLeft(done, previous.files, now - firstFileAt!);
      const leftMs = pagesLeft === undefined ? undefined : pagesLeft + previous!.searchMs;
      progress.show(progressLine({ label: 'Rendering', index: 2, steps: STEPS, done, unit: 'files', ...(previous ? { total: previous.files } : {}), ...(leftMs === undefined ? {} : { leftMs }) }));
    } else {
      const leftMs = previous ? Math.max(0, previous.searchMs - (now - searchStarted)) : undefined;
      progress.show(progressLine({ label: 'Building the search index', index: 3, steps: STEPS, ...(leftMs === undefined ? {} : { leftMs }) }));
    }
  };
  // With --verbose Astro's own lines are the progress.
  const timer = values.verbose ? undefined : setInterval(tick, 1000);
  process.env.TERMLINE_MODEL = modelFile;
  process.env.TERMLINE_OUT_DIR = outDir;
  const { build } = await import('astro');
  try {
    if (values.verbose) await build({ root: projectRoot, outDir, logLevel: 'info' });
    else {
      const onWarning = (text: string) => {
        progress.clear();
        stdoutWrite(text.endsWith('\n') ? text : `${text}\n`);
      };
      await countingAstroOutput(onFile, onWarning, () => build({ root: projectRoot, outDir, logLevel: 'info' }));
    }
  } finally {
    clearInterval(timer);
    stopListening();
  }
  const finished = performance.now();
  const pages = countPages(outDir);
  const searchMs = searchStarted === undefined ? 0 : finished - searchStarted;
  const pagesMs = (searchStarted ?? finished) - pagesStarted;
  progress.finish(`[2/${STEPS}] Rendered ${pages} pages${done ? ` (${done} files with feeds, oEmbed files and images)` : ''} in ${formatDuration(pagesMs)}`);
  progress.finish(`[3/${STEPS}] Search index: ${searchSummary || 'not built'}, in ${formatDuration(searchMs)}`);
  if (plan.kind === 'incremental') {
    const linkStarted = performance.now();
    const { linked, renderedAnyway } = linkUnchangedFiles(dist, outDir, documentKeys, kept);
    console.log(`  Kept ${linked} files of ${plan.kept.length} unchanged documents from the previous site (hard links), in ${formatDuration(performance.now() - linkStarted)}`);
    if (renderedAnyway.length) {
      console.warn(
        `  Warning: the partial build rendered ${renderedAnyway.length} files of documents it keeps, e.g. ${renderedAnyway[0]}: a per-document route lacks the filter of src/data/rendered.ts (rendersDocument), so this build did work it need not.`,
      );
    }
  }

  const old = `${dist}.previous`;
  removeTree(old);
  // No manifest while the sites are swapped: a manifest always describes the dist beside it, or there is none.
  rmSync(manifestPath(dist), { force: true });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(outDir, dist);
  removeTree(old);
  writeFileSync(manifestPath(dist), `${JSON.stringify(manifest)}\n`);
  cleanUp();
  // An incremental build's counts would mislead the next full build's estimate.
  if (done && plan.kind === 'full') writeStats(statsKey, { files: done, pagesMs, searchMs });
  console.log(`Built the site ${plan.kind === 'full' ? '' : 'incrementally '}into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s, for ${config.site}${config.base}`);
  const warning = localSiteWarning(config);
  if (warning) console.warn(`\nWarning: ${warning}`);
} catch (error) {
  progress.clear();
  cleanUp();
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error(existsSync(dist) ? `The build failed; the previous site in ${dist} is unchanged.` : 'The build failed; no site was built.');
  process.exit(1);
}
