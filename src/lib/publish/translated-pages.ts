/**
 * Which version pages have a page in the other languages. A version page is the policy's own (English) text with
 * our labels around it: its translation adds our labels only. So the other-language version pages (and their
 * record-date redirects) are built only for the documents our writing is about: a note anchors in it, or a note,
 * story or translation refers to it (a clause reference, a quote, a redline, a story's comparison). Every version our
 * writing names is of such a document. Any other version is linked, from every language, at its English page
 * (marked `hreflang="en"`), and the 404 page sends an old other-language address there.
 */
import { join } from 'node:path';
import type { Corpus, PolicyDocument } from '../model/model.ts';
import { readMdxFolder } from '../notes/mdx-folder.ts';
import { localized } from './paths.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';

/** A document our writing refers to in MDX: `clause:<service>/<document>#…` or `ref="<service>/<document>#…"`. */
const DOCUMENT_REF = /(?:\bclause:|\bref=["'])([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)[#@"']/g;

/** `service/document` of every document the MDX sources (notes, stories, translations) refer to. */
export function documentsReferredTo(sources: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const source of sources) for (const m of source.matchAll(DOCUMENT_REF)) found.add(`${m[1]}/${m[2]}`);
  return found;
}

/** The MDX of every note, story and translation. */
export function writingSources(dirs: { annotationsDir: string; storiesDir: string; translationsDir: string }): string[] {
  return [
    ...readMdxFolder(dirs.annotationsDir),
    ...readMdxFolder(dirs.storiesDir),
    ...LOCALES.flatMap((locale) => ['notes', 'stories'].flatMap((kind) => readMdxFolder(join(dirs.translationsDir, locale, kind)))),
  ].map(({ source }) => source);
}

export interface WrittenAbout {
  /** Our notes: the document each anchors in. */
  annotations: readonly { data: { service: string; document: string } }[];
  /** Our stories: the comparisons each explains (`service/document@a..b`). */
  stories: readonly { comparisons: readonly string[] }[];
  /** The MDX of every note, story and translation. */
  sources: readonly string[];
}

export interface TranslatedPages {
  /** Whether the document's versions have pages in the other languages (else their English pages are the ones every language links). */
  has(document: Pick<PolicyDocument, 'service' | 'id'>): boolean;
  /** Whether `route` (a fragment allowed) is a version page, or a record date's redirect, that exists in English only. */
  englishOnly(route: string): boolean;
  /** The route of the page `route` names, in `locale`: localized, unless that page is English only. */
  pageIn(route: string, locale: Locale): string;
}

export function translatedPages(corpus: Corpus, writing: WrittenAbout): TranslatedPages {
  const about = documentsReferredTo(writing.sources);
  for (const a of writing.annotations) about.add(`${a.data.service}/${a.data.document}`);
  for (const s of writing.stories) for (const ref of s.comparisons) about.add(ref.split('@')[0]!);
  // The English routes of every version page and record date of the documents our writing is not about.
  const englishOnlyRoutes = new Set<string>();
  for (const service of corpus.services)
    for (const document of service.documents) {
      if (about.has(`${document.service}/${document.id}`)) continue;
      const folder = `/${document.service}/${document.id}/`;
      for (const version of document.versions) englishOnlyRoutes.add(`${folder}${version.id}/`);
      for (const record of document.records) englishOnlyRoutes.add(`${folder}${record.date}/`);
    }
  const englishOnly = (route: string) => englishOnlyRoutes.has(route.split('#')[0]!);
  return {
    has: (document) => about.has(`${document.service}/${document.id}`),
    englishOnly,
    pageIn: (route, locale) => (englishOnly(route) ? route : localized(route, locale)),
  };
}
