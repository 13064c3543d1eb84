import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { cjkFontsFor, renderCardImage } from './card-image.ts';
import { cardChangeLine, cardGoneLine, cardVersionLine, clauseCards, holdsBlocks } from './cards.ts';
import { clauseTextHash } from './card-texts.ts';
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
const DELIVERY = '2-how-we-pass-things-on/2-1-with-helpers/delivery-partners';
const deliveryPath = `/cards/acme/privacy-notice/${DELIVERY}/`;

describe('clauseCards', () => {
  it('makes only the cards of the documents asked for, the same as among all cards', () => {
    const terms = clauseCards(corpus, [], { only: (document) => document.id === 'terms-of-use' });
    expect(terms.length).toBeGreaterThan(0);
    expect(new Set(terms.map((c) => c.document.id))).toEqual(new Set(['terms-of-use']));
    expect(terms.map((c) => c.path)).toEqual(cards.filter((c) => c.document.id === 'terms-of-use').map((c) => c.path));
  });

  it('gives every clause a card following its latest text, and one pinned to each distinct text', () => {
    const delivery = cards.filter((c) => c.clause.id === DELIVERY);
    const first = clauseTextHash(delivery.find((c) => c.version.id === '2024-03-02')!.clause.marked);
    const second = clauseTextHash(delivery.find((c) => !c.pinned)!.clause.marked);
    expect(delivery.map((c) => [c.path, c.pinned, c.change.kind, c.text?.versions.map((v) => v.id)])).toEqual([
      [deliveryPath, false, 'changed', undefined],
      [`${deliveryPath}t/${first}/`, true, 'first', ['2024-03-02']],
      [`${deliveryPath}t/${second}/`, true, 'changed', ['2024-04-02']],
    ]);
    expect(delivery[0]!.change.redline).toContain('<ins>');
    // The first text went when the second came; the second is still the latest.
    expect(delivery[1]!.text!.gone?.version.id).toBe('2024-04-02');
    expect(delivery[2]!.text!.gone).toBeUndefined();
    // An unchanged clause has one pinned card for both versions, not one per version.
    const retention = cards.filter((c) => c.pinned && c.document.id === 'privacy-notice' && c.clause.text.startsWith('We hold order records'));
    expect(retention.map((c) => c.text!.versions.map((v) => v.id))).toEqual([['2024-03-02', '2024-04-02']]);
    expect(cardVersionLine(retention[0]!, 'en')).toBe('This card shows this clause as it read from 2 March 2024 to 2 April 2024, in 2 versions.');
    expect(cardVersionLine(retention[0]!, 'zh')).toBe('本卡片显示此条款从2024年3月2日到2024年4月2日的文字，共 2 个版本。');
    expect(cardChangeLine(delivery[2]!, 'en')).toMatchObject({ text: 'Reworded in the version first recorded 2 April 2024', link: { href: '/compare/acme/privacy-notice/2024-03-02..2024-04-02/' } });
    expect(cardGoneLine(delivery[1]!, 'en')).toMatchObject({ text: 'No longer in the text since the version first recorded 2 April 2024' });
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

  it('compares a latest card with the last shown version, over a hidden re-extraction', () => {
    const bridged = ingestCorpus({
      corpusDir: makeCorpus([
        { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
        // The archive re-extracted the page: hidden, though the clause reads differently.
        {
          path: 'acme/privacy-notice/2024-04-02.md',
          content: acmePrivacy({ sharing: 'Couriers and lockers receive your street address.' }),
          message: 'Apply technical or declaration upgrade on Acme Privacy Notice',
        },
        { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy({ sharing: 'Couriers and lockers receive your street address.', retention: 'We hold order records for two years.' }) },
      ]),
    });
    const versions = bridged.services[0]!.documents[0]!.versions;
    expect(versions.map((v) => [v.id, v.hidden, v.bridgedFrom])).toEqual([
      ['2024-03-02', undefined, undefined],
      ['2024-04-02', 'reextraction', '2024-03-02'],
      ['2024-05-02', undefined, '2024-03-02'],
    ]);
    const latest = clauseCards(bridged, []).find((c) => !c.pinned && c.clause.id === DELIVERY)!;
    expect(latest.version.id).toBe('2024-05-02');
    // Against the version just before (the hidden one) it would read "unchanged since 2 April 2024".
    expect(latest.change).toMatchObject({ kind: 'changed', compareHref: '/compare/acme/privacy-notice/2024-03-02..2024-05-02/' });
    expect(cardChangeLine(latest, 'en').text).toBe('Changed in this version');
    const unchanged = clauseCards(bridged, []).find((c) => !c.pinned && c.clause.text.startsWith('Acme gathers'))!;
    expect(cardChangeLine(unchanged, 'en').text).toBe('Unchanged since the version first recorded 2 March 2024.');
  });

  it('compares a text first seen in a hidden version with the version just before it, as lists of changes do', () => {
    const reextracted = (sharing: string, path: string) => ({ path, content: acmePrivacy({ sharing }), message: 'Apply technical or declaration upgrade on Acme Privacy Notice' });
    const corpus = ingestCorpus({
      corpusDir: makeCorpus([
        { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
        reextracted('Couriers and lockers receive your street address.', 'acme/privacy-notice/2024-04-02.md'),
        reextracted('Couriers, lockers and neighbours receive your street address.', 'acme/privacy-notice/2024-05-02.md'),
      ]),
    });
    expect(corpus.services[0]!.documents[0]!.versions.map((v) => [v.id, v.hidden, v.bridgedFrom])).toEqual([
      ['2024-03-02', undefined, undefined],
      ['2024-04-02', 'reextraction', '2024-03-02'],
      ['2024-05-02', 'reextraction', '2024-03-02'],
    ]);
    const neighbours = clauseCards(corpus, []).find((c) => c.pinned && c.clause.text.includes('neighbours'))!;
    expect(neighbours.change).toMatchObject({ kind: 'changed', compareHref: '/compare/acme/privacy-notice/2024-04-02..2024-05-02/' });
  });

  it('draws images only for clauses a note or story cites; the rest show their document\'s', () => {
    const cited = clauseCards(corpus, [], { storyClauses: [{ service: 'acme', document: 'privacy-notice', version: { region: 'worldwide' }, clauseId: DELIVERY }] });
    const delivery = cited.filter((c) => c.clause.id === DELIVERY);
    expect(delivery.map((c) => [c.ownImage, c.image])).toEqual([
      [true, `/og/acme/privacy-notice/${DELIVERY}.png`],
      [false, `/og/acme/privacy-notice/${DELIVERY}.png`],
      [false, `/og/acme/privacy-notice/${DELIVERY}.png`],
    ]);
    const other = cited.find((c) => !c.pinned && c.clause.text.startsWith('Acme gathers'))!;
    expect([other.ownImage, other.image]).toEqual([false, '/og/acme/privacy-notice.png']);
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
