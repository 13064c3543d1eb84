/**
 * Addresses no built file holds that the site still serves: static hosts answer them with the 404 page,
 * which computes the page in the reader's browser from the dataset (a comparison of two versions no page
 * holds, in any language). What each needs from the build is known from its address alone, so the link
 * check accepts a link to one only when those files exist: a typo in a version ID still fails.
 */
import { documentDataPath, versionDataPath } from './dataset/data-paths.ts';
import { pairAddress } from './pair-address.ts';

/** The dataset files (routes) the page at `route` is computed from, or undefined when no page is computed there. */
export function computedPageSources(route: string): string[] | undefined {
  const pair = pairAddress(route, '/');
  if (pair) {
    const version = (id: string) => versionDataPath({ service: pair.service, document: pair.document, id });
    return [documentDataPath({ service: pair.service, id: pair.document }), version(pair.before), version(pair.after)];
  }
  return undefined;
}
