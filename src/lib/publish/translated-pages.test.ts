import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { documentsReferredTo, translatedPages } from './translated-pages.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus([
    { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
    { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records while your account is open.' }) },
    { path: 'acme/privacy-notice/2024-04-02T101500.md', content: acmePrivacy({ retention: 'We hold order records while your account is open.' }) },
    { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
    { path: 'globex/privacy-notice/2024-01-10.md', content: acmePrivacy({ sharing: 'Globex tells nobody.' }) },
    { path: 'globex/privacy-notice/2024-02-10.md', content: acmePrivacy({ sharing: 'Globex tells nobody.' }) },
  ]),
});
const doc = (service: string, id: string) => corpus.services.find((s) => s.id === service)!.documents.find((d) => d.id === id)!;

describe('which version pages have a page in the other languages', () => {
  it('finds the documents our MDX refers to: clause references, quotes, redlines', () => {
    const sources = [
      'See [the clause](clause:acme/terms-of-use#fees) and <ClauseQuote ref="globex/privacy-notice#sharing" />.',
      '<MiniCompare ref="initech/terms#venue" from="2024-01-01" to="2024-02-01" />, and an address: https://example.com/acme/other#x',
    ];
    expect([...documentsReferredTo(sources)].sort()).toEqual(['acme/terms-of-use', 'globex/privacy-notice', 'initech/terms']);
  });

  it('builds them for the documents a note anchors in or a story or reference names, and only those', () => {
    const pages = translatedPages(corpus, {
      annotations: [{ data: { service: 'acme', document: 'privacy-notice' } }],
      stories: [{ comparisons: ['acme/terms-of-use@2024-03-02..2024-03-02'] }],
      sources: [],
    });
    expect(pages.has(doc('acme', 'privacy-notice'))).toBe(true);
    expect(pages.has(doc('acme', 'terms-of-use'))).toBe(true);
    expect(pages.has(doc('globex', 'privacy-notice'))).toBe(false);
    expect(pages.pageIn('/acme/privacy-notice/2024-04-02/#retention', 'zh')).toBe('/zh/acme/privacy-notice/2024-04-02/#retention');
  });

  it('links every version page and record date of any other document at its English page, and nothing else', () => {
    const pages = translatedPages(corpus, { annotations: [], stories: [], sources: ['[x](clause:acme/privacy-notice#retention)'] });
    expect(pages.englishOnly('/globex/privacy-notice/2024-01-10/')).toBe(true);
    // A record date that is no version's ID (the same text again) is a redirect page, English only too.
    expect(pages.englishOnly('/globex/privacy-notice/2024-02-10/')).toBe(true);
    expect(pages.pageIn('/globex/privacy-notice/2024-01-10/#sharing', 'zh')).toBe('/globex/privacy-notice/2024-01-10/#sharing');
    expect(pages.pageIn('/globex/privacy-notice/', 'zh')).toBe('/zh/globex/privacy-notice/');
    expect(pages.pageIn('/compare/globex/privacy-notice/2024-01-10..2024-02-10/', 'zh')).toBe('/zh/compare/globex/privacy-notice/2024-01-10..2024-02-10/');
    expect(pages.englishOnly('/acme/privacy-notice/2024-04-02/')).toBe(false);
    expect(pages.englishOnly('/acme/terms-of-use/2024-03-02/')).toBe(true);
    // A typo names no page: it stays in the reader's language, where the link check finds it.
    expect(pages.pageIn('/globex/privacy-notice/2024-01-11/', 'zh')).toBe('/zh/globex/privacy-notice/2024-01-11/');
  });
});
