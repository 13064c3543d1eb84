/**
 * npm run model-stats [-- --model FILE] [--index [--pages DIST] [--keep DIR] [--cache DIR]]
 *
 * What a model holds, in the figures that decide a site's size (README,
 * Scaling): documents, records, versions, blocks across all versions,
 * distinct clause texts and IDs, search records. With --index, builds the
 * search bundles of the records alone into a temporary folder and prints
 * each bundle's records, files, size and metadata (what a first query loads
 * of it whatever the words). With --pages DIST, the site bundle also indexes
 * that built site's note and story pages, and its search pages are copied
 * with this model's services; --keep DIR keeps the folder, to serve and
 * measure a first query in Chromium (npm run bench -- --only search
 * --search-site DIR); --cache DIR keeps the service bundles there and reuses
 * the unchanged ones, as a build does with its record cache folder.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { loadConfig } from '../src/lib/config.ts';
import { readSiteModel } from '../src/lib/model/model-file.ts';
import type { Corpus } from '../src/lib/model/model.ts';
import { serviceSearchBundlePath } from '../src/lib/publish/paths.ts';
import { clauseRecords } from '../src/lib/publish/search-records.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, index: { type: 'boolean', default: false }, pages: { type: 'string' }, keep: { type: 'string' }, cache: { type: 'string' } } });
const projectRoot = new URL('..', import.meta.url).pathname;
const file = values.model ?? loadConfig(projectRoot).modelFile;
const started = performance.now();
const { corpus, annotations } = readSiteModel(file);
console.log(`${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB, read in ${((performance.now() - started) / 1000).toFixed(1)} s, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);

let documents = 0;
let records = 0;
let versions = 0;
let blocks = 0;
const texts = new Set<string>();
const ids = new Set<string>();
for (const service of corpus.services) {
  for (const document of service.documents) {
    documents += 1;
    records += document.records.length;
    for (const version of document.versions) {
      versions += 1;
      for (const block of version.blocks) {
        blocks += 1;
        if (block.type !== 'clause') continue;
        texts.add(`${service.id}/${document.id}/${version.region}\u0000${block.text}`);
        ids.add(`${service.id}/${document.id}/${version.region}/${block.id}`);
      }
    }
  }
}
const search = clauseRecords(corpus, annotations);
console.log(`documents ${documents}, records ${records}, versions ${versions}, blocks in all versions ${blocks}, distinct clause texts ${texts.size}, distinct clause IDs ${ids.size}, search records of clauses ${search.length}`);

if (values.index) {
  const keep = values.keep;
  const site = keep ?? mkdtempSync(join(tmpdir(), 'termline-index-'));
  try {
    // Pages the site bundle indexes (notes, stories) and the search pages, from a built site: its search pages then list this model's services.
    if (values.pages) prepareSearchSite(values.pages, site, corpus);
    const indexStarted = performance.now();
    const summary = await buildSearchIndex(site, corpus, annotations, { cacheDir: values.cache });
    const kb = (bytes: number) => Math.round(bytes / 1024);
    const reused = summary.bundles.filter((b) => b.cached).length;
    console.log(`search index: ${summary.bundles.length} bundles built in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s${reused ? ` (${reused} copied from the cache)` : ''}, ${summary.records} records`);
    console.log('bundle\trecords\tfiles\tKB\tmeta KB (every first query, both languages)\tfilters KB (on request)\tseconds');
    for (const b of [...summary.bundles].sort((x, y) => y.records - x.records)) {
      console.log(`${b.name}\t${b.records}\t${b.files}\t${kb(b.bytes)}\t${kb(b.metaBytes)}\t${kb(b.filterBytes)}\t${b.seconds.toFixed(1)}`);
    }
    const site0 = summary.bundles.find((b) => b.name === 'site')!;
    const services = summary.bundles.filter((b) => b.name !== 'site');
    const sum = (list: typeof services, pick: (b: (typeof services)[number]) => number) => list.reduce((total, b) => total + pick(b), 0);
    console.log(
      `all bundles: ${sum(summary.bundles, (b) => b.files)} files (the largest bundle ${Math.max(...summary.bundles.map((b) => b.files))}), ${kb(sum(summary.bundles, (b) => b.bytes))} KB; ` +
        `metadata of the site bundle ${kb(site0.metaBytes)} KB, of the largest service ${kb(Math.max(0, ...services.map((b) => b.metaBytes)))} KB, of every service ${kb(sum(services, (b) => b.metaBytes))} KB (both languages; a page loads its own)`,
    );
  } finally {
    if (!keep) rmSync(site, { recursive: true, force: true });
  }
}

/**
 * A folder to serve for a search measurement: a built site's note and story pages (indexed into the site bundle),
 * its search pages and their assets, the search pages' service list replaced by this model's.
 */
function prepareSearchSite(from: string, to: string, model: Corpus): void {
  for (const part of ['notes', 'stories', 'zh/notes', 'zh/stories', 'search', 'zh/search', '_astro', 'favicon.svg']) {
    if (existsSync(join(from, part))) cpSync(join(from, part), join(to, part), { recursive: true });
  }
  const services = [...model.services]
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((s) => ({ id: s.id, name: s.name, bundle: serviceSearchBundlePath(s) }));
  for (const page of ['search/index.html', 'zh/search/index.html']) {
    const file = join(to, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8').replace(/data-services="[^"]*"/, `data-services="${JSON.stringify(services).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
    writeFileSync(file, html);
  }
}
