/** Readable, stable slugs for IDs in URLs. */
import { slug as githubSlug } from 'github-slugger';

/** Words a heading gains or loses without changing what it names ("& " becomes "and "). */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'to']);

const LEADING_NUMBER_GLUED = /^(\d+(?:\.[\p{L}\d]{1,4}(?=\.))*)\.(?=\p{L})/u;
/** "3-b-i", as a glued number becomes: rides free like "3.". */
const SECTION_NUMBER = /^\d+(?:-[\p{L}\d]{1,4})*$/u;

/**
 * Slug of the first `maxWords` words of a heading or lead-in. Capping the
 * words keeps IDs short and stable when a heading grows a tail.
 */
export function shortSlug(text: string, maxWords = 5): string {
  // A clause's slug needs its first words only: slugging a prefix cut at white
  // space gives the same slug whenever the prefix holds more words than are
  // kept, and saves normalising a whole clause (a tenth of a cold ingest).
  const cut = prefixOfChunks(text, PREFIX_CHUNKS);
  if (cut.length < text.length) {
    const fromPrefix = slugWords(cut, maxWords);
    if (fromPrefix.complete) return fromPrefix.slug;
  }
  return slugOfWholeText(text, maxWords);
}

/** The slug worked out over the whole text, without the prefix shortcut: what shortSlug must always equal. */
export function slugOfWholeText(text: string, maxWords = 5): string {
  return slugWords(text, maxWords).slug;
}

/** White-space-separated chunks a slug is first tried on: far more than five words need. */
const PREFIX_CHUNKS = 40;

function prefixOfChunks(text: string, chunks: number): string {
  const gaps = /\s+/g;
  let seen = 0;
  while (gaps.exec(text)) {
    seen += 1;
    if (seen > chunks) return text.slice(0, gaps.lastIndex);
  }
  return text;
}

/** The slug of `text`, and whether more letter words were found than kept (so any text it starts gives the same slug). */
function slugWords(text: string, maxWords: number): { slug: string; complete: boolean } {
  let letterWords = 0;
  const words = text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, ' ')
    // A section number glued to its title ("3.Personal data", "2.a.Target scope") is a word of its own.
    .replace(LEADING_NUMBER_GLUED, (_match, number: string) => `${number.replace(/\./g, '-')} `)
    .replace(/\(?\bhttps?:\/\/[^\s)]+\)?/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/(\d)\.(?=\d)/g, '$1-') // "3.2" -> "3-2", not "32"
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word) && !STOP_WORDS.has(word.toLowerCase()))
    // A leading section number rides free: "1. Who May Use the Services" keeps five words.
    .filter((word) => (letterWords === 0 && (!/\p{L}/u.test(word) || SECTION_NUMBER.test(word))) || (letterWords += 1) <= maxWords);
  const slug = githubSlug(words.join(' '))
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return { slug: slug || 'untitled', complete: letterWords > maxWords };
}

/** Hands out IDs, adding -2, -3 ... to repeats. */
export class UniqueIds {
  readonly #seen = new Map<string, number>();

  take(id: string): string {
    const count = (this.#seen.get(id) ?? 0) + 1;
    this.#seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  }
}
