import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, tokenize } from './tokens.ts';

// Characters tokenize treats differently: spaces of several kinds, letters, combining marks, digits and their
// separators, apostrophes, CJK, link marks and the clause break.
const CHARACTERS = [' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\ufeff', 'a', 'Z', 'é', 'e\u0301', '1', '2', ',', '.', "'", '’', '中', '文', 'か', '⟨', '⟩', CLAUSE_BREAK, '-', '(', '@', '/', ':'];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('gives back the text with white space folded', () => {
    expect(tokenize('We  keep\n data ⟨https://a.example/x⟩, 15,000 days.').join('')).toBe('We keep data ⟨https://a.example/x⟩, 15,000 days.');
    expect(tokenize('数据 保存')).toEqual(['数', '据', ' 保', '存']);
  });

  it('gives its own tokens back unchanged: tokens joined need no second pass (kindOfEdits relies on it)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const joined = tokenize(t).join('');
        expect(tokenize(joined).join('')).toBe(joined);
      }),
      { numRuns: 5000 },
    );
  });
});
