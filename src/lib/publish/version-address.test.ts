import { describe, expect, it } from 'vitest';
import { englishVersionAddress } from './version-address.ts';

describe('englishVersionAddress', () => {
  it('reads a Chinese version address back as its English page, under the base', () => {
    expect(englishVersionAddress('/zh/acme/privacy-policy/2024-05-17/', '/')).toBe('/acme/privacy-policy/2024-05-17/');
    expect(englishVersionAddress('/termline/zh/acme/terms/2024-10-17-eu-efta-uk/', '/termline/')).toBe('/termline/acme/terms/2024-10-17-eu-efta-uk/');
    // A record date with its time is a version page's address too (a redirect to the version seen then).
    expect(englishVersionAddress('/zh/acme/terms/2024-05-17T063853/', '/')).toBe('/acme/terms/2024-05-17T063853/');
  });

  it('leaves every other address alone', () => {
    expect(englishVersionAddress('/acme/privacy-policy/2024-05-17/', '/')).toBeUndefined(); // already English
    expect(englishVersionAddress('/zh/acme/privacy-policy/', '/')).toBeUndefined(); // a document
    expect(englishVersionAddress('/zh/acme/privacy-policy/latest/', '/')).toBeUndefined(); // no version ID
    expect(englishVersionAddress('/zh/cards/acme/privacy-policy/2024-rules/', '/')).toBeUndefined(); // a card
    expect(englishVersionAddress('/zh/compare/acme/privacy-policy/2024-05-17/', '/')).toBeUndefined();
    expect(englishVersionAddress('/zh/acme/privacy-policy/2024-05-17/', '/termline/')).toBeUndefined(); // outside the base
  });
});
