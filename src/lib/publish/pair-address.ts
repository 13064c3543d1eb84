/**
 * The address of a comparison, read back: `/compare/<service>/<document>/<a>..<b>/`
 * under the site's base. What the browser's comparison reads from the
 * address a reader typed, shared or was sent to by the version picker.
 */
import { stripBase } from './paths.ts';

export interface PairAddress {
  service: string;
  document: string;
  before: string;
  after: string;
}

const PAIR = /^\/compare\/([^/]+)\/([^/]+)\/([^/]+?)\.\.([^/]+?)\/?$/;

/** The pair a path names, or undefined when it is no comparison's address (or lies outside the base). */
export function pairAddress(path: string, base: string): PairAddress | undefined {
  const route = stripBase(path, base);
  const match = route && PAIR.exec(route);
  if (!match) return undefined;
  const [service, document, before, after] = match.slice(1).map((part) => {
    try {
      return decodeURIComponent(part!);
    } catch {
      return part!;
    }
  }) as [string, string, string, string];
  return { service, document, before, after };
}
