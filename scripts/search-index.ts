/**
 * Builds the Pagefind index into a built site: the pages that mark their main
 * content with data-pagefind-body (notes), plus records for every distinct
 * clause and for the news reports (src/lib/search-records.ts).
 *
 * One English index for everything (Pagefind keeps one index per language,
 * and a reader on an English page must find the Chinese reports too): the
 * reports' Chinese text is indexed character by character (src/lib/cjk.ts).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { AnchoredAnnotation } from '../src/lib/notes/annotations.ts';
import type { Corpus } from '../src/lib/model/model.ts';
import { clauseRecords, reportRecords } from '../src/lib/publish/search-records.ts';

export const SEARCH_LANGUAGE = 'en';

export async function buildSearchIndex(siteDir: string, corpus: Corpus, annotations: readonly AnchoredAnnotation[]): Promise<{ pages: number; records: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, keepIndexUrl: false });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = await index.addDirectory({ path: siteDir });
    if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
    const records = [...clauseRecords(corpus, annotations), ...reportRecords(corpus)];
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language: SEARCH_LANGUAGE });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: pages.page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}
