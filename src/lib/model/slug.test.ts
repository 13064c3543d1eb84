import { describe, expect, it } from 'vitest';
import { shortSlug, UniqueIds } from './slug.ts';

describe('shortSlug', () => {
  it('keeps section numbers apart and caps the words', () => {
    expect(shortSlug('3.2 With third parties & third-party integrations.')).toBe('3-2-with-third-parties-third-party-integrations');
    expect(shortSlug('3.2 With third parties and third-party integrations.')).toBe('3-2-with-third-parties-third-party-integrations');
    expect(shortSlug('1. Who May Use the Services')).toBe('1-who-may-use-services');
    expect(shortSlug('It’s really hard to make everyone happy', 3)).toBe('its-really-hard');
    expect(shortSlug('The 24 months of the year', 2)).toBe('24-months-year');
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
