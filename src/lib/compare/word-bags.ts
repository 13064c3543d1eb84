/**
 * Word multisets for measuring how alike clauses are, as typed arrays: a
 * far-apart pair of long versions measures every pair of their clauses that
 * shares a word, and numbers in typed arrays are what keep that quick.
 */

/** A multiset of words: distinct word numbers in increasing order, how often each occurs, and how many words in all. */
export interface Bag {
  words: Int32Array;
  counts: Int32Array;
  size: number;
}

export function bagOf(words: readonly number[]): Bag {
  const sorted = Int32Array.from(words).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct += 1;
  const out: Bag = { words: new Int32Array(distinct), counts: new Int32Array(distinct), size: sorted.length };
  let at = -1;
  for (let i = 0; i < sorted.length; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out.words[++at] = sorted[i]!;
    out.counts[at] = out.counts[at]! + 1;
  }
  return out;
}

/** How many words two bags share, counting a word as often as both hold it. */
export function overlap(a: Bag, b: Bag): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.words.length && j < b.words.length; ) {
    if (a.words[i]! < b.words[j]!) i += 1;
    else if (a.words[i]! > b.words[j]!) j += 1;
    else shared += Math.min(a.counts[i++]!, b.counts[j++]!);
  }
  return shared;
}
