import { describe, expect, it } from 'vitest';
import { pickedPair } from './pair-picker.ts';

describe('the pair the picker names', () => {
  const order = { a: ['worldwide', 0], b: ['eu', 1], c: ['worldwide', 2] } as Record<string, [string, number]>;

  it('is older first, whichever way round it was picked', () => {
    expect(pickedPair(order, 'c', 'a')).toEqual({ older: 'a', newer: 'c' });
    expect(pickedPair(order, 'a', 'c')).toEqual({ older: 'a', newer: 'c' });
  });

  it('is a problem across regions, and nothing for one version twice or an unknown one', () => {
    expect(pickedPair(order, 'a', 'b')).toBe('regions');
    expect(pickedPair(order, 'a', 'a')).toBeUndefined();
    expect(pickedPair(order, 'a', 'z')).toBeUndefined();
  });
});
