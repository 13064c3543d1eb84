/**
 * The configured address, bound once for pages: `href(route)` for links
 * inside the site (relative to the host, under the base), `absolute(route)`
 * for what leaves it (embeds, feeds, Open Graph).
 */
import { loadConfig, localSiteWarning } from '../lib/config.ts';
import { linker, localized } from '../lib/publish/paths.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/publish/i18n/locales.ts';

const config = loadConfig(process.cwd());

export const { href, absolute } = linker(config);
export const { site, base } = config;
/** Set while the build still uses the local preview address. */
export const siteWarning = localSiteWarning(config);

/** The page's locale, from Astro.currentLocale (set by the i18n routing: `zh` under /zh/). */
export function localeOf(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}

/** `href` and `absolute` for a page in `locale`: a link to another page stays in the reader's language. */
export function linksIn(locale: Locale): { href: (route: string) => string; absolute: (route: string) => string } {
  return { href: (route) => href(localized(route, locale)), absolute: (route) => absolute(localized(route, locale)) };
}
