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
  return bagger()(words);
}

/**
 * Makes bags, counting in one array indexed by word number (numbers are small and dense), which it leaves zeroed:
 * one pass over the words and a sort of the distinct ones, where sorting every word was most of a bag's cost.
 */
export function bagger(): (words: readonly number[]) => Bag {
  let counts = new Int32Array(1024);
  return (words) => {
    const distinct: number[] = [];
    for (const w of words) {
      if (w >= counts.length) {
        const grown = new Int32Array(Math.max(w + 1, counts.length * 2));
        grown.set(counts);
        counts = grown;
      }
      if (counts[w] === 0) distinct.push(w);
      counts[w] = counts[w]! + 1;
    }
    const bag: Bag = { words: Int32Array.from(distinct).sort(), counts: new Int32Array(distinct.length), size: words.length };
    for (let k = 0; k < bag.words.length; k += 1) {
      bag.counts[k] = counts[bag.words[k]!]!;
      counts[bag.words[k]!] = 0;
    }
    return bag;
  };
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
