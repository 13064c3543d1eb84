import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bagOf, overlap } from './word-bags.ts';

describe('word bags', () => {
  it('counts each distinct word, in increasing order', () => {
    const bag = bagOf([7, 2, 7, 0, 7]);
    expect([...bag.words]).toEqual([0, 2, 7]);
    expect([...bag.counts]).toEqual([1, 1, 3]);
    expect(bag.size).toBe(5);
  });

  it('shares a word as often as both bags hold it, as a multiset intersection does', () => {
    expect(overlap(bagOf([1, 1, 1, 4]), bagOf([1, 4, 4, 9]))).toBe(2);
    fc.assert(
      fc.property(fc.array(fc.nat(6)), fc.array(fc.nat(6)), (a, b) => {
        const rest = [...b];
        let shared = 0;
        for (const w of a) {
          const at = rest.indexOf(w);
          if (at !== -1) (rest.splice(at, 1), (shared += 1));
        }
        expect(overlap(bagOf(a), bagOf(b))).toBe(shared);
      }),
    );
  });
});
