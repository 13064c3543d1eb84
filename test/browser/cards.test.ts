/** Cards: embedded from another origin in a sandboxed iframe, oEmbed, social images, size, validity, axe. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCardMap } from '../../src/lib/publish/card-redirects.ts';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

const CARD = '/cards/x/privacy-policy/3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators/';
// The card of the collaborators clause's text since 17 October 2024 (a hash of its words, see card-texts.ts).
const PINNED = 'f2cc58e141';
const OEMBED = '/oembed/x/privacy-policy/3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators.json';

const files = (dir: string, ending: string) =>
  readdirSync(join(siteDir, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(siteDir, dir, f));
/** Every card page: the English ones and the Chinese twins of those likely to be shared. */
const cardPages = () => [...files('cards', 'index.html'), ...files('zh/cards', 'index.html')];
/** Every clause card there is, prerendered or computed: per document's card map, one per clause and one per text. */
const allClauseCards = () =>
  files('cards', 'pinned-versions.json')
    .map((file) => {
      const [service, id] = file.slice(join(siteDir, 'cards').length + 1).split('/');
      return readCardMap((path) => readFileSync(join(siteDir, path), 'utf8'), { service: service!, id: id! });
    })
    .reduce((sum, map) => sum + Object.values(map.clauses).reduce((n, texts) => n + 1 + Object.keys(texts).length, 0), 0);

// A clause no note or story cites: its cards and embed page are computed in the browser (src/scripts/card-page.ts).
const COMPUTED = '/cards/x/privacy-policy/1-information-we-collect/1-1-information-you-provide-us/payment-information/';
/** Card addresses the build of main before computed cards wrote as files (a sample of 1,237 no longer prerendered). */
const FORMERLY_PRERENDERED = [
  COMPUTED,
  '/cards/x/privacy-policy/1-information-we-collect/1-1-information-you-provide-us/payment-information/t/1e4e48649b/',
  '/cards/x/terms-of-service/eu-efta-uk/x-terms-service/6-general/',
  '/cards/x/terms-of-service/eu-efta-uk/x-terms-service/2-privacy/t/90dcb8d427/',
  '/cards/x/terms-of-service/twitter-terms-service/4-using-services-2/',
  '/embed/x/privacy-policy/1-information-we-collect/1-1-information-you-provide-us/personal-accounts/',
];

/** The page as Chromium holds it, once a computed card has replaced the 404 page (or a prerendered card loaded). */
async function cardDocument(url: string, requested: string[] = []): Promise<string> {
  const page = await openPage(browserOf(), url);
  await page.locator('main[aria-label] article').waitFor();
  requested.push(...(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname))));
  return page.evaluate(() => document.documentElement.outerHTML);
}

// A second origin: another port on 127.0.0.1, serving a made-up article that embeds a card.
let host: Server;
let hostUrl = '';
beforeAll(async () => {
  const oembed = JSON.parse(readFileSync(join(siteDir, OEMBED), 'utf8'));
  // The site is built for its configured address; embed from where the test serves it.
  const snippet = (oembed.html as string).replaceAll(/https?:\/\/[^/"]+\//g, `${baseUrl}/`);
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body>
    <main><h1>A newspaper article</h1><p>What X changed:</p>${snippet}
    <p>Embedded when cards were pinned to a version:</p><iframe id="old-pinned" src="${baseUrl}${CARD}v/2024-10-17/" title="Old pinned card" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" data-termline-card></iframe>
    <p>And as a web component:</p><termline-card src="${baseUrl}/cards/notes/x-terms-liquidated-damages-usd/" title="Note card"></termline-card></main></body></html>`;
  host = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(article));
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

describe('a card embedded on another site', () => {
  it('renders in its sandboxed iframe, resizes to its content, and asks nothing of any other origin', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const cardRequests: string[] = [];
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) cardRequests.push(request.url());
    });
    await page.goto(hostUrl);
    const iframe = page.locator('iframe[data-termline-card]').first();
    await expect(iframe.getAttribute('sandbox')).resolves.toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    const card = page.frameLocator('iframe[data-termline-card] >> nth=0');
    await expect(card.locator('blockquote').textContent()).resolves.toMatch(/Third-party collaborators\./);
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = await card.locator('html').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
    expect(frameHeight).not.toBe(320);
    // The web component made its own iframe and sized it too.
    await page.waitForFunction(() => (document.querySelector('termline-card iframe') as HTMLIFrameElement | null)?.style.height.endsWith('px') && !(document.querySelector('termline-card iframe') as HTMLIFrameElement).style.height.startsWith('320'));
    expect(cardRequests.length).toBeGreaterThan(0);
    expect(cardRequests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    await expect(context.cookies()).resolves.toEqual([]);
  });

  it('an old pinned card address embedded on another site shows the card of that version’s text, sized to it', async () => {
    const page = await openPage(browserOf(), hostUrl);
    const frame = page.frameLocator('#old-pinned');
    await expect(frame.locator('.change').first().textContent()).resolves.toMatch(/^Added in the version first recorded 17 October 2024/);
    expect(page.frames().some((f) => f.url() === `${baseUrl}${CARD}t/${PINNED}/`)).toBe(true);
    await page.waitForFunction(() => (document.getElementById('old-pinned') as HTMLIFrameElement).style.height.endsWith('px'));
  });

  it('ignores height messages that do not come from the card’s own frame and origin', async () => {
    const page = await openPage(browserOf(), hostUrl);
    const iframe = page.locator('iframe[data-termline-card]').first();
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const before = await iframe.evaluate((el) => el.style.height);
    await page.evaluate(() => window.postMessage({ type: 'termline:card-height', height: 3000 }, '*'));
    await page.waitForTimeout(200);
    await expect(iframe.evaluate((el) => el.style.height)).resolves.toBe(before);
  });
});

describe('card pages', () => {
  it('are under 20 KB, with a CSP that allows only their own script', () => {
    const pages = cardPages();
    expect(pages.length).toBeGreaterThan(300);
    const sizes = pages.map((file) => statSync(file).size);
    expect(Math.max(...sizes)).toBeLessThan(20 * 1024);
    const html = readFileSync(join(siteDir, CARD, 'index.html'), 'utf8');
    expect(html).toContain(`content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'"`);
    expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/embed/card.js" defer>']);
  });

  it('fit 280 px wide, light and dark, with no axe violations', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browserOf(), `${baseUrl}${CARD}`, { viewport: { width: 280, height: 600 }, colorScheme });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });

  it('follow the latest text, or show one text with every version that carried it', async () => {
    const latest = await openPage(browserOf(), `${baseUrl}${CARD}`);
    await expect(latest.locator('.meta').textContent()).resolves.toMatch(/follows the latest version that has this clause: first recorded/);
    const pinned = await openPage(browserOf(), `${baseUrl}${CARD}t/${PINNED}/`);
    await expect(pinned.locator('.meta').first().textContent()).resolves.toMatch(/^This card shows this clause as it read from 17 October 2024 to \d+ \w+ 20\d\d, in \d+ versions\.$/);
    await expect(pinned.locator('.change').first().textContent()).resolves.toMatch(/^Added in the version first recorded 17 October 2024 \(see the change\)\.$/);
    await expect(pinned.locator('.change a').first().getAttribute('href')).resolves.toMatch(/\/compare\/x\/privacy-policy\/[^/]+\.\.2024-10-17\/$/);
    const versions = await pinned.locator('.versions a').allTextContents();
    expect(versions[0]).toBe('17 October 2024');
    expect(versions.length).toBeGreaterThan(1);
    await expectNoAxeViolations(pinned);
  });

  it('pinned to a version before cards were per text, still open: the 404 page sends them to the text that version had', async () => {
    const page = await openPage(browserOf(), `${baseUrl}${CARD}v/2024-10-17/`);
    await page.waitForURL(`**${CARD}t/${PINNED}/`);
    await expect(page.locator('.change').first().textContent()).resolves.toMatch(/^Added in the version first recorded 17 October 2024/);
    // An older version did not hold the clause: its old address lands on the clause's latest card.
    await page.goto(`${baseUrl}${CARD}v/2024-07-25/`);
    await page.waitForURL(`${baseUrl}${CARD}`);
    // An address that was never a card stays a 404.
    const missing = await page.goto(`${baseUrl}/cards/x/privacy-policy/no-such-clause/v/2024-10-17/`);
    expect(missing?.status()).toBe(404);
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Page not found');
    await expectNoAxeViolations(page);
  });

  it('are valid HTML (W3C Nu checker)', () => {
    const sample = [join(siteDir, CARD, 'index.html'), join(siteDir, CARD, `t/${PINNED}/index.html`), join(siteDir, 'cards/notes/x-terms-liquidated-damages-usd/index.html'), join(siteDir, 'zh', CARD, `t/${PINNED}/index.html`)];
    const jar = new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
    // The checker writes its JSON report to standard error.
    const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...sample], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stderr) as { messages: { type: string; message: string; url: string }[] };
    expect(report.messages.filter((m) => m.type === 'error')).toEqual([]);
  });
});

describe('cards computed in the browser', () => {
  it('are the same page as the prerendered card, in English and for a Chinese twin', async () => {
    for (const path of [CARD, `${CARD}t/${PINNED}/`, `/zh${CARD}`, `/zh${CARD}t/${PINNED}/`]) {
      const expected = await cardDocument(`${baseUrl}${path}`);
      expect(expected, path).toContain('<article>');
      const requested: string[] = [];
      await expect(cardDocument(`${baseUrl}/404.html?card=${path}`, requested), path).resolves.toBe(expected);
      // The notes come from the document's own file, not notes.json (every note of the site).
      expect(requested, path).toContain('/data/x/privacy-policy/notes.json');
      expect(requested, path).not.toContain('/data/notes.json');
    }
  });

  it('answer the address of a card no file holds: status 404, then the card, with its own canonical address, no oEmbed and no axe violations', async () => {
    const context = await browserOf().newContext({ viewport: { width: 280, height: 600 } });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}${COMPUTED}`);
    expect(response?.status()).toBe(404);
    await page.locator('main[aria-label] article').waitFor();
    await expect(page.locator('.meta').first().textContent()).resolves.toMatch(/follows the latest version that has this clause: first recorded/);
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toMatch(new RegExp(`${COMPUTED}$`));
    await expect(page.locator('link[type="application/json+oembed"]').count()).resolves.toBe(0);
    // English only: no Chinese twin, so no hreflang alternates.
    await expect(page.locator('link[hreflang]').count()).resolves.toBe(0);
    await expect(page.locator('meta[property="og:image"]').getAttribute('content')).resolves.toMatch(/\/og\/x\/privacy-policy\.png$/);
    // The card's own CSP, and only its own script.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toContain("default-src 'none'");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('every card address the site had before computed cards still answers with its card or embed page', async () => {
    for (const path of FORMERLY_PRERENDERED) {
      expect(() => statSync(join(siteDir, path, 'index.html')), path).toThrow();
      const page = await openPage(browserOf(), `${baseUrl}${path}`);
      await page.locator(path.startsWith('/embed/') ? 'details.embed-panel' : 'main[aria-label] article').first().waitFor();
      expect(page.url(), path).toBe(`${baseUrl}${path}`);
      await page.context().close();
    }
  });

  it('say so for an unknown clause or text, and without JavaScript say what the address is and where to read the clause', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/cards/x/privacy-policy/no-such-section/no-such-clause/`);
    // The 404 page's own heading shows until the script has read the map.
    await page.locator('h1', { hasText: 'No clause of this document has this ID.' }).waitFor();
    await expect(page.locator('#pair-compare a').first().getAttribute('href')).resolves.toBe('/x/privacy-policy/');
    await page.goto(`${baseUrl}${COMPUTED}t/0000000000/`);
    await page.locator('h1', { hasText: 'This clause never had a text with this hash.' }).waitFor();
    await expect(page.locator('#pair-compare a').nth(1).getAttribute('href')).resolves.toBe(COMPUTED);
    await expectNoAxeViolations(page);
    const noScript = await openPage(browserOf(), `${baseUrl}${COMPUTED}`, { javaScriptEnabled: false });
    await expect(noScript.locator('h1:visible').first().textContent()).resolves.toBe('Page not found');
    await expect(noScript.locator('main').textContent()).resolves.toContain("An address like /cards/<service>/<document>/<clause-id>/ is a clause’s card");
    await expect(noScript.locator('main').textContent()).resolves.toContain('/<service>/<document>/<version>/#<clause-id>');
  });

  it('load their code only on the 404 page of a card address', async () => {
    const requested: string[] = [];
    const context = await browserOf().newContext();
    const page = await context.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/compare/x/privacy-policy/no-such..pair/`);
    await page.goto(`${baseUrl}/x/privacy-policy/`);
    const before = requested.length;
    expect(requested.some((path) => /card-page/.test(path))).toBe(false);
    await page.goto(`${baseUrl}${COMPUTED}`);
    await page.locator('main[aria-label] article').waitFor();
    expect(requested.slice(before).some((path) => /card-page/.test(path))).toBe(true);
    await context.close();
  });
});

describe('oEmbed and social images', () => {
  it('every card has an oEmbed file with the fields the specification requires for type rich', () => {
    const all = files('oembed', '.json');
    expect(all.length).toBe(cardPages().length);
    for (const file of all) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      expect(json, file).toMatchObject({ version: '1.0', type: 'rich', width: expect.any(Number), height: expect.any(Number), provider_name: 'Termline' });
      expect(json.html).toMatch(/^<iframe src="https?:\/\/[^"]+?(?:\/zh)?\/cards\/[^"]+" title="[^"]+"[^>]* sandbox="[^"]+"/);
      expect(json.thumbnail_url).toMatch(/\/og\/.+\.png$/);
    }
  });

  it('card, embed and note pages announce their oEmbed file', async () => {
    for (const path of [CARD, '/notes/x-terms-liquidated-damages-usd/', '/embed/x/privacy-policy/3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators/']) {
      const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(href, path).toBeTruthy();
      const local = join(siteDir, new URL(href!).pathname);
      expect(() => statSync(local), path).not.toThrow();
    }
  });

  it('images are 1200×630 PNGs, drawn for notes, cited clauses and documents, and every card points at one that exists', () => {
    const images = files('og', '.png');
    // 38 note cards, the clauses notes and stories cite, one per document: not one per clause.
    expect(images.length).toBeGreaterThan(40);
    expect(images.length).toBeLessThan(allClauseCards() / 5);
    for (const file of images.slice(0, 50)) {
      const bytes = readFileSync(file);
      expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], file).toEqual([1200, 630]);
    }
    for (const file of cardPages()) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(() => statSync(join(siteDir, new URL(image!).pathname)), file).not.toThrow();
    }
    // A cited clause's pinned cards reuse its image; an uncited clause's cards show the document's.
    const pinnedHtml = readFileSync(join(siteDir, CARD, `t/${PINNED}/index.html`), 'utf8');
    expect(pinnedHtml).toContain(`/og/x/privacy-policy/3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators.png"`);
  });
});

describe('embedding from Termline', () => {
  it('the embed page previews the card and offers the code, highlighted, with a copy button', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/embed/x/privacy-policy/3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators/`);
    await expect(page.locator('iframe.card-preview').count()).resolves.toBe(1);
    const latest = page.locator('details.embed-panel').first();
    await expect(latest.locator('.shiki').count()).resolves.toBe(3);
    await expect(latest.locator('button.copy:visible').count()).resolves.toBe(3);
    await expect(latest.locator('[data-code]').first().getAttribute('data-code')).resolves.toContain(`${CARD}"`);
    // Then a closed panel per text of the clause, each embedding that text's own card.
    const texts = page.locator('.pinned-text details.embed-panel');
    await expect(texts.count()).resolves.toBeGreaterThan(0);
    await expect(texts.first().locator('[data-code]').first().getAttribute('data-code')).resolves.toMatch(/\/t\/[0-9a-f]{10}\/"/);
    await expectNoAxeViolations(page);
  });

  it('every clause on a version page links to the code for the card of its text there', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`);
    const href = await page.locator(`a.embed-link[href*="third-party-collaborators/"]`).first().getAttribute('href');
    expect(href).toBe(`/embed${CARD.slice('/cards'.length)}#t-${PINNED}`);
    const response = await page.goto(`${baseUrl}${href}`);
    expect(response?.status()).toBe(200);
    // The browser opens the panel that holds the fragment; its snippets embed the text's own address.
    const panel = page.locator(`details:has(#t-${PINNED})`);
    await expect(panel.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(panel.locator('[data-code]').first().getAttribute('data-code')).resolves.toContain(`${CARD}t/${PINNED}/`);
    await expectNoAxeViolations(page);
  });

  it('a clause no note cites has its embed page computed: the version page links it, the text asked for opens, no axe violations', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`);
    const href = await page.locator(`a.embed-link[href*="/payment-information/"]`).first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^/embed${COMPUTED.slice('/cards'.length)}#t-[0-9a-f]{10}$`));
    const response = await page.goto(`${baseUrl}${href}`);
    expect(response?.status()).toBe(404);
    const hash = href!.split('#t-')[1]!;
    const panel = page.locator(`details:has(#t-${hash})`);
    await expect(panel.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(panel.locator('[data-code]').first().getAttribute('data-code')).resolves.toContain(`${COMPUTED}t/${hash}/`);
    await expect(page.locator('iframe.card-preview').getAttribute('src')).resolves.toBe(COMPUTED);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Embed this clause');
    await expectNoAxeViolations(page);
  });

  it('an embed page address of a version, as card addresses were, leads to that text on the clause’s embed page', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/embed${CARD.slice('/cards'.length)}v/2024-10-17/`);
    await page.waitForURL(`**/embed${CARD.slice('/cards'.length)}#t-${PINNED}`);
    await expect(page.locator(`details:has(#t-${PINNED})`).evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
  });
});
