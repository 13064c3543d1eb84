import { describe, expect, it } from 'vitest';
import { pairAddress } from './pair-address.ts';

describe('pairAddress', () => {
  it('reads the service, the document and both versions of a comparison address, under the base', () => {
    expect(pairAddress('/compare/acme/privacy-notice/2024-01-01..2024-06-01-eu/', '/')).toEqual({
      locale: 'en',
      service: 'acme',
      document: 'privacy-notice',
      before: '2024-01-01',
      after: '2024-06-01-eu',
    });
    expect(pairAddress('/termline/compare/acme/terms/2024-01-01..2024-02-01', '/termline/')?.after).toBe('2024-02-01');
    expect(pairAddress('/termline/zh/compare/acme/terms/2024-01-01..2024-02-01/', '/termline/')).toMatchObject({ locale: 'zh', document: 'terms' });
  });

  it('reads a comparison of the Chinese site, under the base', () => {
    expect(pairAddress('/termline/zh/compare/acme/terms/2024-01-01..2024-02-01/', '/termline/')).toEqual({
      service: 'acme',
      document: 'terms',
      before: '2024-01-01',
      after: '2024-02-01',
      locale: 'zh',
    });
  });

  it('is undefined for any other address, or one outside the base', () => {
    expect(pairAddress('/compare/acme/terms/', '/')).toBeUndefined();
    expect(pairAddress('/acme/terms/2024-01-01/', '/')).toBeUndefined();
    expect(pairAddress('/compare/acme/terms/2024-01-01..2024-02-01/', '/termline/')).toBeUndefined();
    expect(pairAddress('/compare/acme/terms/2024-01-01..2024-02-01/extra/', '/')).toBeUndefined();
  });
});
