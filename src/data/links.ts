/**
 * The configured address, bound once for pages: `href(route)` for links
 * inside the site (relative to the host, under the base), `absolute(route)`
 * for what leaves it (embeds, feeds, Open Graph).
 */
import { loadConfig, localSiteWarning } from '../lib/config.ts';
import { linker, localized } from '../lib/publish/paths.ts';
import { DEFAULT_LOCALE, isLocale, LANGUAGE_TAG, type Locale } from '../lib/publish/i18n/locales.ts';
import { versionPages } from './version-pages.ts';

const config = loadConfig(process.cwd());

export const { href, absolute } = linker(config);
export const { site, base } = config;
/** Set while the build still uses the local preview address. */
export const siteWarning = localSiteWarning(config);

/** The page's locale, from Astro.currentLocale (set by the i18n routing: `zh` under /zh/). */
export function localeOf(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}

/**
 * `href` and `absolute` for a page in `locale`: a link to another page stays in the reader's language, where that
 * page has one (a version page of a document our writing is not about is English only: data/version-pages.ts);
 * `hreflang(route)` is the language of the page a link leads to when it is not the reader's (`en`), for the link's
 * `hreflang` attribute.
 */
export function linksIn(locale: Locale): {
  href: (route: string) => string;
  absolute: (route: string) => string;
  hreflang: (route: string) => string | undefined;
} {
  const pageIn = (route: string) => (locale === DEFAULT_LOCALE ? localized(route, locale) : versionPages.pageIn(route, locale));
  return {
    href: (route) => href(pageIn(route)),
    absolute: (route) => absolute(pageIn(route)),
    hreflang: (route) => (locale !== DEFAULT_LOCALE && versionPages.englishOnly(route) ? LANGUAGE_TAG[DEFAULT_LOCALE] : undefined),
  };
}
