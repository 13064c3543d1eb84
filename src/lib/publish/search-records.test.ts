import { describe, expect, it } from 'vitest';
import { acmeNews, acmePrivacy, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { hasCjk, spaceCjk } from '../model/cjk.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { clauseRecords, documentRecords, reportRecords, searchBundlesPerService, serviceClauseRecords } from './search-records.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus(
    [
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open.' }) },
      { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open, and a year more.' }) },
    ],
    { '2024-03-02-example-acme.md': acmeNews() },
  ),
});

describe('clauseRecords', () => {
  it('makes one record per distinct clause text, pointing at the latest version that has it', () => {
    const records = clauseRecords(corpus, []);
    const couriers = records.filter((r) => r.content.startsWith('Delivery partners.'));
    expect(couriers).toHaveLength(1);
    expect(couriers[0]).toMatchObject({
      url: '/acme/privacy-notice/2024-05-02/#2-how-we-pass-things-on/2-1-with-helpers/delivery-partners',
      meta: { versions: 'In 3 versions, first recorded 2 March 2024 to 2 May 2024', date: '2024-05-02' },
      filters: { kind: ['Policy text'] },
    });
    // The versions are told in the result's text, not as a filter (its size grows with versions times records).
    expect(couriers[0]!.filters).not.toHaveProperty('version');
    const retention = records.filter((r) => r.content.startsWith('We hold order records'));
    expect(retention.map((r) => r.url.split('/')[3]).sort()).toEqual(['2024-03-02', '2024-04-02', '2024-05-02']);
  });
});

describe('records split by service', () => {
  const twoServices = ingestCorpus({
    corpusDir: makeCorpus([
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'bravo/privacy-notice/2024-05-01.md', content: 'Bravo Notice\n============\n\nPhotos\n------\n\nBravo keeps parcel photographs for ninety days.\n' },
    ]),
  });

  it('gives each service its own bundle only when there are several', () => {
    expect(searchBundlesPerService(corpus)).toBe(false);
    expect(searchBundlesPerService(twoServices)).toBe(true);
  });

  it('leaves the service out of a service bundle (the search page adds it) and tags it in a bundle of several', () => {
    const bravo = twoServices.services.find((s) => s.id === 'bravo')!;
    const own = serviceClauseRecords(bravo, []);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => !('service' in r.filters) && r.url.startsWith('/bravo/'))).toBe(true);
    const all = clauseRecords(twoServices, []);
    expect(new Set(all.map((r) => r.filters.service?.[0]))).toEqual(new Set(['Acme', 'Bravo']));
    expect(all.filter((r) => r.filters.service?.[0] === 'Bravo').map((r) => r.url)).toEqual(own.map((r) => r.url));
  });

  it('keeps a Chinese record at its own address when its page is in English only, and names the English page', () => {
    const bravo = twoServices.services.find((s) => s.id === 'bravo')!;
    const englishOnly = (route: string, locale: string) => (route.startsWith('/bravo/') || locale === 'en' ? route : `/${locale}${route}`);
    const english = serviceClauseRecords(bravo, [], 'en', { pageIn: englishOnly });
    const chinese = serviceClauseRecords(bravo, [], 'zh', { pageIn: englishOnly });
    // Pagefind keys records by URL: the same URL in both languages would leave one of them.
    expect(chinese.map((r) => r.url)).toEqual(english.map((r) => `/zh${r.url}`));
    expect(chinese.map((r) => r.meta.page_en)).toEqual(english.map((r) => r.url));
    expect(english.every((r) => !('page_en' in r.meta))).toBe(true);
  });

  it('names every document once in the site bundle, in the index of each language', () => {
    const records = documentRecords(twoServices);
    expect(records.map((r) => r.url).sort()).toEqual(['/acme/privacy-notice/', '/bravo/privacy-notice/']);
    expect(records.find((r) => r.url === '/bravo/privacy-notice/')).toMatchObject({
      meta: { versions: '1 version recorded, 1 May 2024', date: '2024-05-01' },
      filters: { kind: ['Policy document'], service: ['Bravo'] },
    });
    expect(documentRecords(twoServices, 'zh').map((r) => r.url)).toContain('/zh/bravo/privacy-notice/');
  });
});

describe('clauseRecords over a clause reworded a little', () => {
  const reworded = ingestCorpus({
    corpusDir: makeCorpus([
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open and for audits.' }) },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records while your account stays open and for audits.' }) },
      { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy({ retention: 'Order records are deleted at once.' }) },
    ]),
  });

  it('makes near-identical wordings of one clause one result, listing its versions and keeping the old words searchable', () => {
    const records = clauseRecords(reworded, []).filter((r) => r.content.includes('order records') || r.content.includes('Order records'));
    expect(records).toHaveLength(2);
    const folded = records.find((r) => r.content.startsWith('We hold'))!;
    expect(folded.url).toContain('/2024-04-02/');
    expect(folded.meta.versions).toBe('In 2 versions (2 wordings), first recorded 2 March 2024 to 2 April 2024');
    expect(folded.content).toContain('Earlier wording: We hold order records while your account is open');
  });
});

describe('reportRecords and CJK spacing', () => {
  it('index reports with their opening as a description', () => {
    const [record] = reportRecords(corpus);
    expect(record).toMatchObject({ url: '/news/2024-03-02-example-acme/', filters: { kind: ['News report'] }, meta: { date: '2024-03-02' } });
    expect(record!.meta.description).toMatch(/^Acme Widgets changed its privacy notice/);
  });

  it('space CJK characters and leave Latin words whole', () => {
    expect(spaceCjk('X平台用户数据训练AI')).toBe('X 平 台 用 户 数 据 训 练 AI');
    expect(spaceCjk('third-party collaborators')).toBe('third-party collaborators');
    expect(hasCjk('隐私')).toBe(true);
    expect(hasCjk('privacy')).toBe(false);
  });
});
