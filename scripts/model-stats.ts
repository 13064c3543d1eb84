/**
 * npm run model-stats [-- --model FILE] [--index]
 *
 * What a model holds, in the figures that decide a site's size (README,
 * Scaling): documents, records, versions, blocks across all versions,
 * distinct clause texts and IDs, search records. With --index, builds the
 * Pagefind index of the search records alone into a temporary folder and
 * prints its files, size and what a first query must load.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { loadConfig } from '../src/lib/config.ts';
import { readSiteModel } from '../src/lib/model/model-file.ts';
import { clauseRecords } from '../src/lib/publish/search-records.ts';

const { values } = parseArgs({ options: { model: { type: 'string' }, index: { type: 'boolean', default: false } } });
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
  const site = mkdtempSync(join(tmpdir(), 'termline-index-'));
  try {
    const indexStarted = performance.now();
    await buildSearchIndex(site, corpus, annotations);
    const dir = join(site, 'pagefind');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
    const kb = (names: string[]) => names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) / 1024;
    const meta = kb(files.filter((name) => name.endsWith('.pf_meta')));
    const filters = kb(files.filter((name) => name.startsWith('filter/')));
    const chunks = files.filter((name) => name.startsWith('index/'));
    const fragments = files.filter((name) => name.startsWith('fragment/'));
    const first = kb(['pagefind.js', 'wasm.en.pagefind', 'pagefind-entry.json']) + meta + filters + kb(chunks) / chunks.length + (10 * kb(fragments)) / fragments.length;
    console.log(
      `search index: built in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s, ${files.length} files, ${Math.round(kb(files))} KB; ` +
        `a first query loads about ${Math.round(first)} KB (metadata ${Math.round(meta)}, filters ${Math.round(filters)}, code and one index chunk and ten fragments the rest)`,
    );
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}
