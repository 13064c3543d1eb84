/**
 * npm run bench [-- --runs N] [--scales 1,10,100] [--only ingest|compare|search|pair|card|cards|collection] [--search-site DIR] [--site DIR (the built site the pair and card benches read)] [--collection DIR (a built collection: the pair bench times its largest pair too)]
 *
 * Ingest time, throughput and peak memory over the real corpus and over
 * synthetic corpora 10x and 100x larger (the real one copied under new
 * service names), each run in a fresh process as `npm run ingest` would be.
 * Baseline, measured in the same run on the same files: "parse only", the
 * remark-parse pass every file must go through, so the ratio shows what
 * verification, splitting, segmenting, rendering and deduplication add.
 *
 * Comparison: align + word diff on the headline pairs (the 2024 privacy and
 * terms changes), against two baselines on the same texts in the same run:
 * a whole-document word diff with the same library (jsdiff diffWords) and
 * `git diff --no-index --word-diff` as a whole process. Then the cost of
 * every pair (why all pairs are prerendered) and the compare page's size.
 *
 * Any pair in the browser: a pair no page holds, computed in Chromium from
 * the dataset, cold and warm, against a prerendered comparison's load
 * (scripts/bench-pair.ts; needs a built dist/).
 *
 * A card in the browser: a card no page holds, computed in Chromium from the
 * card map and the dataset, cold and warm, against a prerendered card's load
 * (scripts/bench-card.ts, --only card; needs a built dist/).
 *
 * Search: the Pagefind index's size, and in Chromium the bytes a cold and a
 * second query transfer and the time until results show (needs a built dist/),
 * on X's English and Chinese search pages; with --search-site DIR (a folder
 * of search bundles from npm run model-stats -- --index --pages dist --keep
 * DIR) also on that collection, with its largest service in scope and with
 * every service, X being the baseline of the same run.
 *
 * Cards: their number, the time to build their data and images (cold, and
 * from the cache) and the size of the card pages.
 *
 * Collection (only with --only collection: it takes long): the whole Open
 * Terms Archive bundle imported and built cold, then rebuilt after one new
 * record, beside the X corpus's figures (scripts/bench-collection.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config.ts';
import type { Corpus, Version } from '../src/lib/model/model.ts';
import { servedSite } from './bench-figures.ts';

const projectRoot = new URL('..', import.meta.url).pathname;

interface Sample {
  ms: number;
  peakMB: number;
  bytes: number;
  files: number;
}

/** Child mode: measure one thing once and print it as JSON. */
async function child(mode: string, corpusDir: string, cacheDir: string): Promise<void> {
  if (mode === 'align' || mode === 'naive') {
    // corpusDir is the model file here; cacheDir the pair "document old new".
    const { readModel } = await import('../src/lib/model/model-file.ts');
    const [document, oldId, newId] = cacheDir.split(' ');
    const [before, after] = pairOf(readModel(corpusDir), document!, oldId!, newId!);
    const { compareBlocks } = await import('../src/lib/compare/align.ts');
    const { diffWords } = await import('diff');
    const t0 = performance.now();
    if (mode === 'align') compareBlocks(before.blocks, after.blocks);
    else diffWords(wholeText(before), wholeText(after));
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, bytes: 0, files: 0 } satisfies Sample));
    return;
  }
  let bytes = 0;
  let files = 0;
  if (mode === 'ingest' || mode === 'warm') {
    const { ingestCorpus } = await import('../src/lib/sources/ingest.ts');
    const { fileRecordCache } = await import('../src/lib/sources/record-cache.ts');
    const cache = mode === 'warm' ? fileRecordCache(projectRoot, cacheDir) : undefined;
    const t0 = performance.now();
    const corpus = ingestCorpus({ corpusDir, servicesDir: join(projectRoot, 'content', 'services'), ...(cache ? { cache } : {}) });
    const ms = performance.now() - t0;
    files = corpus.services.reduce((n, s) => n + s.documents.reduce((m, d) => m + d.records.length, 0), 0) + corpus.reports.length;
    bytes = corpus.bytes;
    console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, bytes, files } satisfies Sample));
    return;
  }
  const { parseMarkdown } = await import('../src/lib/model/markdown.ts');
  const t0 = performance.now();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) {
        const text = readFileSync(path, 'utf8');
        bytes += Buffer.byteLength(text);
        files += 1;
        parseMarkdown(text);
      }
    }
  };
  walk(corpusDir);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, bytes, files } satisfies Sample));
}

/** Copies the real corpus `scale` times under new service names, with SOURCES/RECORDS rows to match. */
function syntheticCorpus(source: string, scale: number): string {
  const target = mkdtempSync(join(tmpdir(), `termline-bench-${scale}x-`));
  const services = readdirSync(source).filter((name) => name !== 'news' && statSync(join(source, name)).isDirectory());
  const tables = ['SOURCES.tsv', 'RECORDS.tsv'].map((name) => {
    const [header, ...rows] = readFileSync(join(source, name), 'utf8').trim().split('\n');
    return { name, header: header!, rows, out: [header!] };
  });
  for (let copy = 0; copy < scale; copy += 1) {
    const rename = (service: string) => (copy === 0 ? service : `${service}-copy-${copy}`);
    for (const service of services) {
      for (const document of readdirSync(join(source, service))) {
        mkdirSync(join(target, rename(service), document), { recursive: true });
        for (const file of readdirSync(join(source, service, document))) {
          copyFileSync(join(source, service, document, file), join(target, rename(service), document, file));
        }
      }
    }
    for (const table of tables) {
      for (const row of table.rows) {
        const fields = row.split('\t');
        const [service, ...rest] = fields[0]!.split('/');
        fields[0] = [rename(service!), ...rest].join('/');
        if (table.name === 'SOURCES.tsv') fields[1] = rename(fields[1]!);
        table.out.push(fields.join('\t'));
      }
    }
    const news = join(source, 'news');
    try {
      mkdirSync(join(target, 'news'), { recursive: true });
      for (const file of readdirSync(news)) copyFileSync(join(news, file), join(target, 'news', copy === 0 ? file : file.replace(/\.md$/, `-copy-${copy}.md`)));
    } catch {
      // a corpus without news
    }
  }
  for (const table of tables) writeFileSync(join(target, table.name), `${table.out.join('\n')}\n`);
  return target;
}

function measure(mode: 'ingest' | 'warm' | 'parse' | 'align' | 'naive', corpusDir: string, cacheDir = ''): Sample {
  const result = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', mode, corpusDir, cacheDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 1_800_000,
  });
  if (result.status !== 0) throw new Error(`bench child failed (${mode} ${corpusDir}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Sample;
}

function pairOf(corpus: Corpus, document: string, oldId: string, newId: string): [Version, Version] {
  const doc = corpus.services.flatMap((svc) => svc.documents).find((d) => d.id === document)!;
  return [doc.versions.find((v) => v.id === oldId)!, doc.versions.find((v) => v.id === newId)!];
}

/** A version as one plain document: headings and clauses, a paragraph each. */
function wholeText(version: Version): string {
  return version.blocks.map((b) => (b.type === 'section' ? b.title : b.marked)).join('\n\n');
}

function timeProcess(command: string, args: string[]): number {
  const t0 = performance.now();
  spawnSync(command, args, { stdio: 'ignore' });
  return performance.now() - t0;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const fmt = (value: number, digits = 0) => value.toFixed(digits);
const pad = (cells: string[], widths: number[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join('  ');

async function benchIngest(corpusDir: string, runs: number, scales: number[]): Promise<void> {
  console.log(`Ingest benchmark: ${corpusDir}; each figure is the median of fresh processes (runs: ${runs} at 1x, fewer when larger).`);
  console.log('Baseline "parse only": remark-parse over the same Markdown files, in the same kind of process.\n');
  const widths = [6, 7, 9, 11, 8, 9, 11, 9];
  console.log('Cold ingest (no cache), against the baseline:');
  console.log(pad(['scale', 'files', 'MB', 'ingest ms', 'MB/s', 'peak MB', 'parse ms', 'ratio'], widths));
  const rows: { scale: number; ms: number; peakMB: number }[] = [];
  for (const scale of scales) {
    const dir = scale === 1 ? corpusDir : syntheticCorpus(corpusDir, scale);
    const n = scale >= 100 ? 1 : scale >= 10 ? Math.min(runs, 3) : runs;
    try {
      const ingest: Sample[] = [];
      const parse: Sample[] = [];
      for (let i = 0; i < n; i += 1) {
        ingest.push(measure('ingest', dir));
        parse.push(measure('parse', dir));
      }
      const ms = median(ingest.map((s) => s.ms));
      const parseMs = median(parse.map((s) => s.ms));
      const peakMB = median(ingest.map((s) => s.peakMB));
      const { bytes, files } = ingest[0]!;
      rows.push({ scale, ms, peakMB });
      console.log(
        pad(
          [`${scale}x`, String(files), fmt(bytes / 1e6, 1), fmt(ms), fmt(bytes / 1e6 / (ms / 1000), 2), fmt(peakMB), fmt(parseMs), `${fmt(ms / parseMs, 2)}x`],
          widths,
        ),
      );
    } finally {
      if (dir !== corpusDir) rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = rows.find((r) => r.scale === 1);
  let warmMs: number | undefined;
  if (base) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'termline-bench-cache-'));
    try {
      measure('warm', corpusDir, cacheDir); // fills the cache
      const warm = Array.from({ length: runs }, () => measure('warm', corpusDir, cacheDir));
      warmMs = median(warm.map((w) => w.ms));
      console.log(
        `\nRe-ingest with the record cache warm (every file still read and its sha256 checked; nothing re-parsed):\n` +
          `  1x: ${fmt(warmMs)} ms, ${fmt(base.ms / warmMs, 1)}x faster than cold, peak ${fmt(median(warm.map((w) => w.peakMB)))} MB`,
      );
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
    console.log('\nGrowth of cold ingest against 1x (linear: equal to the scale):');
    for (const row of rows.filter((r) => r.scale !== 1)) {
      console.log(`  ${row.scale}x: time ${fmt(row.ms / base.ms, 1)}x, peak memory ${fmt(row.peakMB / base.peakMB, 1)}x`);
    }
    console.log(
      `\nTarget: whole-corpus ingest under 1000 ms. Cold: ${fmt(base.ms)} ms (${base.ms < 1000 ? 'met' : 'not met'}); ` +
        `warm: ${fmt(warmMs!)} ms (${warmMs! < 1000 ? 'met' : 'not met'}).`,
    );
  }
}


const HEADLINE_PAIRS = [
  ['privacy-policy', '2024-07-25', '2024-10-17'],
  ['terms-of-service', '2023-10-11', '2024-10-17'],
] as const;

async function benchCompare(corpusDir: string, runs: number): Promise<void> {
  const { ingestCorpus } = await import('../src/lib/sources/ingest.ts');
  const { fileRecordCache } = await import('../src/lib/sources/record-cache.ts');
  const { compareBlocks } = await import('../src/lib/compare/align.ts');
  const { comparablePairs } = await import('../src/lib/compare/compare-view.ts');
  const { writeModel } = await import('../src/lib/model/model-file.ts');
  const corpus = ingestCorpus({ corpusDir, servicesDir: join(projectRoot, 'content', 'services'), cache: fileRecordCache(projectRoot) });
  const work = mkdtempSync(join(tmpdir(), 'termline-bench-compare-'));
  const modelFile = join(work, 'model.json');
  writeModel(corpus, modelFile);
  console.log('\nComparison: align + word diff on the headline pairs, against two baselines on the same texts:');
  console.log('  "whole-document diffWords": jsdiff diffWords over each version as one text (the naive way);');
  console.log('  "git diff": git diff --no-index --word-diff over the same two texts, timed as a whole process.');
  console.log('  Align is timed in-process: first call in a fresh process, and the median of warm calls.\n');
  const widths = [40, 5, 9, 8, 8, 13, 7, 9, 7];
  console.log(pad(['pair', 'rows', 'first ms', 'warm ms', 'peak MB', 'diffWords ms', 'git ms', 'vs naive', 'vs git'], widths));
  try {
    for (const [document, oldId, newId] of HEADLINE_PAIRS) {
      const [before, after] = pairOf(corpus, document, oldId, newId);
      const label = `${document} ${oldId}..${newId}`;
      const first = Array.from({ length: Math.min(runs, 3) }, () => measure('align', modelFile, `${document} ${oldId} ${newId}`));
      const warm: number[] = [];
      let rows = 0;
      for (let i = 0; i < 30; i += 1) {
        const t0 = performance.now();
        rows = compareBlocks(before.blocks, after.blocks).rows.length;
        warm.push(performance.now() - t0);
      }
      const naive = Array.from({ length: Math.min(runs, 3) }, () => measure('naive', modelFile, `${document} ${oldId} ${newId}`));
      const oldFile = join(work, `${document}-old.txt`);
      const newFile = join(work, `${document}-new.txt`);
      writeFileSync(oldFile, wholeText(before));
      writeFileSync(newFile, wholeText(after));
      timeProcess('git', ['diff', '--no-index', '--word-diff', oldFile, newFile]); // warm-up
      const git = Array.from({ length: 10 }, () => timeProcess('git', ['diff', '--no-index', '--word-diff', oldFile, newFile]));
      const warmMs = median(warm);
      const naiveMs = median(naive.map((n) => n.ms));
      const gitMs = median(git);
      console.log(
        pad(
          [label, String(rows), fmt(median(first.map((f) => f.ms)), 1), fmt(warmMs, 2), fmt(median(first.map((f) => f.peakMB))), fmt(naiveMs), fmt(gitMs, 1), `${fmt(naiveMs / warmMs)}x`, `${fmt(gitMs / warmMs, 1)}x`],
          widths,
        ),
      );
    }
    console.log('  ("vs naive" and "vs git": how many times faster the warm align + diff is; above 1 is faster.)');

    let pairs = 0;
    const t0 = performance.now();
    for (const doc of corpus.services.flatMap((svc) => svc.documents)) {
      for (const [before, after] of comparablePairs(doc)) {
        compareBlocks(before.blocks, after.blocks);
        pairs += 1;
      }
    }
    const all = performance.now() - t0;
    console.log(`\nEvery pair of versions (${pairs} comparisons; only each change and the named pairs are prerendered): ${fmt(all)} ms in all, ${fmt(all / pairs, 1)} ms each.`);

    const page = join(projectRoot, 'dist', 'compare', 'x', 'privacy-policy', '2024-07-25..2024-10-17', 'index.html');
    try {
      const html = readFileSync(page);
      const scripts = [...html.toString('utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
      const { gzipSync } = await import('node:zlib');
      console.log(
        `Compare page (privacy 2024-07-25..2024-10-17): ${fmt(html.length / 1024)} KB HTML, ${fmt(gzipSync(html, { level: 9 }).length / 1024)} KB gzipped; JavaScript: ${scripts} bytes.`,
      );
    } catch {
      console.log('Compare page size: run "npm run build" first to measure it.');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Search in Chromium against the built site: what a cold and a warm query download, and how soon results show. */
/** The search page of each language of the site, and two queries a reader of it would type. */
const SEARCH_SITES: { language: string; path: string; queries: [string, string] }[] = [
  { language: 'X, English', path: '/search/', queries: ['Tarrant', 'liquidated damages'] },
  // Pagefind loads the index of the page's <html lang>: the Chinese page's queries run against the Chinese index.
  { language: 'X, Chinese', path: '/zh/search/', queries: ['保留', '得克萨斯'] },
];

async function benchSearch(
  runs: number,
  site = join(projectRoot, 'dist'),
  queries: [string, string] = ['Tarrant', 'liquidated damages'],
  searchPath = '/search/',
  language = 'English',
): Promise<{ coldKB: number } | undefined> {
  console.log(`\nSearch (Pagefind), ${language} (${searchPath}), in Chromium against ${relative(projectRoot, site) || site} served on 127.0.0.1:`);
  let index;
  try {
    index = sizeOf(join(site, 'pagefind'));
  } catch {
    console.log('  run "npm run build" first to measure search.');
    return undefined;
  }
  console.log(`  index: ${fmt(index.bytes / 1024)} KB in ${index.files} files (every language)`);
  const served = await servedSite(site, projectRoot);
  const { browser, origin } = served;
  const samples: { coldKB: number; coldMs: number; warmKB: number; warmMs: number; pageKB: number }[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (request) => {
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      await page.goto(`${origin}${searchPath}`, { waitUntil: 'networkidle' });
      const pageKB = bytes / 1024;
      const query = async (text: string) => {
        bytes = 0;
        const t0 = Date.now();
        await page.locator('#q').fill(text);
        await page.locator('#q').press('Enter');
        await page.waitForFunction((q) => (document.getElementById('status')?.textContent ?? '').includes(q), text);
        const ms = Date.now() - t0;
        await page.waitForLoadState('networkidle');
        return { kb: bytes / 1024, ms };
      };
      const cold = await query(queries[0]);
      const warm = await query(queries[1]);
      samples.push({ coldKB: cold.kb, coldMs: cold.ms, warmKB: warm.kb, warmMs: warm.ms, pageKB });
      await context.close();
    }
  } finally {
    await served.close();
  }
  const m = (pick: (s: (typeof samples)[number]) => number) => median(samples.map(pick));
  console.log(`  the search page itself: ${fmt(m((s) => s.pageKB), 1)} KB (no Pagefind code or index until a query)`);
  console.log(`  cold first query ("${queries[0]}"): ${fmt(m((s) => s.coldKB), 1)} KB transferred, results in ${fmt(m((s) => s.coldMs))} ms`);
  console.log(`  second query ("${queries[1]}"): ${fmt(m((s) => s.warmKB), 1)} KB transferred, results in ${fmt(m((s) => s.warmMs))} ms`);
  console.log(`  (median of ${runs} fresh browser contexts; bytes are as served by the preview server, uncompressed except Pagefind's own gzipped index chunks)`);
  console.log(`  Targets: a cold query under 150 KB in all (${m((s) => s.coldKB) < 150 ? 'met' : 'not met'}), results under 300 ms (${m((s) => s.coldMs) < 300 ? 'met' : 'not met'}).`);
  return { coldKB: m((s) => s.coldKB) };
}

/** Cards: how many, what building their data and images costs (cold and cached), and how big the pages are. */
async function benchCards(): Promise<void> {
  const { clauseCards, noteCards, cardImageText, documentImageText } = await import('../src/lib/publish/cards.ts');
  const { renderCardImage } = await import('../src/lib/publish/card-image.ts');
  const { buildModel } = await import('../src/lib/pipeline.ts');
  const { loadConfig } = await import('../src/lib/config.ts');
  const { readStoryFolder } = await import('../src/lib/notes/stories.ts');
  const { citedClauses } = await import('../src/lib/notes/story-refs.ts');
  const { allDocuments } = await import('../src/lib/publish/views.ts');
  const { corpus, annotations } = buildModel(projectRoot);
  console.log('\nCards:');
  const t0 = performance.now();
  const storyClauses = citedClauses(corpus, readStoryFolder(loadConfig(projectRoot).storiesDir).stories.map((s) => s.source));
  const clauses = clauseCards(corpus, annotations, { storyClauses });
  const notes = noteCards(corpus, annotations);
  const dataMs = performance.now() - t0;
  const latest = clauses.filter((c) => !c.pinned);
  console.log(`  ${clauses.length + notes.length} cards (${latest.length} clauses following the latest text, ${clauses.filter((c) => c.pinned).length} pinned to a distinct text, ${notes.length} notes); their data in ${fmt(dataMs)} ms`);
  // What is drawn: notes, clauses a note or story cites, one per document; against drawing every clause's latest card.
  const drawn = [...notes.map((c) => cardImageText(c, 'en')), ...latest.filter((c) => c.ownImage).map((c) => cardImageText(c, 'en')), ...allDocuments(corpus).map(({ service, document }) => documentImageText(service, document, 'en'))];
  const everyLatest = [...notes, ...latest].map((c) => cardImageText(c, 'en'));
  for (const [label, texts] of [['drawn (notes, cited clauses, documents)', drawn], ['if every latest card had one', everyLatest]] as const) {
    const cache = mkdtempSync(join(tmpdir(), 'termline-bench-og-'));
    try {
      const c0 = performance.now();
      for (const text of texts) await renderCardImage(text, cache);
      const cold = performance.now() - c0;
      const w0 = performance.now();
      for (const text of texts) await renderCardImage(text, cache);
      const warm = performance.now() - w0;
      console.log(`  ${texts.length} social images ${label}: cold ${fmt(cold)} ms (${fmt(cold / texts.length, 1)} ms each), cached ${fmt(warm)} ms`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }
  try {
    const pages = readdirSync(join(projectRoot, 'dist', 'cards'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html'))
      .map((f) => statSync(join(projectRoot, 'dist', 'cards', f)).size);
    console.log(`  card pages in dist/: ${pages.length}, median ${fmt(median(pages) / 1024, 1)} KB, largest ${fmt(Math.max(...pages) / 1024, 1)} KB (limit 20 KB)`);
  } catch {
    console.log('  card page sizes: run "npm run build" first.');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      scales: { type: 'string', default: '1,10,100' },
      only: { type: 'string' },
      bundle: { type: 'string', default: join(projectRoot, '..', 'shared', 'ota', 'pga-versions.bundle') },
      services: { type: 'string', default: '' },
      // The built site the pair bench reads (e.g. a one-service collection site); dist/ by default.
      site: { type: 'string' },
      // A built collection site whose largest pair the pair bench times beside X's (this build's pages, its dataset).
      collection: { type: 'string' },
      // A folder of search bundles and search pages to measure beside X (npm run model-stats -- --index --pages dist --keep DIR).
      'search-site': { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const scales = values.scales!.split(',').map(Number);
  const corpusDir = loadConfig(projectRoot).corpusDir;
  const only = values.only;
  if (!only || only === 'ingest') await benchIngest(corpusDir, runs, scales);
  if (!only || only === 'compare') await benchCompare(corpusDir, runs);
  if (!only || only === 'search') {
    for (const { language, path, queries } of SEARCH_SITES) await benchSearch(runs, undefined, queries, path, language);
    const site = values['search-site'];
    if (site) await (await import('./bench-collection.ts')).searchCollection(benchSearch, runs, site, ['privacy', 'cookies']);
  }
  if (!only || only === 'pair') await (await import('./bench-pair.ts')).benchPair(runs, values.site ?? join(projectRoot, 'dist'), projectRoot, values.collection);
  if (!only || only === 'card') await (await import('./bench-card.ts')).benchCard(runs, values.site ?? join(projectRoot, 'dist'), projectRoot);
  if (!only || only === 'cards') await benchCards();
  if (only === 'collection') {
    const { benchCollection } = await import('./bench-collection.ts');
    const services = values.services ? values.services.split(',').map((s) => s.trim()) : [];
    await benchCollection({ bundle: values.bundle!, services, search: benchSearch });
  }
}

const childIndex = process.argv.indexOf('--child');
if (childIndex !== -1) await child(process.argv[childIndex + 1]!, process.argv[childIndex + 2]!, process.argv[childIndex + 3]!);
else await main();
