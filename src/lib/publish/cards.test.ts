import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { cjkFontsFor, renderCardImage } from './card-image.ts';
import { clauseCards, holdsBlocks } from './cards.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { oembedFor } from './oembed.ts';
import { cardAssetPaths } from './paths.ts';

const corpus = ingestCorpus({
  corpusDir: makeCorpus([
    { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
    { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ sharing: 'Couriers and lockers receive your street address.' }) },
    { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
  ]),
});
const cards = clauseCards(corpus, []);

describe('clauseCards', () => {
  it('gives every clause a pinned card per version, and a default card following the latest', () => {
    const delivery = cards.filter((c) => c.clause.id === '2-how-we-pass-things-on/2-1-with-helpers/delivery-partners');
    expect(delivery.map((c) => [c.path, c.pinned, c.change.kind])).toEqual([
      ['/cards/acme/privacy-notice/2-how-we-pass-things-on/2-1-with-helpers/delivery-partners/v/2024-03-02/', true, 'first'],
      ['/cards/acme/privacy-notice/2-how-we-pass-things-on/2-1-with-helpers/delivery-partners/v/2024-04-02/', true, 'changed'],
      ['/cards/acme/privacy-notice/2-how-we-pass-things-on/2-1-with-helpers/delivery-partners/', false, 'changed'],
    ]);
    expect(delivery[2]!.change.redline).toContain('<ins>');
  });

  it('keeps the regional texts of one clause apart', () => {
    const scraping = cards.filter((c) => !c.pinned && c.clause.id === '2-scraping/copying-more-than-thousand-listings-day');
    expect(scraping.map((c) => c.path)).toEqual([
      '/cards/acme/terms-of-use/2-scraping/copying-more-than-thousand-listings-day/',
      '/cards/acme/terms-of-use/eu-efta-uk/2-scraping/copying-more-than-thousand-listings-day/',
    ]);
    expect(cardAssetPaths(scraping[1]!)).toEqual({
      oembed: '/oembed/acme/terms-of-use/eu-efta-uk/2-scraping/copying-more-than-thousand-listings-day.json',
      image: '/og/acme/terms-of-use/eu-efta-uk/2-scraping/copying-more-than-thousand-listings-day.png',
    });
  });
});

describe('oembedFor', () => {
  it('has the fields oEmbed requires for a rich response, and a sandboxed iframe', () => {
    const json = oembedFor({ title: 'A "quoted" <title>', cardUrl: 'https://t.example/cards/a/', imageUrl: 'https://t.example/og/a.png', address: { site: 'https://t.example', base: '/' } });
    expect(json).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 320, provider_url: 'https://t.example/' });
    expect(json.html).toContain('title="A &quot;quoted&quot; &lt;title>"');
    expect(json.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  });
});

describe('renderCardImage', () => {
  it('draws 1200×630 PNGs and redraws only when the text changes', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'termline-og-'));
    const first = await renderCardImage({ title: 'Acme Privacy Notice', body: 'Couriers receive your street address.', footer: 'Termline' }, cache);
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1200, 630]);
    const [file] = readdirSync(cache);
    const stamp = statSync(join(cache, file!)).mtimeMs;
    const again = await renderCardImage({ title: 'Acme Privacy Notice', body: 'Couriers receive your street address.', footer: 'Termline' }, cache);
    expect(again.equals(first)).toBe(true);
    expect(statSync(join(cache, file!)).mtimeMs).toBe(stamp);
    await renderCardImage({ title: 'Acme Privacy Notice', body: 'Lockers receive your street address.', footer: 'Termline' }, cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('loads CJK font subsets only for text that needs them', () => {
    expect(cjkFontsFor('Plain English')).toEqual([]);
    expect(cjkFontsFor('隐私政策').length).toBeGreaterThan(0);
  });
});

describe('holdsBlocks', () => {
  it('tells a clause with paragraphs or lists of its own from one of running text', () => {
    expect(holdsBlocks('<p><strong>Made-up States</strong></p> <p>We add notes for some states.</p>')).toBe(true);
    expect(holdsBlocks('<ul><li>one</li></ul>')).toBe(true);
    expect(holdsBlocks('We keep <strong>order records</strong> with a <a href="/p">policy</a>.')).toBe(false);
  });
});
