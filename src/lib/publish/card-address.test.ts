import { describe, expect, it } from 'vitest';
import { cardAddress, isPinnedVersionAddress } from './card-address.ts';
import { clauseCardPath, embedPagePath, localizedCardPath, textCardPath } from './paths.ts';

const doc = { service: 'acme', id: 'privacy-notice' };

describe('cardAddress', () => {
  it('reads the card following the latest text, and one pinned to a text, under the base', () => {
    expect(cardAddress('/cards/acme/privacy-notice/1-what-we-collect/we-collect-your-data/', '/')).toEqual({
      kind: 'card',
      locale: 'en',
      service: 'acme',
      document: 'privacy-notice',
      key: '1-what-we-collect/we-collect-your-data',
    });
    expect(cardAddress('/termline/cards/acme/privacy-notice/1-what-we-collect/we-collect-your-data/t/0123456789/', '/termline/')).toEqual({
      kind: 'card',
      locale: 'en',
      service: 'acme',
      document: 'privacy-notice',
      key: '1-what-we-collect/we-collect-your-data',
      hash: '0123456789',
    });
  });

  it('keeps a region in the clause key, reads the Chinese twin and the embed page', () => {
    expect(cardAddress('/cards/acme/terms/eu/9-general/governing-law/t/abcdef0123/', '/')).toMatchObject({ key: 'eu/9-general/governing-law', hash: 'abcdef0123' });
    expect(cardAddress('/zh/cards/acme/terms/9-general/governing-law/', '/')).toMatchObject({ kind: 'card', locale: 'zh', key: '9-general/governing-law' });
    expect(cardAddress('/embed/acme/terms/eu/9-general/governing-law/', '/')).toEqual({ kind: 'embed', locale: 'en', service: 'acme', document: 'terms', key: 'eu/9-general/governing-law' });
    expect(cardAddress('/termline/zh/embed/acme/terms/9-general/governing-law', '/termline/')).toMatchObject({ kind: 'embed', locale: 'zh' });
  });

  it('reads back every address the path builders write', () => {
    for (const region of ['worldwide', 'eu']) {
      const card = clauseCardPath(doc, region, '3-sharing/sharing-with-partners');
      const key = region === 'worldwide' ? '3-sharing/sharing-with-partners' : 'eu/3-sharing/sharing-with-partners';
      expect(cardAddress(card, '/')).toMatchObject({ kind: 'card', key });
      expect(cardAddress(textCardPath(card, 'ffffffffff'), '/')).toMatchObject({ kind: 'card', key, hash: 'ffffffffff' });
      expect(cardAddress(localizedCardPath(textCardPath(card, 'ffffffffff'), 'zh'), '/')).toMatchObject({ locale: 'zh', key, hash: 'ffffffffff' });
      expect(cardAddress(embedPagePath(card), '/')).toMatchObject({ kind: 'embed', key });
    }
  });

  it('is undefined for note cards, old per-version addresses, a missing hash, other pages and other bases', () => {
    expect(cardAddress('/cards/notes/some-note/', '/')).toBeUndefined();
    expect(cardAddress('/cards/acme/terms/9-general/governing-law/v/2024-10-17/', '/')).toBeUndefined();
    expect(cardAddress('/cards/acme/terms/eu/9-general/governing-law/v/2024-10-17/', '/')).toBeUndefined();
    expect(cardAddress('/embed/acme/terms/9-general/governing-law/v/2024-10-17/', '/')).toBeUndefined();
    expect(cardAddress('/cards/acme/terms/9-general/governing-law/t/', '/')).toBeUndefined();
    expect(cardAddress('/cards/acme/terms/', '/')).toBeUndefined();
    expect(cardAddress('/embed/acme/terms/9-general/governing-law/t/0123456789/', '/')).toBeUndefined();
    expect(cardAddress('/acme/terms/2024-01-01/', '/')).toBeUndefined();
    expect(cardAddress('/cards/acme/terms/9-general/governing-law/', '/termline/')).toBeUndefined();
  });
});

describe('isPinnedVersionAddress', () => {
  it('is true for an old per-version card or embed address under the base, regions included, and for nothing else', () => {
    expect(isPinnedVersionAddress('/cards/acme/terms/9-general/governing-law/v/2024-10-17/', '/')).toBe(true);
    expect(isPinnedVersionAddress('/termline/cards/acme/terms/eu/9-general/governing-law/v/2024-10-17', '/termline/')).toBe(true);
    expect(isPinnedVersionAddress('/embed/acme/terms/9-general/governing-law/v/2024-10-17/', '/')).toBe(true);
    expect(isPinnedVersionAddress('/cards/acme/terms/9-general/governing-law/v/2024-10-17/', '/termline/')).toBe(false);
    expect(isPinnedVersionAddress('/cards/acme/terms/9-general/governing-law/', '/')).toBe(false);
    expect(isPinnedVersionAddress('/cards/acme/terms/v/2024-10-17/', '/')).toBe(false);
    expect(isPinnedVersionAddress('/compare/acme/terms/2024-01-01..2024-06-01/', '/')).toBe(false);
  });
});
