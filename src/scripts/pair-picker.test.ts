import { describe, expect, it } from 'vitest';
import { pairKeyOf, pickedPair } from './pair-picker.ts';

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

describe('the pair a link of the compare index names', () => {
  it('is the last segment of its address, decoded', () => {
    expect(pairKeyOf('/termline/zh/compare/x/privacy-policy/2024-07-25..2024-10-17/')).toBe('2024-07-25..2024-10-17');
    expect(pairKeyOf('/compare/acme/terms/2024-01-01..2024-06-01-eu%2Fuk/')).toBe('2024-01-01..2024-06-01-eu/uk');
  });

  it('is nothing for any other address', () => {
    for (const path of ['/compare/x/privacy-policy/', '/x/privacy-policy/2024-10-17/', '/compare/x/p/a..b', '/compare/x/p/%E0..b/']) expect(pairKeyOf(path), path).toBeUndefined();
  });
});
