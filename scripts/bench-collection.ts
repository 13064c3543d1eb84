/**
 * npm run bench -- --only collection [--services "LinkedIn,Instagram"] [--bundle FILE]
 *
 * The whole Open Terms Archive collection on this machine: import the bundle
 * into a fresh corpus folder, build it cold (empty caches), add one made-up
 * record to one document and rebuild (warm caches), and report time, peak
 * memory, pages, dist size, search index size and what a cold search query
 * transfers. The X corpus is built cold the same way in the same run, as the
 * baseline its figures are read against.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '../src/lib/config.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const node = process.execPath;

interface Timed {
  seconds: number;
  peakMB: number;
  ok: boolean;
  tail: string;
  /** The build's own step times, read from its summary lines (seconds). */
  steps: { ingest?: number; pages?: number; search?: number };
  /** Whether the build rendered every page or some documents', as it says (scripts/build.ts). */
  mode?: string;
}

/** "2 min 5 s", "48 s", "900 ms" (progress.ts's formatDuration) in seconds. */
function seconds(text: string): number {
  const min = /(\d+) min/.exec(text);
  const sec = /(\d+) s\b/.exec(text);
  const ms = /(\d+) ms/.exec(text);
  return (min ? Number(min[1]) * 60 : 0) + (sec ? Number(sec[1]) : 0) + (ms ? Number(ms[1]) / 1000 : 0);
}

/** The step times scripts/build.ts prints at the end of each step. */
function buildSteps(output: string): Timed['steps'] {
  const step = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? seconds(match[1]!) : undefined;
  };
  return {
    ingest: step(/\[1\/3\] Ingested .* in (.+)$/m),
    pages: step(/\[2\/3\] Rendered .* in (.+)$/m),
    search: step(/\[3\/3\] Search index: .*, in (.+)$/m),
  };
}

/** Runs a command under GNU time: wall time and the peak resident memory of the process. */
function timed(args: string[], env: Record<string, string> = {}): Timed {
  const result = spawnSync('/usr/bin/time', ['-f', 'TERMLINE-TIME %e %M', ...args], {
    cwd: projectRoot,
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    timeout: 3 * 60 * 60 * 1000,
  });
  const match = /TERMLINE-TIME ([\d.]+) (\d+)\s*$/.exec(result.stderr ?? '');
  const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-6).join('\n');
  const mode = /^ {2}((?:Full|Incremental) build: [^;:]*)/m.exec(result.stdout ?? '')?.[1];
  return { seconds: match ? Number(match[1]) : NaN, peakMB: match ? Number(match[2]) / 1024 : NaN, ok: result.status === 0, tail, steps: buildSteps(result.stdout ?? ''), ...(mode ? { mode } : {}) };
}

function sizeOf(dir: string, skipHidden = false): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  try {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      // The import's own state (a mirror of the source repository) is not corpus.
      if (skipHidden && name.split('/').some((part) => part.startsWith('.'))) continue;
      const stat = statSync(join(dir, name));
      if (!stat.isFile()) continue;
      bytes += stat.size;
      files += 1;
      if (name.endsWith('.html')) pages += 1;
    }
  } catch {
    // a build that failed left nothing to measure
  }
  return { bytes, files, pages };
}

/** One made-up record: the newest record of the first document, with one sentence of ours appended. */
export function addRecord(corpusDir: string): string {
  const sources = readFileSync(join(corpusDir, 'SOURCES.tsv'), 'utf8').trim().split('\n');
  const header = sources[0]!.split('\t');
  const rows = sources.slice(1).map((line) => Object.fromEntries(line.split('\t').map((v, i) => [header[i]!, v])));
  const last = rows.filter((r) => r.service === rows[0]!.service && r.document === rows[0]!.document).at(-1)!;
  const text = `${readFileSync(join(corpusDir, last.path!), 'utf8').trimEnd()}\n\nA sentence the benchmark adds, to stand for one new record.\n`;
  const date = '2099-01-01';
  const path = last.path!.replace(/[^/]+\.md$/, `${date}.md`);
  writeFileSync(join(corpusDir, path), text);
  const sha = createHash('sha256').update(text).digest('hex');
  appendFileSync(join(corpusDir, 'SOURCES.tsv'), `${header.map((h) => ({ path, recorded_date: date, sha256: sha, source_commit: '0'.repeat(40) })[h as 'path'] ?? last[h] ?? '').join('\t')}\n`);
  const recordsHeader = readFileSync(join(corpusDir, 'RECORDS.tsv'), 'utf8').split('\n', 1)[0]!.split('\t');
  const record: Record<string, string> = { path, recorded_at_utc: `${date}T00:00:00+00:00`, commit_message: "Record new changes of the benchmark's made-up record", kind: 'change' };
  appendFileSync(join(corpusDir, 'RECORDS.tsv'), `${recordsHeader.map((h) => record[h] ?? '').join('\t')}\n`);
  return path;
}

/** Cold query bytes need Chromium and a served site: measured by the search bench, reused here. */
type SearchBench = (runs: number, site: string, queries: [string, string], searchPath?: string, language?: string) => Promise<{ coldKB: number } | undefined>;

/**
 * The service whose clause bundle a first query costs most (the largest metadata, which a first query loads
 * whatever the words), or undefined on a site of one bundle (src/integrations/pagefind.ts).
 */
export function largestSearchBundle(site: string): string | undefined {
  const services = join(site, 'pagefind', 'services');
  if (!existsSync(services)) return undefined;
  const metaBytes = (id: string) =>
    readdirSync(join(services, id))
      .filter((file) => file.startsWith('pagefind.en') && file.endsWith('.pf_meta'))
      .reduce((sum, file) => sum + statSync(join(services, id, file)).size, 0);
  return readdirSync(services).sort((a, b) => metaBytes(b) - metaBytes(a))[0];
}

/**
 * A collection site's first queries: with the largest service in scope (the most a reader coming from one
 * service's pages loads), and with every service (the reader's choice, stated in its label).
 */
export async function searchCollection(search: SearchBench, runs: number, site: string, queries: [string, string]): Promise<{ coldKB?: number; allKB?: number }> {
  const largest = largestSearchBundle(site);
  if (!largest) return { coldKB: (await search(runs, site, queries))?.coldKB };
  const one = await search(runs, site, queries, `/search/?scope=${largest}`, `collection, English, ${largest} in scope (the largest clause bundle)`);
  const all = await search(runs, site, queries, '/search/?scope=all', 'collection, English, every service in scope');
  return { coldKB: one?.coldKB, allKB: all?.coldKB };
}

interface SiteFigures {
  label: string;
  build: Timed;
  rebuild?: Timed;
  pages: number;
  distMB: number;
  files: number;
  indexKB: number;
  indexFiles: number;
  coldKB?: number;
  /** The same with every service in scope. */
  allKB?: number;
}

const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

async function buildSite(label: string, corpus: string | undefined, work: string, search: SearchBench, query: [string, string], rebuild = false): Promise<SiteFigures> {
  const dist = join(work, `${label}-dist`);
  const cache = join(work, `${label}-cache`);
  const env = { TERMLINE_DIST: dist, TERMLINE_CACHE: cache, ...(corpus ? { TERMLINE_CORPUS: corpus } : {}) };
  console.log(`  building ${label} cold…`);
  const build = timed([node, 'scripts/build.ts'], env);
  if (!build.ok) console.log(`  the ${label} build failed:\n${build.tail.replace(/^/gm, '    ')}`);
  const size = sizeOf(dist);
  const index = sizeOf(join(dist, 'pagefind'));
  const figures: SiteFigures = { label, build, pages: size.pages, distMB: size.bytes / 1e6, files: size.files, indexKB: index.bytes / 1024, indexFiles: index.files };
  // Printed at once: a long run stopped later still leaves these.
  console.log(`  ${label}: built in ${fmt(build.seconds, 1)} s (ingest ${fmt(build.steps.ingest ?? NaN)} s, pages ${fmt(build.steps.pages ?? NaN)} s, search ${fmt(build.steps.search ?? NaN)} s), peak ${fmt(build.peakMB)} MB, ${size.pages} pages, ${size.files} files, ${fmt(figures.distMB, 1)} MB; search index ${fmt(figures.indexKB)} KB in ${index.files} files`);
  if (build.ok) Object.assign(figures, await searchCollection(search, 3, dist, query));
  if (rebuild && corpus && build.ok) {
    const added = addRecord(corpus);
    console.log(`  added ${added}; rebuilding ${label}…`);
    figures.rebuild = timed([node, 'scripts/build.ts'], env);
    console.log(`  ${label} rebuilt in ${fmt(figures.rebuild.seconds, 1)} s (${figures.rebuild.mode ?? 'build mode not stated'}; ingest ${fmt(figures.rebuild.steps.ingest ?? NaN)} s, pages ${fmt(figures.rebuild.steps.pages ?? NaN)} s, search ${fmt(figures.rebuild.steps.search ?? NaN)} s), peak ${fmt(figures.rebuild.peakMB)} MB`);
  }
  return figures;
}

export async function benchCollection(options: { bundle: string; services: string[]; search: SearchBench }): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'termline-bench-collection-'));
  try {
    console.log(`\nThe whole collection: ${relative(process.cwd(), options.bundle) || options.bundle}${options.services.length ? ` (services: ${options.services.join(', ')})` : ''}`);
    const corpus = join(work, 'corpus');
    const importRun = timed([node, 'scripts/import.ts', options.bundle, '--out', corpus, ...options.services.flatMap((s) => ['--service', s])]);
    if (!importRun.ok) {
      console.log(`  the import failed:\n${importRun.tail.replace(/^/gm, '    ')}`);
      return;
    }
    // Our X notes apply to the imported X and cite reports: the corpus needs them in news/, as a newsroom's would.
    const news = join(loadConfig(projectRoot).corpusDir, 'news');
    if (existsSync(news)) {
      cpSync(news, join(corpus, 'news'), { recursive: true });
      console.log(`  copied the reports our notes cite from ${relative(process.cwd(), news) || news}`);
    }
    const records = readFileSync(join(corpus, 'SOURCES.tsv'), 'utf8').trim().split('\n').length - 1;
    const corpusMB = sizeOf(corpus, true).bytes / 1e6;
    console.log(`  import: ${records} records, ${fmt(corpusMB, 1)} MB, in ${fmt(importRun.seconds, 1)} s, peak ${fmt(importRun.peakMB)} MB`);
    const baseline = await buildSite('x-corpus', undefined, work, options.search, ['Tarrant', 'liquidated damages']);
    const collection = await buildSite('collection', corpus, work, options.search, ['privacy', 'cookies'], true);
    console.log('\n  figure                       X corpus (baseline)   collection     ratio');
    const row = (name: string, x: number, c: number, digits = 0) =>
      console.log(`  ${name.padEnd(28)} ${fmt(x, digits).padStart(19)}   ${fmt(c, digits).padStart(10)}   ${x > 0 ? `${fmt(c / x, 1)}x` : ''}`);
    row('build, cold (s)', baseline.build.seconds, collection.build.seconds, 1);
    row('  of which ingest (s)', baseline.build.steps.ingest ?? NaN, collection.build.steps.ingest ?? NaN);
    row('  of which pages (s)', baseline.build.steps.pages ?? NaN, collection.build.steps.pages ?? NaN);
    row('  of which search index (s)', baseline.build.steps.search ?? NaN, collection.build.steps.search ?? NaN);
    row('build, peak memory (MB)', baseline.build.peakMB, collection.build.peakMB);
    row('pages (HTML files)', baseline.pages, collection.pages);
    row('files in dist', baseline.files, collection.files);
    row('dist (MB)', baseline.distMB, collection.distMB, 1);
    row('search index (KB)', baseline.indexKB, collection.indexKB);
    row('search index files', baseline.indexFiles, collection.indexFiles);
    row('cold search query (KB)', baseline.coldKB ?? NaN, collection.coldKB ?? NaN, 1);
    row('  every service in scope (KB)', baseline.coldKB ?? NaN, collection.allKB ?? NaN, 1);
    if (collection.rebuild) {
      const { rebuild } = collection;
      console.log(`  rebuild after one new record: ${fmt(rebuild.seconds, 1)} s (${rebuild.mode ?? 'build mode not stated'}; ingest ${fmt(rebuild.steps.ingest ?? NaN)} s, pages ${fmt(rebuild.steps.pages ?? NaN)} s), peak ${fmt(rebuild.peakMB)} MB${rebuild.ok ? '' : ` (failed:\n${rebuild.tail.replace(/^/gm, '    ')})`}`);
    }
    const total = importRun.seconds + collection.build.seconds;
    console.log(`  Targets: import + cold build within 10 min (${fmt(total / 60, 1)} min: ${collection.build.ok && total <= 600 ? 'met' : 'not met'}), peak 3 GB or less (${collection.build.peakMB <= 3072 ? 'met' : 'not met'}), dist 2 GB or less (${collection.distMB <= 2000 ? 'met' : 'not met'}), rebuild within 2 min (${collection.rebuild?.ok && collection.rebuild.seconds <= 120 ? 'met' : collection.rebuild && !collection.rebuild.ok ? 'not met: the rebuild failed' : 'not met'}), cold query 150 KB or less (${(collection.coldKB ?? Infinity) <= 150 ? 'met' : 'not met'}).`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
