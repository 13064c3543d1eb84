/**
 * Search: an Astro integration that builds the Pagefind index into the built
 * site from `astro:build:done`, as Starlight does, so every build (npm run
 * build, or astro build alone) ships a working search.
 *
 * The index holds the pages that mark their main content with
 * data-pagefind-body (notes and stories: only their folders are read, see
 * searchPagesGlob), plus records for every distinct clause and for
 * the news reports (src/lib/publish/search-records.ts). Their URLs are routes;
 * the search page loads Pagefind from under the site's base, and Pagefind
 * prefixes every result with that base.
 *
 * One index per language of the site, as Pagefind keeps them by <html lang>:
 * the English pages' and the Chinese pages' (/zh/). Each holds every clause
 * (English words; what we say about them in the index's language) and every
 * report. In the English index a report's Chinese text is spaced a character
 * at a time (src/lib/model/cjk.ts), so a reader of the English site finds
 * the Chinese reports too; the Chinese index segments Chinese into words.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Corpus } from '../lib/model/model.ts';
import { readSiteModel } from '../lib/model/model-file.ts';
import type { AnchoredAnnotation } from '../lib/notes/annotations.ts';
import { emitBuildEvent } from '../lib/progress.ts';
import { clauseRecords, reportRecords } from '../lib/publish/search-records.ts';
import { LANGUAGE_TAG, LOCALES, type Locale } from '../lib/publish/i18n/locales.ts';
import { searchPagesGlob } from '../lib/publish/paths.ts';

/** The index each locale's pages land in: Pagefind reads <html lang> (zh-Hans) lower-cased as its language. */
export const SEARCH_LANGUAGE: Record<Locale, string> = { en: 'en', zh: LANGUAGE_TAG.zh.toLowerCase() };

export interface SearchIndexSummary {
  pages: number;
  records: number;
}

export async function buildSearchIndex(siteDir: string, corpus: Corpus, annotations: readonly AnchoredAnnotation[]): Promise<SearchIndexSummary> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = await index.addDirectory({ path: siteDir, glob: searchPagesGlob() });
    if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
    let records = 0;
    for (const locale of LOCALES) {
      for (const record of [...clauseRecords(corpus, annotations, locale), ...reportRecords(corpus, locale)]) {
        const added = await index.addCustomRecord({ ...record, language: SEARCH_LANGUAGE[locale] });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        records += 1;
      }
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: pages.page_count, records };
  } finally {
    await pagefind.close();
  }
}

export interface PagefindOptions {
  /** The ingested model the site was rendered from. */
  modelFile: string;
}

export default function pagefindIntegration({ modelFile }: PagefindOptions): AstroIntegration {
  return {
    name: 'termline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The build's progress line (scripts/build.ts) follows these.
        emitBuildEvent({ step: 'search', message: 'start' });
        const { corpus, annotations } = readSiteModel(modelFile);
        const summary = await buildSearchIndex(fileURLToPath(dir), corpus, annotations);
        const message = `${summary.pages} pages and ${summary.records} records of distinct clauses and reports`;
        logger.info(`Search index: ${message}`);
        emitBuildEvent({ step: 'search', message: `done: ${message}` });
      },
    },
  };
}
