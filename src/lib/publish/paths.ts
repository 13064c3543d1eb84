/**
 * Every URL the site makes, in one place. Two kinds:
 *
 * - A *route* is a page's path inside the site, without the base: `/x/privacy-policy/`.
 *   Route builders below return routes; data (cards, timeline links, search
 *   records) stores routes, so it does not depend on where the site is served.
 * - What a page writes into `href`/`src` is `withBase(route, base)`: relative to
 *   the host, so links work on any host that serves the site at `base`
 *   (`/` or, for a GitHub Pages project site, `/termline/`).
 *
 * Only what leaves the site (card snippets, oEmbed, feeds, the sitemap, Open
 * Graph, a card's links) is absolute, with `absoluteUrl` and the configured
 * `site`. Pure functions, in the manner of Starlight's utils/path.ts.
 */
import type { PolicyDocument, Version } from '../model/model.ts';
import { DEFAULT_REGION } from '../model/marks.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locales.ts';

/** The address a build uses when no `site` is configured: the local preview. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** `''`, `/`, `termline`, `/termline`, `/termline/` -> `/` or `/termline/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A route (`/…` or `#…`) as an href under the base; a fragment alone stays a fragment. */
export function withBase(route: string, base: string): string {
  if (route.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(route)) return route;
  if (!route.startsWith('/')) throw new Error(`withBase: "${route}" is not a route (it must start with "/")`);
  return `${normalizeBase(base)}${route.slice(1)}`;
}

/** The route of an href under the base, or undefined when the href lies outside it. */
export function stripBase(path: string, base: string): string | undefined {
  const prefix = normalizeBase(base);
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : undefined;
}

export interface SiteAddress {
  /** The public origin, e.g. `https://example.org` (a path here must equal the base). */
  site: string;
  base: string;
}

/** A route as an absolute URL, for what leaves the site. */
export function absoluteUrl(route: string, { site, base }: SiteAddress): string {
  return new URL(withBase(route, base), site).href;
}

/** Both ways of writing a route, bound to one configuration. */
export function linker(address: SiteAddress): { href: (route: string) => string; absolute: (route: string) => string } {
  return { href: (route) => withBase(route, address.base), absolute: (route) => absoluteUrl(route, address) };
}

type DocumentRef = Pick<PolicyDocument, 'service' | 'id'>;
type VersionRef = Pick<Version, 'service' | 'document' | 'id'>;

export const homePath = (): string => '/';
export const searchPath = (): string => '/search/';
export const notesIndexPath = (): string => '/notes/';
export const newsIndexPath = (): string => '/news/';
export const siteFeedPath = (): string => '/feed.xml';
export const sitemapPath = (): string => '/sitemap-index.xml';
/** Where Pagefind's bundle lives; its default base URL for results is this folder's parent. */
export const pagefindPath = (): string => '/pagefind/pagefind.js';
/** Where one service's clause bundle lives (merged into the site bundle's search on request); Pagefind wants the folder. */
export function serviceSearchBundlePath(service: { id: string }): string {
  return `/pagefind/services/${service.id}/`;
}
export const embedScriptPath = (): string => '/embed.js';
export const cardScriptPath = (): string => '/embed/card.js';

export function documentPath(doc: DocumentRef): string {
  return `/${doc.service}/${doc.id}/`;
}

export function documentFeedPath(doc: DocumentRef): string {
  return `${documentPath(doc)}feed.xml`;
}

export function versionPath(version: VersionRef): string {
  return `/${version.service}/${version.document}/${version.id}/`;
}

export function clausePath(version: VersionRef, clauseId: string): string {
  return `${versionPath(version)}#${clauseId}`;
}

export function comparePath(before: VersionRef, after: Pick<Version, 'id'>): string {
  return `/compare/${before.service}/${before.document}/${before.id}..${after.id}/`;
}

/** One change in a comparison, by the clause it is about. */
export function changePath(before: VersionRef, after: Pick<Version, 'id'>, clauseId: string): string {
  return `${comparePath(before, after)}#change-${clauseId}`;
}

export function compareIndexPath(doc: DocumentRef): string {
  return `/compare/${doc.service}/${doc.id}/`;
}

export function timelinePath(doc?: DocumentRef): string {
  return doc ? `/timeline/${doc.service}/${doc.id}/` : '/timeline/';
}

export function reportPath(report: { id: string }): string {
  return `/news/${report.id}/`;
}

export function storyPath(story: { id: string }): string {
  return `/stories/${story.id}/`;
}

export const storiesIndexPath = (): string => '/stories/';
export const servicesIndexPath = (): string => '/services/';

export function servicePath(service: { id: string }): string {
  return `/${service.id}/`;
}

export function serviceFeedPath(service: { id: string }): string {
  return `${servicePath(service)}feed.xml`;
}

/** Every document of one type across services ("every privacy policy"). */
export function documentTypePath(type: { id: string }): string {
  return `/documents/${type.id}/`;
}

/**
 * The folders of the pages that mark their content for the search index (data-pagefind-body: notes and
 * stories), in every locale, as a glob for Pagefind. It reads these alone: every other page is indexed
 * through records (search-records.ts), and parsing the whole site to find the few marked pages took it
 * past 11 GB on the archive's collection (25,000 pages for 80 marked).
 */
export function searchPageFolders(): string[] {
  return LOCALES.flatMap((locale) => [notePath({ data: { id: '' } }), storyPath({ id: '' })].map((route) => localized(route, locale).replace(/^\/|\/+$/g, '')));
}

export function searchPagesGlob(): string {
  return `{${searchPageFolders().join(',')}}/**/*.html`;
}

export function notePath(annotation: { data: { id: string } }): string {
  return `/notes/${annotation.data.id}/`;
}

/** Where a clause's default card lives: regional texts other than the default add their region. */
export function clauseCardPath(document: DocumentRef, region: string, clauseId: string): string {
  const regionPart = region === DEFAULT_REGION ? '' : `${region}/`;
  return `/cards/${document.service}/${document.id}/${regionPart}${clauseId}/`;
}

/** A clause card pinned to one text of the clause, by its content hash (see card-texts.ts). */
export function textCardPath(defaultCardPath: string, hash: string): string {
  return `${defaultCardPath}t/${hash}/`;
}

/**
 * The address a card pinned to one version had until cards were made one per
 * distinct text. No longer built: the 404 page redirects it (card-redirects.ts).
 */
export function pinnedCardPath(defaultCardPath: string, version: Pick<Version, 'id'>): string {
  return `${defaultCardPath}v/${version.id}/`;
}

/** One document's map from (clause, version) to text hash, which the 404 page reads to redirect those addresses. */
export function pinnedVersionMapPath(doc: DocumentRef): string {
  return `/cards/${doc.service}/${doc.id}/pinned-versions.json`;
}

/** One shard of that map (card-redirects.ts, splitCardMap): the clauses whose key falls in it. */
export function cardMapShardPath(doc: DocumentRef, shard: number): string {
  return `/cards/${doc.service}/${doc.id}/pinned-versions/${shard}.json`;
}

export const pinnedRedirectScriptPath = (): string => '/embed/pinned-redirect.js';

/** The fragment of a clause's embed page that offers one of its texts. */
export function embedTextFragment(hash: string): string {
  return `t-${hash}`;
}

/** A document's social image: what pages and cards without an image of their own show. */
export function documentImagePath(doc: DocumentRef): string {
  return `/og/${doc.service}/${doc.id}.png`;
}

export function noteCardPath(annotation: { data: { id: string } }): string {
  return `/cards/notes/${annotation.data.id}/`;
}

/** A card's embed page: the same address space under /embed/. */
export function embedPagePath(cardPath: string): string {
  return cardPath.replace(/^\/cards\//, '/embed/');
}

/**
 * oEmbed JSON and social image for a card, beside the card's own address space; a translated card's
 * (`/zh/cards/…`) go under the locale's folder: `/oembed/zh/….json`, `/og/zh/….png`.
 */
export function cardAssetPaths(card: { path: string }): { oembed: string; image: string } {
  const { locale, route } = routeLocale(card.path);
  const key = `${locale === DEFAULT_LOCALE ? '' : `${locale}/`}${route.replace(/^\/cards\//, '').replace(/\/$/, '')}`;
  return { oembed: `/oembed/${key}.json`, image: `/og/${key}.png` };
}

/**
 * A card's address in `locale`: `/zh/cards/…` for Chinese. Cards stay out of `localized` (most have no
 * translated twin: which do is the data's choice, src/data/cards.ts), so only that choice calls this.
 */
export function localizedCardPath(cardPath: string, locale: Locale): string {
  return `${localePrefix(locale)}${routeLocale(cardPath).route}`;
}

/** A translated card's social image (`/og/zh/….png`): the English one's address under the locale's folder. */
export function localizedImagePath(imagePath: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? imagePath : imagePath.replace(/^\/og\//, `/og/${locale}/`);
}

/**
 * Routes every language shares rather than mirrors: files, not pages (the
 * dataset, the search bundle, card images and oEmbed answers, scripts, the
 * sitemap), and the cards and their embed pages, which are one per clause in
 * the clause's own language.
 */
const SHARED_ROUTES = /^\/(?:data\/|pagefind\/|og\/|oembed\/|cards\/|embed\/|embed\.js$|favicon\.svg$|sitemap|_astro\/|robots\.txt$)/;

/** The route's prefix for a locale: none for the default language, `/zh` for Chinese. */
function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The prefixes of the languages not at the root (`/zh`), as routeLocale reads them: for scripts that cannot import this module. */
export const LOCALE_PREFIXES: readonly string[] = LOCALES.map(localePrefix).filter(Boolean);

/**
 * A page's route in `locale` (`/notes/` -> `/zh/notes/`), from the route of either language (a translated note links
 * `/zh/notes/…` already); shared files stay as they are.
 */
export function localized(route: string, locale: Locale): string {
  if (!route.startsWith('/') || SHARED_ROUTES.test(route)) return route;
  return `${localePrefix(locale)}${routeLocale(route).route}`;
}

/** A route split into its locale and the English route it mirrors: `/zh/notes/` -> zh, `/notes/`. */
export function routeLocale(route: string): { locale: Locale; route: string } {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    if (prefix && (route === prefix || route.startsWith(`${prefix}/`))) return { locale, route: route.slice(prefix.length) || '/' };
  }
  return { locale: DEFAULT_LOCALE, route };
}

/** The same page in every language, for the language switch and `hreflang`: the route of `route` in each locale. */
export function alternateRoutes(route: string): Record<Locale, string> {
  const english = routeLocale(route).route;
  return Object.fromEntries(LOCALES.map((locale) => [locale, localized(english, locale)])) as Record<Locale, string>;
}

/** A document's key in build manifests and ownership: `<service>/<document>`. */
export function documentKeyOf(doc: DocumentRef): string {
  return `${doc.service}/${doc.id}`;
}

/** Folders whose next two segments name a document: `/compare/<service>/<document>/…`, `/data/<service>/<document>.json`. */
const DOCUMENT_FOLDERS = new Set(['compare', 'timeline', 'cards', 'embed', 'data', 'og', 'oembed']);

/**
 * The document whose pages include this route (`<service>/<document>`), or undefined for a page of the whole site
 * (home, indexes, notes, services, the search bundle…). Every page and file made from one document alone lives
 * under one of its addresses: `/<s>/<d>/…`, `/compare|timeline|cards|embed|data/<s>/<d>…`, `/og|oembed/[zh/]<s>/<d>…`,
 * in either language. `documents` is the set of documents' keys: a route is owned only by a document that exists,
 * so `/notes/<id>/` or `/cards/notes/<id>/` is never taken for a document's. An incremental build keeps the
 * previous build's files of the documents it does not rebuild by this (scripts/build.ts).
 */
export function documentOwningRoute(route: string, documents: ReadonlySet<string>): string | undefined {
  const segments = routeLocale(route).route.split('/').filter(Boolean);
  const keyAt = (i: number) => (segments.length > i + 1 ? `${segments[i]}/${segments[i + 1]!.replace(/\.(?:json|png)$/, '')}` : undefined);
  const candidates = [keyAt(0)];
  if (DOCUMENT_FOLDERS.has(segments[0]!)) {
    candidates.push(keyAt(1));
    // Shared images and oEmbed answers of a translated card sit under the locale's folder: /og/zh/<s>/<d>/….
    if ((segments[0] === 'og' || segments[0] === 'oembed') && LOCALE_PREFIXES.includes(`/${segments[1]}`)) candidates.push(keyAt(2));
  }
  return candidates.find((key) => key !== undefined && documents.has(key));
}

/** The same for a file of a built site, by its path inside the site's folder (`x/privacy-policy/index.html`). */
export function documentOwningFile(file: string, documents: ReadonlySet<string>): string | undefined {
  return documentOwningRoute(`/${file.split('\\').join('/')}`, documents);
}

/** The same for an absolute URL of the site (a sitemap entry), under its base; undefined for a URL outside it. */
export function documentOwningUrl(url: string, base: string, documents: ReadonlySet<string>): string | undefined {
  const route = stripBase(new URL(url).pathname, base);
  return route === undefined ? undefined : documentOwningRoute(route, documents);
}
