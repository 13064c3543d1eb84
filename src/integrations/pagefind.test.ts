import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, makeCorpus } from '../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../lib/sources/ingest.ts';
import { buildSearchIndex } from './pagefind.ts';

const bravo = (words: string) => `Bravo Notice\n============\n\nPhotos\n------\n\n${words}\n`;
const corpusWith = (bravoWords: string) =>
  ingestCorpus({
    corpusDir: makeCorpus([
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'bravo/privacy-notice/2024-05-01.md', content: bravo(bravoWords) },
    ]),
  });
const build = (corpus: ReturnType<typeof corpusWith>, cacheDir: string) => {
  const site = mkdtempSync(join(tmpdir(), 'termline-pagefind-site-'));
  return buildSearchIndex(site, corpus, [], { cacheDir }).then((summary) => ({ site, summary }));
};
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('buildSearchIndex over several services', () => {
  it('writes a bundle per service, without code, and copies an unchanged one from the cache', { timeout: 60_000 }, async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'termline-pagefind-cache-'));
    const first = await build(corpusWith('Bravo keeps parcel photographs for ninety days.'), cacheDir);
    expect(first.summary.bundles.map((b) => [b.name, Boolean(b.cached)])).toEqual([
      ['site', false],
      ['acme', false],
      ['bravo', false],
    ]);
    const acme = join(first.site, 'pagefind', 'services', 'acme');
    expect(files(acme).filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual([]);
    expect(Object.values(JSON.parse(readFileSync(join(acme, 'dates.json'), 'utf8')) as Record<string, string[]>).flat().length).toBeGreaterThan(0);

    // Bravo's words change: Acme's bundle comes from the cache, Bravo's is written again and replaces its old one.
    const second = await build(corpusWith('Bravo keeps parcel photographs for thirty days.'), cacheDir);
    expect(second.summary.bundles.map((b) => [b.name, Boolean(b.cached)])).toEqual([
      ['site', false],
      ['acme', true],
      ['bravo', false],
    ]);
    expect(files(join(second.site, 'pagefind', 'services', 'acme'))).toEqual(files(acme));
    expect(readdirSync(join(cacheDir, 'search-bundles')).filter((name) => name.startsWith('bravo-'))).toHaveLength(1);
  });
});

describe('buildSearchIndex with pages in English only', () => {
  it('keeps every clause in both languages\' indexes when the Chinese records send readers to the English pages', { timeout: 60_000 }, async () => {
    const corpus = corpusWith('Bravo keeps parcel photographs for ninety days.');
    const site = mkdtempSync(join(tmpdir(), 'termline-pagefind-site-'));
    // Every version page in English only, as on a collection our notes do not write about.
    await buildSearchIndex(site, corpus, [], { pageIn: (route) => route });
    for (const service of ['acme', 'bravo']) {
      const { languages } = JSON.parse(readFileSync(join(site, 'pagefind', 'services', service, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(languages).sort()).toEqual(['en', 'zh-hans']);
      expect(languages.en!.page_count).toBeGreaterThan(0);
      expect(languages.en!.page_count).toBe(languages['zh-hans']!.page_count);
    }
  });
});
