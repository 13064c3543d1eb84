/**
 * npm run bench -- --only pair
 *
 * A pair no page holds, computed in Chromium against dist/ on 127.0.0.1: the
 * two versions furthest apart of the largest document (the first and the last
 * of its region with the most versions). Time from the request (navigation
 * start) to the rows on the page, cold (a fresh browser context: no cache,
 * no compiled code) and warm (the same pair again in that context); the
 * bytes a cold request fetches; the worker's own share. And from the version
 * picker of the document's compare index, in a fresh context: the reader
 * picks the two versions (the worker starts and fetches them meanwhile) and,
 * once the page is idle, asks; time from that click to the pair's rows, which
 * the picker shows in place at the pair's address. Baseline in the same run: a prerendered comparison of the same
 * document loading to its rows (DOMContentLoaded). Every figure is the median
 * of `runs` contexts.
 *
 * With `--collection <built site>` (a collection's build, e.g. the whole
 * pga-versions collection), the same for that site's largest document, beside
 * X's: served with this build's pages and scripts over the collection's
 * dataset, so the figure is this code's on the collection's largest pair.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentFile } from '../src/lib/publish/dataset/document-schema.ts';
import type { IndexFile } from '../src/lib/publish/dataset/index-schema.ts';
import { fmt, median, servedSite } from './bench-figures.ts';

/** The largest document by words, and its two versions furthest apart in its region with the most versions. */
function furthestPair(site: string): { document: DocumentFile; before: string; after: string; consecutive: [string, string] } {
  const index = JSON.parse(readFileSync(join(site, 'data', 'index.json'), 'utf8')) as IndexFile;
  const documents = index.services.flatMap((s) => s.documents).map((d) => JSON.parse(readFileSync(join(site, d.url), 'utf8')) as DocumentFile);
  const words = (d: DocumentFile) => Math.max(...d.versions.map((v) => v.wordCount));
  const document = documents.sort((a, b) => words(b) - words(a))[0]!;
  const regions = document.document.regions.map((r) => document.versions.filter((v) => v.region === r.id));
  const versions = regions.sort((a, b) => b.length - a.length)[0]!;
  const last = versions.at(-1)!;
  return { document, before: versions[0]!.id, after: last.id, consecutive: [versions.at(-2)!.id, last.id] };
}

/**
 * A folder serving `site`'s 404 page and scripts over `collection`'s dataset and comparison pages (the baseline),
 * by links, nothing copied; `_astro` holds both builds' assets, so either's pages find theirs.
 */
function overlaySite(site: string, collection: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'termline-pair-'));
  const fromCollection = new Set(['data', 'compare', '_astro']);
  for (const entry of readdirSync(site)) if (!fromCollection.has(entry)) symlinkSync(join(site, entry), join(dir, entry));
  for (const entry of ['data', 'compare']) symlinkSync(join(collection, entry), join(dir, entry));
  mkdirSync(join(dir, '_astro'));
  for (const from of [collection, site]) for (const file of readdirSync(join(from, '_astro'))) if (!existsSync(join(dir, '_astro', file))) symlinkSync(join(from, '_astro', file), join(dir, '_astro', file));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function benchPair(runs: number, site: string, projectRoot: string, collection?: string): Promise<{ coldMs: number } | undefined> {
  console.log('\nAny pair in the browser: the two versions furthest apart of the largest document, in Chromium against dist/ on 127.0.0.1:');
  const x = await measurePair(runs, site, projectRoot);
  if (!x || !collection) return x && { coldMs: x.coldMs };
  console.log(`\nThe same for the largest document of ${collection}, its dataset served with this build's pages and scripts:`);
  const overlay = overlaySite(site, collection);
  let large;
  try {
    large = await measurePair(runs, overlay.dir, projectRoot);
  } finally {
    overlay.remove();
  }
  if (large) {
    console.log('\n  median ms from the request (the click on the picker, or the navigation to the address in a fresh context) | X | collection');
    for (const [label, key] of [
      ['from the picker: first rows on the page', 'pickedMs'],
      ['from the picker: first frame painted', 'pickedPaintedMs'],
      ['at the address: first rows on the page', 'coldMs'],
      ["at the address: worker's compute", 'computeMs'],
      ['at the address: first frame painted', 'paintedMs'],
      ['at the address: every row in place', 'completeMs'],
      ['at the address: KB transferred', 'kb'],
    ] as const) {
      console.log(`  ${label} | ${fmt(x[key])} | ${fmt(large[key])}`);
    }
  }
  return { coldMs: x.coldMs };
}

async function measurePair(
  runs: number,
  site: string,
  projectRoot: string,
): Promise<{ coldMs: number; pickedMs: number; pickedPaintedMs: number; computeMs: number; paintedMs: number; completeMs: number; kb: number } | undefined> {
  let pair;
  try {
    pair = furthestPair(site);
  } catch {
    console.log('  run "npm run build" first to measure it.');
    return undefined;
  }
  const route = (a: string, b: string) => `/compare/${pair.document.service.id}/${pair.document.document.id}/${a}..${b}/`;
  const computedPath = route(pair.before, pair.after);
  const prerenderedPath = route(...pair.consecutive);
  const served = await servedSite(site, projectRoot);
  const { browser, origin } = served;
  type Timing = {
    startMs: number;
    workerStartMs: number;
    fetchedMs: number;
    scriptMs: number;
    workerReadyMs: number;
    workerReceivedMs: number;
    answerMs: number;
    renderedMs: number;
    paintedMs: number;
    completeMs: number;
    computeMs: number;
    workerKB?: number;
    workerDecodedKB?: number;
    /** Shown by the picker: when the reader clicked its button. */
    askedMs?: number;
  };
  const samples: { cold: Timing; warm: Timing; kb: number; decodedKB: number; baseMs: number; baseKB: number; picked?: Timing }[] = [];
  const [older, newer] = [pair.before, pair.after];
  /** From the compare index's picker in a fresh context: the two versions picked, then, once all is idle, the click. */
  const picked = async (): Promise<Timing | undefined> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/compare/${pair.document.service.id}/${pair.document.document.id}/`, { waitUntil: 'networkidle' });
    // A compare index built before the picker had a worker of its own: nothing to measure.
    if ((await page.locator('#pair-picker[data-worker]').count()) === 0) return void (await context.close());
    // Newer first, as a reader reading the list from the top might.
    await page.locator('select[name="old"]').selectOption(newer);
    await page.locator('select[name="new"]').selectOption(older);
    // A reader takes longer than this to reach the button: the worker has its files and has warmed up.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await page.locator('.picker button[type="submit"]').click();
    const timing = await page.locator('#pair-compare[data-timing]').getAttribute('data-timing', { timeout: 30_000 });
    await context.close();
    const steps = JSON.parse(timing!) as Timing;
    if (steps.askedMs === undefined) throw new Error(`The pair was not shown by the picker: ${timing}`);
    return steps;
  };
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Bytes as the page's own resource timing counts them: the document, its script, the worker and the JSON.
      const kilobytes = (field: 'transferSize' | 'decodedBodySize' = 'transferSize') =>
        page.evaluate(
          (key) =>
            (performance.getEntriesByType('navigation') as PerformanceResourceTiming[])
              .concat(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .reduce((n, e) => n + e[key], 0) / 1024,
          field,
        );
      const computed = async () => {
        await page.goto(`${origin}${computedPath}`);
        const timing = await page.locator('#pair-compare[data-timing]').getAttribute('data-timing', { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        const steps = JSON.parse(timing!) as Timing;
        // A build that puts every row in at once (before rows went in by parts) says nothing more once they are in.
        steps.completeMs ??= steps.renderedMs;
        // The files the worker the inline start makes fetched are not in the page's entries (its code is).
        return { timing: steps, kb: (await kilobytes()) + (steps.workerKB ?? 0), decodedKB: (await kilobytes('decodedBodySize')) + (steps.workerDecodedKB ?? 0) };
      };
      const cold = await computed();
      const warm = await computed();
      await page.goto(`${origin}${prerenderedPath}`, { waitUntil: 'networkidle' });
      const baseMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      const baseKB = await kilobytes();
      await context.close();
      samples.push({ cold: cold.timing, warm: warm.timing, kb: cold.kb, decodedKB: cold.decodedKB, baseMs, baseKB, picked: await picked() });
    }
  } finally {
    await served.close();
  }
  const m = (pick: (s: (typeof samples)[number]) => number) => median(samples.map(pick));
  const coldMs = m((s) => s.cold.renderedMs);
  const steps = (t: 'cold' | 'warm') =>
    [
      `start (the 404 page's inline script) ${fmt(m((s) => s[t].startMs))}`,
      `worker's code started ${fmt(m((s) => s[t].workerStartMs))}`,
      `files fetched ${fmt(m((s) => s[t].fetchedMs))}`,
      `worker ready ${fmt(m((s) => s[t].workerReadyMs))}`,
      `files in the worker ${fmt(m((s) => s[t].workerReceivedMs))}`,
      `page script ${fmt(m((s) => s[t].scriptMs))}`,
      `answer ${fmt(m((s) => s[t].answerMs))} (worker's read + align + diff + render ${fmt(m((s) => s[t].computeMs))})`,
      `first frame with the rows painted ${fmt(m((s) => s[t].paintedMs))}`,
      `every row in place (a long pair goes in by parts after that frame) ${fmt(m((s) => s[t].completeMs))}`,
    ].join(', ');
  console.log(`  pair: ${computedPath} (no page of its own)`);
  console.log(`  cold: first rows on the page ${fmt(coldMs)} ms after the request; ${fmt(m((s) => s.kb))} KB transferred (${fmt(m((s) => s.decodedKB))} KB once decompressed). Steps, ms from the request: ${steps('cold')}`);
  console.log(`  warm (same pair again, same browser context): ${fmt(m((s) => s.warm.renderedMs))} ms. Steps: ${steps('warm')}`);
  const pickedSamples = samples.flatMap((s) => (s.picked ? [s.picked] : []));
  const fromAsk = (pick: (t: Timing) => number | undefined) => (pickedSamples.length === 0 ? Number.NaN : median(pickedSamples.map((t) => pick(t)! - t.askedMs!)));
  const pickedMs = fromAsk((t) => t.renderedMs);
  if (pickedSamples.length === 0) console.log("  from the compare index's picker: not measured, this build's compare index has no picker worker.");
  else console.log(
    `  from the compare index's picker (the worker started while the reader picked): first rows on the page ${fmt(pickedMs)} ms after the click. Steps, ms from the click: the worker's answer ${fmt(fromAsk((t) => t.answerMs))}, first frame with the rows painted ${fmt(fromAsk((t) => t.paintedMs))}, every row in place ${fmt(fromAsk((t) => t.completeMs))} (worker's compute ${fmt(median(pickedSamples.map((t) => t.computeMs)))}).`,
  );
  console.log(`  baseline, a prerendered comparison (${prerenderedPath}): rows at ${fmt(m((s) => s.baseMs))} ms, ${fmt(m((s) => s.baseKB))} KB`);
  console.log(
    `  (median of ${runs} fresh browser contexts; the preview server compresses what it serves, as most static hosts do.) Target: rows within 300 ms of the request: from the picker ${pickedMs <= 300 ? 'met' : 'not met'}; at the pair's address in a fresh context ${coldMs <= 300 ? 'met' : 'not met'}.`,
  );
  return { coldMs, pickedMs, pickedPaintedMs: fromAsk((t) => t.paintedMs), computeMs: m((s) => s.cold.computeMs), paintedMs: m((s) => s.cold.paintedMs), completeMs: m((s) => s.cold.completeMs), kb: m((s) => s.kb) };
}
