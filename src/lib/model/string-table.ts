/**
 * What the model file and the document cache share: block fields that repeat from version to version are
 * stored as numbers into a table that keeps each distinct string once. No imports, so a cache that uses it
 * depends on nothing else (sources/record-cache.ts fingerprints what each cache's code imports).
 */

/** The block fields that repeat from version to version: stored as indexes into the string table. */
export const SHARED_FIELDS = ['id', 'html', 'text', 'marked', 'title', 'section'] as const;

/** A table of strings, each kept once and numbered in the order first met (the model file's, a cached document's). */
export function stringTable(): { strings: string[]; intern(value: string): number } {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  return {
    strings,
    intern(value) {
      let index = indexOf.get(value);
      if (index === undefined) {
        index = strings.length;
        strings.push(value);
        indexOf.set(value, index);
      }
      return index;
    },
  };
}
