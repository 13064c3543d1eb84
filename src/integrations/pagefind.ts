/**
 * Search: an Astro integration that builds the Pagefind bundles into the built
 * site from `astro:build:done`, as Starlight does, so every build (npm run
 * build, or astro build alone) ships a working search.
 *
 * Bundles, so that a first query loads one service's index, not the archive's
 * (issue 13): the site bundle (/pagefind/) holds the pages that mark their
 * main content with data-pagefind-body (notes and stories: only their folders
 * are read, see searchPagesGlob), the news reports and one record per
 * document; each service's clauses are a bundle of their own
 * (/pagefind/services/<service>/, src/lib/publish/search-records.ts), which the
 * search page merges (Pagefind's multisite search, `mergeIndex`) for the
 * services in the reader's scope. Pagefind's metadata lists every record of a
 * bundle and every first query loads it: one index for the collection's 35,307
 * clause records made that 296 KB. A service bundle carries no JavaScript or
 * WebAssembly (merged bundles use the site bundle's), only its index, and a
 * list of its records' dates for ordering results by date in the browser.
 * A site of one service keeps its clauses in the site bundle (one bundle: one
 * index chunk per query word, not two). Record URLs are routes; the search
 * page loads Pagefind from under the site's base, and Pagefind prefixes every
 * result with that base.
 *
 * One index per language in every bundle, as Pagefind keeps them by <html lang>:
 * the English pages' and the Chinese pages' (/zh/). A merged bundle is searched
 * with the page's WebAssembly, so the Chinese page cannot search the English
 * clause index with English stemming: each service bundle holds its clauses in
 * both indexes (English words; what we say about them in the index's language).
 * In the English index a report's Chinese text is spaced a character at a time
 * (src/lib/model/cjk.ts), so a reader of the English site finds the Chinese
 * reports too; the Chinese index segments Chinese into words.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { filesUnder, linkTree } from '../lib/publish/incremental-build.ts';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Corpus } from '../lib/model/model.ts';
import { readSiteModel } from '../lib/model/model-file.ts';
import { loadConfig } from '../lib/config.ts';
import { translatedPages, writingSources } from '../lib/publish/translated-pages.ts';
import type { AnchoredAnnotation } from '../lib/notes/annotations.ts';
import { emitBuildEvent } from '../lib/progress.ts';
import { clauseRecords, documentRecords, reportRecords, searchBundlesPerService, serviceClauseRecords, type SearchRecord } from '../lib/publish/search-records.ts';
import { searchPagesGlob, serviceSearchBundlePath } from '../lib/publish/paths.ts';
import { LANGUAGE_TAG, LOCALES, type Locale } from '../lib/publish/i18n/locales.ts';

/** The index each locale's pages land in: Pagefind reads <html lang> (zh-Hans) lower-cased as its language. */
export const SEARCH_LANGUAGE: Record<Locale, string> = { en: 'en', zh: LANGUAGE_TAG.zh.toLowerCase() };

export interface SearchBundleSummary {
  /** "site", or the service's ID. */
  name: string;
  /** The bundle's folder under the site. */
  folder: string;
  /** Custom records (both languages). */
  records: number;
  files: number;
  bytes: number;
  /** What a first query of this bundle loads whatever the words: its entry file and its metadata, in bytes. */
  metaBytes: number;
  /** Copied from the cache: its records are those of the build that wrote it. */
  cached?: boolean;
  /** Its filter files: loaded only once the reader opens the filters. */
  filterBytes: number;
  seconds: number;
}

export interface SearchIndexSummary {
  pages: number;
  records: number;
  bundles: SearchBundleSummary[];
}

/** Files a merged bundle never serves: merged bundles run on the site bundle's code and WebAssembly. */
const UNUSED_IN_MERGED_BUNDLE = /^(pagefind(-[\w-]+)?\.(js|css)|wasm\.[\w-]+\.pagefind)$/;

function summarize(name: string, folder: string, dir: string, records: number, started: number): SearchBundleSummary {
  const files = filesUnder(dir);
  const size = (names: string[]) => names.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
  return {
    name,
    folder,
    records,
    files: files.length,
    bytes: size(files),
    metaBytes: size(files.filter((file) => file.endsWith('.pf_meta') || file === 'pagefind-entry.json')),
    filterBytes: size(files.filter((file) => file.startsWith('filter/'))),
    seconds: (performance.now() - started) / 1000,
  };
}

async function addRecords(index: pagefind.PagefindIndex, records: Iterable<[Locale, SearchRecord]>): Promise<number> {
  let count = 0;
  for (const [locale, record] of records) {
    const added = await index.addCustomRecord({ ...record, language: SEARCH_LANGUAGE[locale] });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    count += 1;
  }
  return count;
}

function* inEveryLocale(make: (locale: Locale) => SearchRecord[]): Generator<[Locale, SearchRecord]> {
  for (const locale of LOCALES) for (const record of make(locale)) yield [locale, record];
}

/**
 * Each record's date by its fragment's hash (the ID Pagefind gives a result), grouped by date: the search page
 * orders results by date from these lists, loaded only when the reader asks for that order.
 */
function writeDates(dir: string): void {
  const byDate: Record<string, string[]> = {};
  for (const file of readdirSync(join(dir, 'fragment'))) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', file))).subarray('pagefind_dcd'.length).toString('utf8')) as { meta?: { date?: string } };
    const date = fragment.meta?.date;
    if (date) (byDate[date] ??= []).push(file.replace(/\.pf_fragment$/, ''));
  }
  writeFileSync(join(dir, 'dates.json'), JSON.stringify(byDate));
}

async function writeBundle(index: pagefind.PagefindIndex, dir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
}

/**
 * Where a service bundle of these records is cached: its folder is named by a hash of the records and of the
 * Pagefind version, so a rebuild after a new record of one service writes that service's bundle only and copies
 * the others.
 */
function cachedBundle(cacheDir: string, pagefindVersion: string, serviceId: string, records: readonly [Locale, SearchRecord][]): string {
  const hash = createHash('sha256').update(pagefindVersion).update(JSON.stringify(records)).digest('hex').slice(0, 16);
  return join(cacheDir, 'search-bundles', `${serviceId}-${hash}`);
}

/** Keeps a service's newest bundle only: its older ones would never be read again. */
function keepInCache(dir: string, cached: string): void {
  const parent = dirname(cached);
  const service = basename(cached).replace(/-[0-9a-f]{16}$/, '');
  if (existsSync(parent)) for (const old of readdirSync(parent)) if (old.replace(/-[0-9a-f]{16}$/, '') === service) rmSync(join(parent, old), { recursive: true, force: true });
  cpSync(dir, cached, { recursive: true });
}


/** `cacheDir`: where service bundles are kept between builds (the build's record cache folder). */
export async function buildSearchIndex(
  siteDir: string,
  corpus: Corpus,
  annotations: readonly AnchoredAnnotation[],
  { cacheDir, pageIn }: { cacheDir?: string; pageIn?: (route: string, locale: Locale) => string } = {},
): Promise<SearchIndexSummary> {
  const bundles: SearchBundleSummary[] = [];
  const create = async () => {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  };
  try {
    let started = performance.now();
    const site = await create();
    const pages = await site.addDirectory({ path: siteDir, glob: searchPagesGlob() });
    if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
    const split = searchBundlesPerService(corpus);
    const siteRecords = await addRecords(
      site,
      inEveryLocale((locale) => [...reportRecords(corpus, locale), ...documentRecords(corpus, locale), ...(split ? [] : clauseRecords(corpus, annotations, locale, pageIn))]),
    );
    const siteBundle = join(siteDir, 'pagefind');
    await writeBundle(site, siteBundle);
    await site.deleteIndex();
    writeDates(siteBundle);
    bundles.push(summarize('site', '/pagefind/', siteBundle, siteRecords, started));
    // The version that wrote the site bundle keys the cached service bundles: another version's are not reused.
    const { version } = JSON.parse(readFileSync(join(siteBundle, 'pagefind-entry.json'), 'utf8')) as { version: string };
    for (const service of split ? corpus.services : []) {
      started = performance.now();
      const records = [...inEveryLocale((locale) => serviceClauseRecords(service, annotations, locale, { pageIn }))];
      const folder = serviceSearchBundlePath(service);
      const dir = join(siteDir, folder);
      const cached = cacheDir ? cachedBundle(cacheDir, version, service.id, records) : undefined;
      if (cached && existsSync(cached)) {
        // Linked, not copied (tens of thousands of files on a collection): nothing writes a bundle's files again.
        linkTree(cached, dir);
        bundles.push({ ...summarize(service.id, folder, dir, records.length, started), cached: true });
        continue;
      }
      const index = await create();
      await addRecords(index, records);
      await writeBundle(index, dir);
      await index.deleteIndex();
      for (const file of readdirSync(dir)) if (UNUSED_IN_MERGED_BUNDLE.test(file)) rmSync(join(dir, file));
      writeDates(dir);
      if (cached) keepInCache(dir, cached);
      bundles.push(summarize(service.id, folder, dir, records.length, started));
    }
    return { pages: pages.page_count, records: bundles.reduce((sum, b) => sum + b.records, 0), bundles };
  } finally {
    await pagefind.close();
  }
}

export interface PagefindOptions {
  /** The ingested model the site was rendered from. */
  modelFile: string;
  /** Where unchanged service bundles are kept between builds. */
  cacheDir?: string;
}

export default function pagefindIntegration({ modelFile, cacheDir }: PagefindOptions): AstroIntegration {
  return {
    name: 'termline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The build's progress line (scripts/build.ts) follows these.
        emitBuildEvent({ step: 'search', message: 'start' });
        const { corpus, annotations, stories } = readSiteModel(modelFile);
        // A clause of a version page in English only is found at that page from the other languages too.
        const { pageIn } = translatedPages(corpus, { annotations, stories, sources: writingSources(loadConfig(process.cwd())) });
        const summary = await buildSearchIndex(fileURLToPath(dir), corpus, annotations, { cacheDir, pageIn });
        const services = summary.bundles.length - 1;
        const reused = summary.bundles.filter((b) => b.cached).length;
        const message = `${summary.pages} pages and ${summary.records} records of distinct clauses, documents and reports, ${services ? `in the site's bundle and ${services} services' bundles (${reused} unchanged, from the cache)` : 'in one bundle'}`;
        logger.info(`Search index: ${message}`);
        emitBuildEvent({ step: 'search', message: `done: ${message}` });
      },
    },
  };
}
