/**
 * A site built with a base (a GitHub Pages project site, /termline/) and
 * served only there: every link, asset, feed and snippet carries the base,
 * and in Chromium search results and the version picker stay under it. The
 * corpus and note are made up (test/fixtures), so the build takes seconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBroken } from '../../src/lib/publish/link-check.ts';
import { acmeModelNote, acmeNews, acmePrivacy, acmeTerms, makeCorpus } from '../fixtures/corpus.ts';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const projectRoot = new URL('../..', import.meta.url).pathname;
const BASE = '/termline/';
const SITE = 'https://owner.example';
const browserOf = useBrowser();

const BRAVO_NOTICE = `Bravo Privacy Notice
====================

Photographs
-----------

Bravo keeps the parcel photographs its couriers take for ninety days.
`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.png': 'image/png', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** A static host that serves `dir` at `base` only, as GitHub Pages serves a project site: its 404.html for any missing address under it. */
function serveUnder(dir: string, base: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://host').pathname);
    if (!path.startsWith(base)) return void response.writeHead(404).end();
    let file = join(dir, normalize(path.slice(base.length - 1)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir)) return void response.writeHead(404).end();
    if (!existsSync(file)) return void response.writeHead(404, { 'Content-Type': 'text/html' }).end(readFileSync(join(dir, '404.html')));
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

let siteDir: string;
let buildOutput: string;
let host: { server: Server; origin: string };

beforeAll(async () => {
  const corpus = makeCorpus(
    [
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ effective: 'May 1, 2024', retention: 'We hold order records while your account is open.' }) },
      { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy({ effective: 'June 1, 2024', retention: 'We hold order records for a year.' }) },
      { path: 'acme/terms-of-use/2024-04-03.md', content: acmeTerms({ effective: 'May 1, 2024' }) },
      // No note is about the terms: their comparisons have no Chinese page, the browser computes it.
      { path: 'acme/terms-of-use/2024-05-03.md', content: acmeTerms({ effective: 'June 1, 2024', fee: '$90 USD' }) },
      // A second service: its clauses are a search bundle of their own.
      { path: 'bravo/privacy-notice/2024-05-01.md', content: BRAVO_NOTICE },
    ],
    { '2024-04-05-example-acme.md': acmeNews({ date: '2024-04-05' }) },
  );
  const root = mkdtempSync(join(tmpdir(), 'termline-base-'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'acme-model-builders.mdx'), acmeModelNote('Acme lets others build models unless you say no; see [every version of the notice](/acme/privacy-notice/).'));
  siteDir = join(root, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    // Its own notes, so none of our translations (they translate notes this corpus lacks).
    env: { ...process.env, TERMLINE_CORPUS: corpus, TERMLINE_ANNOTATIONS: join(root, 'notes'), TERMLINE_TRANSLATIONS: join(root, 'translations'), TERMLINE_BASE: BASE, TERMLINE_SITE: SITE, TERMLINE_DIST: siteDir, CI: '1' },
    encoding: 'utf8',
    timeout: 170_000,
  });
  buildOutput = `${result.stdout}${result.stderr}`;
  expect(result.status, buildOutput).toBe(0);
  host = await serveUnder(siteDir, BASE);
}, 180_000);

afterAll(
  () =>
    new Promise<void>((done) => {
      if (!host) return done();
      // Chromium may keep connections open; they would hold the worker.
      host.server.closeAllConnections();
      host.server.close(() => done());
    }),
);

describe('a site built with a base', () => {
  it('says where it is built for, and gives no local-preview warning', () => {
    expect(buildOutput).toContain(`for ${SITE}${BASE}`);
    expect(buildOutput).not.toContain('still the local preview');
  });

  it('has no broken link or fragment: every page, feed and sitemap stays under the base', () => {
    const report = checkLinks(siteDir, { site: SITE, base: BASE });
    expect(report.pages).toBeGreaterThan(20);
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
    // The same files checked as if served from the root are broken: the check sees the base.
    expect(checkLinks(siteDir, { site: SITE, base: '/' }).broken.length).toBeGreaterThan(0);
  });

  it('writes the site and base into what leaves the site: snippets, oEmbed, feeds, sitemap', () => {
    const oembed = JSON.parse(readFileSync(join(siteDir, 'oembed/notes/acme-model-builders.json'), 'utf8'));
    expect(oembed.html).toContain(`src="${SITE}${BASE}cards/notes/acme-model-builders/"`);
    expect(oembed.html).toContain(`<script src="${SITE}${BASE}embed.js"`);
    expect(oembed.provider_url).toBe(`${SITE}${BASE}`);
    expect(readFileSync(join(siteDir, 'feed.xml'), 'utf8')).toContain(`<link>${SITE}${BASE}acme/privacy-notice/2024-04-02/</link>`);
    expect(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}notes/acme-model-builders/</loc>`);
  });

  it('gives a Chinese page to the comparisons of documents our notes are about only; the browser computes the others, under the base', async () => {
    const pairDirs = (path: string) => (existsSync(join(siteDir, path)) ? readdirSync(join(siteDir, path)).filter((name) => name.includes('..')) : []);
    expect(pairDirs('compare/acme/privacy-notice').length).toBeGreaterThan(0);
    expect(pairDirs('zh/compare/acme/privacy-notice')).toEqual(pairDirs('compare/acme/privacy-notice'));
    const terms = pairDirs('compare/acme/terms-of-use');
    expect(terms.length).toBeGreaterThan(0);
    expect(pairDirs('zh/compare/acme/terms-of-use')).toEqual([]);
    // Linked from the Chinese version page, as any pair: the link check above accepts it because the dataset holds both versions.
    const worldwide = terms.find((pair) => !pair.includes('-eu-'))!;
    const page = await openPage(browserOf(), `${host.origin}${BASE}zh/compare/acme/terms-of-use/${worldwide}/`);
    await page.locator('.row-modified').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('.row-modified ins').first().textContent()).toContain('90');
  });

  it('gives a Chinese version page to the documents our notes are about only; the others link the English page, marked so', async () => {
    const versionDirs = (path: string) => (existsSync(join(siteDir, path)) ? readdirSync(join(siteDir, path)).filter((name) => /^\d{4}-/.test(name)) : []);
    expect(versionDirs('zh/acme/privacy-notice')).toEqual(versionDirs('acme/privacy-notice'));
    expect(versionDirs('acme/terms-of-use').length).toBeGreaterThan(0);
    expect(versionDirs('zh/acme/terms-of-use')).toEqual([]);
    expect(versionDirs('zh/bravo/privacy-notice')).toEqual([]);
    // The Chinese document page: the English version pages, hreflang="en", and a note saying why.
    const html = readFileSync(join(siteDir, 'zh/acme/terms-of-use/index.html'), 'utf8');
    expect(html).toContain(`<a href="${BASE}acme/terms-of-use/2024-05-03/" hreflang="en">`);
    expect(html).not.toContain(`${BASE}zh/acme/terms-of-use/2024-`);
    expect(html).toContain('id="version-pages-in-english"');
    expect(readFileSync(join(siteDir, 'zh/acme/privacy-notice/index.html'), 'utf8')).not.toContain('version-pages-in-english');
    // The English page names no Chinese twin; the Chinese feed links the English page.
    const english = readFileSync(join(siteDir, 'acme/terms-of-use/2024-05-03/index.html'), 'utf8');
    expect(english).not.toContain('hreflang="zh-Hans"');
    expect(readFileSync(join(siteDir, 'zh/acme/terms-of-use/feed.xml'), 'utf8')).toContain(`<link>${SITE}${BASE}acme/terms-of-use/2024-05-03/</link>`);
    expect(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8')).not.toContain(`${BASE}zh/acme/terms-of-use/2024-`);
    // The document's dataset file says so, for the browser's comparisons.
    expect(JSON.parse(readFileSync(join(siteDir, 'data/acme/terms-of-use.json'), 'utf8')).document.versionPagesIn).toEqual(['en']);
    expect(JSON.parse(readFileSync(join(siteDir, 'data/acme/privacy-notice.json'), 'utf8')).document.versionPagesIn).toBeUndefined();
  });

  it('sends an old Chinese version address to the English page at once, saying so in Chinese', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}zh/acme/terms-of-use/2024-05-03/#fees`);
    await page.waitForURL(`${host.origin}${BASE}acme/terms-of-use/2024-05-03/#fees`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // A version that does not exist (a typo) stays on the Chinese 404 page.
    const typo = await openPage(browserOf(), `${host.origin}${BASE}zh/acme/terms-of-use/2024-05-04/`);
    await typo.waitForLoadState('networkidle');
    expect(new URL(typo.url()).pathname).toBe(`${BASE}zh/acme/terms-of-use/2024-05-04/`);
    expect(await typo.locator('html').getAttribute('lang')).toBe('zh-Hans');
    // The Chinese document page that links it says why, and stays accessible.
    const documentPage = await openPage(browserOf(), `${host.origin}${BASE}zh/acme/terms-of-use/`);
    expect(await documentPage.locator('#version-pages-in-english').textContent()).toContain('只有英文');
    await expectNoAxeViolations(documentPage);
    // A computed Chinese comparison of that document links the English version pages, hreflang="en".
    const pair = await openPage(browserOf(), `${host.origin}${BASE}zh/compare/acme/terms-of-use/2024-04-03..2024-05-03/`);
    await pair.locator('article.compare[data-computed]').waitFor({ timeout: 20_000 });
    const links = await pair.locator('h1 a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')]));
    expect(links).toEqual([
      [`${BASE}acme/terms-of-use/2024-04-03/`, 'en'],
      [`${BASE}acme/terms-of-use/2024-05-03/`, 'en'],
    ]);
    await expectNoAxeViolations(pair);
  });

  it('says on the 404 page, in Chinese, without JavaScript, that such a version page is in English', () => {
    // The one 404.html a static host serves for /zh/… too holds the Chinese text.
    const html = readFileSync(join(siteDir, '404.html'), 'utf8');
    expect(html).toMatch(/id="english-version-zh"[^>]*>[^<]*只有英文/);
  });

  it('searches from under the base, and its results lead to pages under it', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}`);
    await page.locator('#site-search').fill('prediction models');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(`${host.origin}${BASE}search/?q=prediction+models`);
    const first = page.locator('#results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), first.click()]);
    expect(response.status()).toBe(200);
  });

  it('searches the clauses of the service the reader came from, and another service only once it is ticked', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}acme/privacy-notice/`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.locator('#site-search').fill('prediction models');
    await page.locator('#site-search').press('Enter');
    await page.waitForFunction(() => /result/.test(document.getElementById('status')?.textContent ?? ''));
    const hrefs = () => page.locator('#results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect((await hrefs()).some((href) => href.startsWith(`${BASE}acme/privacy-notice/`) && href.includes('#'))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual(['acme']);
    await expect(page.locator('#scope-acme').isChecked()).resolves.toBe(true);
    expect(requested.some((path) => path.startsWith(`${BASE}pagefind/services/acme/`))).toBe(true);
    expect(requested.filter((path) => path.includes('/services/bravo/'))).toEqual([]);
    // Filters are loaded only once the reader opens them.
    expect(requested.filter((path) => path.includes('/filter/'))).toEqual([]);

    // Bravo's words are not found until Bravo is in scope; ticked from the keyboard.
    await page.locator('#q').fill('parcel photographs');
    await page.locator('#q').press('Enter');
    await page.waitForFunction(() => /Nothing found|result/.test(document.getElementById('status')?.textContent ?? ''));
    expect((await hrefs()).filter((href) => href.includes('/bravo/'))).toEqual([]);
    await page.locator('#scope-bravo').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /result/.test(document.getElementById('status')?.textContent ?? '') && document.querySelector('#results a[href*="/bravo/"]'));
    expect((await hrefs()).some((href) => href.startsWith(`${BASE}bravo/privacy-notice/2024-05-01/#`))).toBe(true);
    // From the English index: a Chinese record at the same address once replaced the English one, and Pagefind fell back to it.
    const bravoTitle = await page.locator('#results a[href*="/bravo/"]').first().textContent();
    expect(bravoTitle).toMatch(/^Bravo Privacy notice/i);
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual(['acme', 'bravo']);
    await expectNoAxeViolations(page);

    // Narrowed again (Pagefind cannot unmerge a bundle: it starts over): Acme's clauses go, the note stays.
    await page.locator('#scope-acme').uncheck();
    await page.locator('#q').fill('prediction models');
    await page.locator('#q').press('Enter');
    await page.waitForFunction(() => /result/.test(document.getElementById('status')?.textContent ?? '') && !document.querySelector('#results a[href*="/bravo/"]'));
    const narrowed = await hrefs();
    expect(narrowed).toContain(`${BASE}notes/acme-model-builders/`);
    expect(narrowed.filter((href) => href.includes('/acme/privacy-notice/'))).toEqual([]);
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual(['bravo']);
  });

  it('finds from the Chinese search a clause whose version page is in English only, and leads to the English page', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}zh/search/?scope=bravo&q=parcel+photographs`);
    const result = page.locator('#results a[href*="/bravo/"]').first();
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}bravo/privacy-notice/2024-05-01/#`));
    expect(await result.getAttribute('hreflang')).toBe('en');
    expect(await page.locator('#results li').first().textContent()).toContain('页面为英文');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), result.click()]);
    expect(response.status()).toBe(200);
  });

  it('orders results by date across bundles, oldest or newest first', async () => {
    const dates = async (order: string) => {
      const page = await openPage(browserOf(), `${host.origin}${BASE}search/?q=order+records&scope=all&sort=${order}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('status')?.textContent ?? ''));
      const hrefs = await page.locator('#results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      return hrefs.map((href) => /\/(\d{4}-\d{2}-\d{2})\//.exec(href)?.[1]).filter(Boolean);
    };
    const oldest = await dates('asc');
    expect(new Set(oldest).size).toBeGreaterThan(1);
    expect(oldest).toEqual([...oldest].sort());
    expect(await dates('desc')).toEqual([...oldest].sort().reverse());
  });

  it('jumps from the version picker to the pair, under the base', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}compare/acme/privacy-notice/`);
    await page.locator('select[name="old"]').selectOption('2024-03-02');
    await page.locator('select[name="new"]').selectOption('2024-04-02');
    await page.locator('.picker button[type="submit"]').click();
    await page.waitForURL(`${host.origin}${BASE}compare/acme/privacy-notice/2024-03-02..2024-04-02/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/./);
  });

  it('computes a pair no page holds from the version picker, in place, at its address under the base', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}compare/acme/privacy-notice/`);
    await page.locator('select[name="old"]').selectOption('2024-06-02');
    await page.locator('select[name="new"]').selectOption('2024-03-02');
    await page.locator('.picker button[type="submit"]').click();
    await page.locator('article.compare[data-computed]').waitFor();
    expect(page.url()).toBe(`${host.origin}${BASE}compare/acme/privacy-notice/2024-03-02..2024-06-02/`);
    const hrefs = await page.locator('article.compare a[href^="/"], a[data-language-switch]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}`));
  });

  it('computes a pair no page holds from the dataset under the base, its links under the base too', async () => {
    const page = await openPage(browserOf(), `${host.origin}${BASE}compare/acme/privacy-notice/2024-03-02..2024-06-02/`);
    await page.locator('article.compare[data-computed]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^What changed in the /);
    const hrefs = await page.locator('article.compare a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${BASE}`));
    // Computed by the worker the 404 page's inline lines started, which imported its code and fetched the files
    // under the base (a file it could not fetch would be a problem answered, its code not loading no answer at all).
    const answer = await page.evaluate(() =>
      (window as unknown as { termlinePairStart?: { answer: Promise<{ type: string } | undefined> } }).termlinePairStart?.answer.then((a) => a?.type),
    );
    expect(answer).toBe('pair');
  });
});
