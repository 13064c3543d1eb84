/**
 * The address of a version page in another language, read back: `/zh/<service>/<document>/<version or record date>/`
 * under the site's base. The 404 page sends it to the English page of that version, which is the only page of a
 * version of a document our notes do not write about (translated-pages.ts). Pure, free of Node: it runs in the browser.
 */
import { DEFAULT_LOCALE } from './i18n/locales.ts';
import { routeLocale, stripBase, withBase } from './paths.ts';

/** A version's route: a version ID or record date starts with the date it was first recorded. */
const VERSION_ROUTE = /^\/([^/]+)\/([^/]+)\/(\d{4}-\d{2}-\d{2}[^/]*)\/$/;

/** The site's own folders, whose addresses are no version's (a card's clause ID may start with a date too). */
const SITE_FOLDERS = new Set(['cards', 'compare', 'data', 'documents', 'embed', 'news', 'notes', 'og', 'oembed', 'pagefind', 'stories', 'timeline']);

/** The English page's path (under the base) of the version an other-language address names, or undefined. */
export function englishVersionAddress(path: string, base: string): string | undefined {
  const under = stripBase(path, base);
  if (!under) return undefined;
  const { locale, route } = routeLocale(under);
  const match = VERSION_ROUTE.exec(route);
  if (locale === DEFAULT_LOCALE || !match || SITE_FOLDERS.has(match[1]!)) return undefined;
  return withBase(route, base);
}
