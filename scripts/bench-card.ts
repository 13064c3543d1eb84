/**
 * npm run bench -- --only card
 *
 * A card no page holds, computed in Chromium against dist/ on 127.0.0.1: on the largest document, a clause no
 * note or story cites, its card that follows the latest text and the card of its oldest text (which reads three
 * version files: the text's last, its first and the one that first is compared with). Time from the request
 * (navigation start) to the card written in place of the 404 page, cold (a fresh browser context) and warm (the
 * same card again in that context), and the bytes a cold request fetches. Baseline in the same run: a prerendered
 * card of the same document loading (DOMContentLoaded). Every figure is the median of `runs` contexts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCardMap, type CardMapIndex } from '../src/lib/publish/card-redirects.ts';
import { cardMapShardPath } from '../src/lib/publish/paths.ts';
import type { DocumentFile } from '../src/lib/publish/dataset/document-schema.ts';
import type { IndexFile } from '../src/lib/publish/dataset/index-schema.ts';
import { fmt, median, servedSite } from './bench-figures.ts';

/** The largest document by words; a computed clause with the most texts; a prerendered card of it. */
function cardsToTime(site: string): { latest: string; pinned: string; prerendered: string; mapKB: number; indexKB: number; shards: number; largestShardKB: number } {
  const index = JSON.parse(readFileSync(join(site, 'data', 'index.json'), 'utf8')) as IndexFile;
  const documents = index.services.flatMap((s) => s.documents).map((d) => JSON.parse(readFileSync(join(site, d.url), 'utf8')) as DocumentFile);
  const words = (d: DocumentFile) => Math.max(...d.versions.map((v) => v.wordCount));
  const document = documents.sort((a, b) => words(b) - words(a))[0]!;
  const folder = `/cards/${document.service.id}/${document.document.id}/`;
  const map = readCardMap((path) => readFileSync(join(site, path), 'utf8'), { service: document.service.id, id: document.document.id });
  const mapText = JSON.stringify(map);
  const indexText = readFileSync(join(site, folder, 'pinned-versions.json'), 'utf8');
  const shards = (JSON.parse(indexText) as CardMapIndex).shards;
  const shardKB = Array.from({ length: shards }, (_, i) => statSync(join(site, cardMapShardPath({ service: document.service.id, id: document.document.id }, i))).size / 1024);
  const computed = Object.entries(map.clauses)
    .filter(([key]) => !map.shared?.includes(key))
    .sort((a, b) => Object.keys(b[1]).length - Object.keys(a[1]).length)[0]!;
  const oldest = Object.entries(computed[1]).sort((a, b) => Number(a[1].split(/[-,]/)[0]) - Number(b[1].split(/[-,]/)[0]))[0]![0];
  const shared = map.shared?.[0];
  return {
    latest: `${folder}${computed[0]}/`,
    pinned: `${folder}${computed[0]}/t/${oldest}/`,
    prerendered: shared ? `${folder}${shared}/` : '',
    mapKB: Buffer.byteLength(mapText) / 1024,
    indexKB: Buffer.byteLength(indexText) / 1024,
    shards,
    largestShardKB: Math.max(...shardKB),
  };
}

export async function benchCard(runs: number, site: string, projectRoot: string): Promise<void> {
  console.log('\nA card no page holds, computed in the browser: the largest document, in Chromium against dist/ on 127.0.0.1:');
  let cards;
  try {
    cards = cardsToTime(site);
  } catch {
    console.log('  run "npm run build" first to measure it.');
    return;
  }
  const served = await servedSite(site, projectRoot);
  const { browser, origin } = served;
  const samples: Record<'latestCold' | 'latestWarm' | 'pinnedCold' | 'pinnedWarm' | 'kb' | 'baseMs' | 'baseKB', number>[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const kilobytes = () =>
        page.evaluate(() =>
          (performance.getEntriesByType('navigation') as PerformanceResourceTiming[]).concat(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce((n, e) => n + e.transferSize, 0) / 1024,
        );
      // The card page marks when it has written the card (src/scripts/card-page.ts): ms from the navigation's start.
      const computed = async (path: string) => {
        await page.goto(`${origin}${path}`);
        await page.waitForFunction(() => performance.getEntriesByName('termline:card-rendered').length > 0, undefined, { timeout: 30_000 });
        return page.evaluate(() => performance.getEntriesByName('termline:card-rendered')[0]!.startTime);
      };
      const latestCold = await computed(cards.latest);
      const kb = await kilobytes();
      const latestWarm = await computed(cards.latest);
      const pinnedCold = await (async () => {
        const fresh = await browser.newContext();
        const other = await fresh.newPage();
        await other.goto(`${origin}${cards.pinned}`);
        await other.waitForFunction(() => performance.getEntriesByName('termline:card-rendered').length > 0, undefined, { timeout: 30_000 });
        const ms = await other.evaluate(() => performance.getEntriesByName('termline:card-rendered')[0]!.startTime);
        await fresh.close();
        return ms;
      })();
      const pinnedWarm = await computed(cards.pinned);
      let baseMs = 0;
      let baseKB = 0;
      if (cards.prerendered) {
        const fresh = await browser.newContext();
        const other = await fresh.newPage();
        await other.goto(`${origin}${cards.prerendered}`, { waitUntil: 'load' });
        baseMs = await other.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
        baseKB = await other.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceResourceTiming).transferSize / 1024);
        await fresh.close();
      }
      samples.push({ latestCold, latestWarm, pinnedCold, pinnedWarm, kb, baseMs, baseKB });
      await context.close();
    }
  } finally {
    await served.close();
  }
  const m = (key: keyof (typeof samples)[number]) => median(samples.map((s) => s[key]));
  console.log(`  card following the latest text: ${cards.latest}`);
  console.log(`    cold: the card written ${fmt(m('latestCold'))} ms after the request, ${fmt(m('kb'))} KB transferred; warm (again, same context): ${fmt(m('latestWarm'))} ms`);
  console.log(`  card of its oldest text: ${cards.pinned}`);
  console.log(`    cold: ${fmt(m('pinnedCold'))} ms; warm: ${fmt(m('pinnedWarm'))} ms`);
  if (cards.prerendered) console.log(`  baseline, a prerendered card (${cards.prerendered}): DOMContentLoaded at ${fmt(m('baseMs'))} ms, ${fmt(m('baseKB'), 1)} KB`);
  console.log(`  the document's card map: ${fmt(cards.mapKB, 1)} KB in all, read as an index of ${fmt(cards.indexKB, 1)} KB and one of ${cards.shards} shards (the largest ${fmt(cards.largestShardKB, 1)} KB). Median of ${runs} fresh browser contexts.`);
}
