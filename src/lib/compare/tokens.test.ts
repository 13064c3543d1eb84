import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, COMMON_PUNCTUATION, contentWordNumberer, contentWords, contentWordsByUnicode, foldSpace, letterRuns, tokenize, tokenizeByUnicode } from './tokens.ts';

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

  it('folds white space as foldSpace does, outside link targets', () => {
    expect(foldSpace(' a \u00a0\tb\u3000 \u2029 c ')).toBe(' a b \u2029 c ');
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(!t.includes('⟨'));
        expect(foldSpace(t)).toBe(tokenize(t).join(''));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds any leading white space of a token into one plain space', () => {
    expect(tokenize('a \u00a0\tb\u3000c')).toEqual(['a', ' b', ' c']);
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) expect(token === ' ' || token === CLAUSE_BREAK || !/^\s/u.test(token) || /^ \S/u.test(token)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('contentWordNumberer', () => {
  it('numbers the words contentWords gives, the same word the same number in every text', () => {
    const numbers = contentWordNumberer();
    expect(numbers('We keep DATA ⟨https://a.example/x⟩, data.')).toEqual([0, 1, 2, 2]);
    expect(numbers('Data we delete')).toEqual([2, 0, 3]);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const number = contentWordNumberer();
        const words = [...contentWords(a), ...contentWords(b)];
        const ids = [...number(a), ...number(b)];
        expect(ids.length).toBe(words.length);
        words.forEach((word, i) => words.forEach((other, j) => expect(ids[i] === ids[j]).toBe(word === other)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the common patterns', () => {
  // Latin-1 letters at the edges of its ranges, what lies between them (× ÷ are not letters), letters it leaves to
  // the full patterns (ª µ º), numbers it does not know (² ½), a combining mark, CJK, and the common punctuation.
  const LATIN_TEXT = [...CHARACTERS, 'a', 'b', 'Q', '9', '0', ' ', ' ', "'", '.', ',', 'À', 'Ö', '×', 'Ø', 'ö', '÷', 'ø', 'ÿ', 'ß', 'ª', 'µ', 'º', '²', '½', '\u0301', '中', ...COMMON_PUNCTUATION];
  const latin = fc.array(fc.constantFrom(...LATIN_TEXT), { maxLength: 40 }).map((parts) => parts.join(''));

  it('know only punctuation that is no letter, mark, number or space', () => {
    for (const c of COMMON_PUNCTUATION) expect(/[\p{L}\p{M}\p{N}\s]/u.test(c)).toBe(false);
  });

  it('give the tokens and words the full Unicode patterns give', () => {
    expect(tokenize('Über 1.5 days’ “data” — ⟨https://a.example/x⟩')).toEqual(tokenizeByUnicode('Über 1.5 days’ “data” — ⟨https://a.example/x⟩'));
    fc.assert(
      fc.property(latin, (t) => {
        expect(tokenize(t)).toEqual(tokenizeByUnicode(t));
        expect(contentWords(t)).toEqual(contentWordsByUnicode(t));
        expect(letterRuns(t)).toEqual(t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 10000 },
    );
  });
});
