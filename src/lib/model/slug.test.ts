import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortSlug, slugOfWholeText, UniqueIds } from './slug.ts';

describe('shortSlug', () => {
  it('slugs a long clause from its first words exactly as from its whole text', () => {
    // Made-up words: stop words, bare numbers and URLs ride free or drop out, so a slug may need words far in.
    const word = fc.constantFrom('the', 'of', 'and', '3.2', '12', '—', 'https://example.test/a', '(https://example.test/b)', 'data', 'Share', 'it’s', 'café', '数据', '\u200b', 'e.g.Parcels');
    const gap = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t', '\u3000');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 120 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 6 }), (t, max) => shortSlug(t, max) === slugOfWholeText(t, max)), { numRuns: 400 });
    expect(shortSlug(`1. ${'the of and 12 '.repeat(30)}Words found late here`)).toBe('1-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-12-words-found-late-here');
  });

  it('keeps section numbers apart and caps the words', () => {
    expect(shortSlug('3.2 With third parties & third-party integrations.')).toBe('3-2-with-third-parties-third-party-integrations');
    expect(shortSlug('3.2 With third parties and third-party integrations.')).toBe('3-2-with-third-parties-third-party-integrations');
    expect(shortSlug('1. Who May Use the Services')).toBe('1-who-may-use-services');
    expect(shortSlug('It’s really hard to make everyone happy', 3)).toBe('its-really-hard');
    expect(shortSlug('The 24 months of the year', 2)).toBe('24-months-year');
  });

  it('keeps a section number glued to its title apart, as collections capture them', () => {
    expect(shortSlug('3.Personal data to be collected')).toBe('3-personal-data-be-collected');
    expect(shortSlug('2.b.Rules we follow here')).toBe('2-b-rules-we-follow-here');
    expect(shortSlug('4.\u200bHow to reach us')).toBe('4-how-reach-us');
    expect(shortSlug('e.g.Parcels')).toBe('egparcels');
  });

  it('drops URLs and keeps letters of any script', () => {
    expect(shortSlug('Our Privacy Policy (https://acme.example/privacy) says')).toBe('our-privacy-policy-says');
    expect(shortSlug('数据 安全')).toBe('数据-安全');
    expect(shortSlug('***')).toBe('untitled');
  });
});

describe('UniqueIds', () => {
  it('numbers repeats from 2', () => {
    const ids = new UniqueIds();
    expect([ids.take('a'), ids.take('a'), ids.take('b'), ids.take('a')]).toEqual(['a', 'a-2', 'b', 'a-3']);
  });
});
