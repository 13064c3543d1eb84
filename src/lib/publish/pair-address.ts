/**
 * The address of a comparison, read back: `/compare/<service>/<document>/<a>..<b>/`
 * under the site's base, in any language (`/zh/compare/…`). What the browser's comparison reads from the
 * address a reader typed, shared or was sent to by the version picker.
 */
import type { Locale } from './i18n/locales.ts';
import { routeLocale, stripBase } from './paths.ts';

export interface PairAddress {
  /** The language the address is in: `/zh/compare/…` is the Chinese page of the pair. */
  locale: Locale;
  service: string;
  document: string;
  before: string;
  after: string;
}

/** A comparison's route (base and language prefix removed): service, document and the two versions. */
export const PAIR_ROUTE = /^\/compare\/([^/]+)\/([^/]+)\/([^/]+?)\.\.([^/]+?)\/?$/;

/** The pair a path names, or undefined when it is no comparison's address (or lies outside the base). */
export function pairAddress(path: string, base: string): PairAddress | undefined {
  const under = stripBase(path, base);
  if (!under) return undefined;
  const { locale, route } = routeLocale(under);
  const match = PAIR_ROUTE.exec(route);
  if (!match) return undefined;
  const [service, document, before, after] = match.slice(1).map((part) => {
    try {
      return decodeURIComponent(part!);
    } catch {
      return part!;
    }
  }) as [string, string, string, string];
  return { locale, service, document, before, after };
}
