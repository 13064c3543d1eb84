/**
 * The address of a clause card or a clause's embed page, read back:
 * `/cards/<service>/<document>/[<region>/]<clause-id>/`, `…/t/<hash>/` for one of its texts, and
 * `/embed/<service>/<document>/[<region>/]<clause-id>/`, under the site's base, in either language
 * (`/zh/cards/…`). What the 404 page reads to compute a card or embed page no file holds. Note cards and the
 * old per-version addresses (`…/v/<version>/`, card-redirects.ts) are not these.
 */
import type { Locale } from './i18n/locales.ts';
import { routeLocale, stripBase } from './paths.ts';

export interface CardAddress {
  kind: 'card' | 'embed';
  locale: Locale;
  service: string;
  document: string;
  /** `[<region>/]<clause-id>`: the clause's key in its document's card map. */
  key: string;
  /** The text's hash, on a pinned card's address; undefined on the card that follows the latest text. */
  hash?: string;
}

// Clause IDs are heading paths (`1-information-we-collect/…/biometric-information`), a region before them when not the default.
const CARD = /^\/cards\/([^/]+)\/([^/]+)\/(.+?)(?:\/t\/([^/]+))?\/?$/;
const EMBED = /^\/embed\/([^/]+)\/([^/]+)\/(.+?)\/?$/;

const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/** The card or embed page a path names, or undefined when it names none (or lies outside the base). */
export function cardAddress(path: string, base: string): CardAddress | undefined {
  const under = stripBase(path, base);
  if (!under) return undefined;
  const { locale, route } = routeLocale(under);
  const card = CARD.exec(route);
  const match = card ?? EMBED.exec(route);
  if (!match || match[1] === 'notes') return undefined;
  const [service, document, key] = [match[1]!, match[2]!, match[3]!].map(decode) as [string, string, string];
  // `<clause>/v/<version>` is an old per-version address (pinned-redirect.js), `<clause>/t` a hash left out.
  if (/(?:^|\/)v\/[^/]+$/.test(key) || /(?:^|\/)t(?:\/[^/]+)?$/.test(key)) return undefined;
  const hash = card?.[4];
  return { kind: card ? 'card' : 'embed', locale, service, document, key, ...(hash !== undefined ? { hash: decode(hash) } : {}) };
}

/**
 * Whether a path is an old address of a card or embed page pinned to a version (`…/<clause-id>/v/<version>/`, as
 * public/embed/pinned-redirect.js reads it: under the base, no language prefix), which that script redirects.
 */
export function isPinnedVersionAddress(path: string, base: string): boolean {
  const under = stripBase(path, base);
  return under !== undefined && /^\/(?:cards|embed)\/[^/]+\/[^/]+\/.+\/v\/[^/]+\/?$/.test(under);
}
