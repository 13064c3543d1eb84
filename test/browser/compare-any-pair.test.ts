/**
 * Any pair of versions, in Chromium: the pairs the site links to are pages,
 * any other is computed in the browser from the dataset by the same code, and
 * shows the same page. The preview server serves 404.html for a missing
 * address, as a static host does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();

const PRERENDERED = '/compare/x/privacy-policy/2024-07-25..2024-10-17/';
// The first and the last version of the largest document: no page and no test elsewhere names this pair.
const COMPUTED = '/compare/x/privacy-policy/2022-09-04..2026-07-16/';

/** The parts of a comparison that depend on the pair, white space folded. */
async function pairParts(page: Page) {
  const part = (selector: string) =>
    page
      .locator(selector)
      .evaluateAll((nodes) => nodes.map((n) => n.outerHTML.replace(/\s+/g, ' ')).join('\n'));
  return {
    heading: await part('article.compare h1'),
    impact: await part('article.compare .impact-summary'),
    summary: await part('article.compare .summary'),
    viewSwitch: await part('article.compare .view-switch'),
    changes: await part('article.compare .changes'),
  };
}

/** In the page: what the worker the 404 page's inline start made answered (undefined when it could not). */
const startedAnswer = () =>
  (window as unknown as { termlinePairStart?: { answer: Promise<{ type: string } | undefined> } }).termlinePairStart?.answer.then((answer) => answer?.type);

async function computed(page: Page, url: string) {
  await page.goto(url);
  await page.locator('article.compare[data-computed]').waitFor();
  return page;
}

describe('a pair computed in the browser', () => {
  it('is the same page as the prerendered one, rows, counts, notes and links alike', async () => {
    const prerendered = await openPage(browserOf(), `${baseUrl}${PRERENDERED}`);
    const expected = await pairParts(prerendered);
    expect(expected.changes).toContain('row-modified');
    expect(expected.impact).toContain('What these changes do');
    const page = await computed(await openPage(browserOf(), `${baseUrl}/404.html`), `${baseUrl}/404.html?compare=${PRERENDERED}`);
    const actual = await pairParts(page);
    expect(actual).toEqual(expected);
    expect(await page.title()).toBe(await prerendered.title());
  });

  it('is the same page in Chinese too, the policy text kept in English', async () => {
    const prerendered = await openPage(browserOf(), `${baseUrl}/zh${PRERENDERED}`);
    const expected = await pairParts(prerendered);
    expect(expected.summary).toContain('摘要');
    const page = await computed(await openPage(browserOf(), `${baseUrl}/404.html`), `${baseUrl}/404.html?compare=/zh${PRERENDERED}`);
    expect(await pairParts(page)).toEqual(expected);
    expect(await page.locator('.changes .row-modified .cell.new .redline').first().getAttribute('lang')).toBe('en');
  });

  it('is the same page when the page script computes it alone, without the inline start of the 404 page', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    // As a host that strips inline scripts would serve it: the page script starts the worker, which fetches every file.
    await page.route((url) => url.pathname === '/404.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script[^>]*data-worker[^>]*>[\s\S]*?<\/script>/, '');
      await route.fulfill({ response, body });
    });
    await computed(page, `${baseUrl}/404.html?compare=${PRERENDERED}`);
    expect(await page.evaluate(() => 'termlinePairStart' in window)).toBe(false);
    const prerendered = await openPage(browserOf(), `${baseUrl}${PRERENDERED}`);
    expect(await pairParts(page)).toEqual(await pairParts(prerendered));
    await context.close();
  });

  it('is the same page when the worker the inline start makes fails (its code is not found)', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    await page.route((url) => url.pathname === '/404.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/data-worker="[^"]*"/, 'data-worker="/_astro/no-such-worker.js"');
      await route.fulfill({ response, body });
    });
    await computed(page, `${baseUrl}/404.html?compare=${PRERENDERED}`);
    expect(await page.evaluate(startedAnswer)).toBeUndefined();
    const prerendered = await openPage(browserOf(), `${baseUrl}${PRERENDERED}`);
    expect(await pairParts(page)).toEqual(await pairParts(prerendered));
    await context.close();
  });

  it('answers the address of a pair no page holds, with rows, counts and no axe violations', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}${COMPUTED}`);
    expect(response?.status()).toBe(404);
    await page.locator('article.compare[data-computed]').waitFor();
    // Computed by the worker the inline start made, which fetched the files itself (not by the page script's fallback).
    expect(await page.evaluate(startedAnswer)).toBe('pair');
    const timing = JSON.parse((await page.locator('#pair-compare').getAttribute('data-timing'))!) as Record<string, number>;
    expect(timing.fetchedMs).toBeGreaterThan(timing.workerStartMs!);
    await expect(page.locator('h1').textContent()).resolves.toContain('What changed in the X Privacy Policy');
    expect(await page.locator('h1 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/x/privacy-policy/2022-09-04/',
      '/x/privacy-policy/2026-07-16/',
    ]);
    await expect(page.locator('.counts').textContent()).resolves.toMatch(/Added\s*\d+ clauses.*Changed\s*\d+ clauses/s);
    expect(await page.locator('.changes .row-modified').count()).toBeGreaterThan(10);
    // Every change the jump list names is on the page, once.
    const anchors = await page.locator('.jump li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(anchors.length).toBeGreaterThan(10);
    for (const anchor of anchors.slice(0, 20)) expect(await page.locator(`[id="${anchor}"]`).count(), anchor).toBe(1);
    // One axe run: this is the largest comparison there is (the compare tests check both views on a prerendered one).
    await expectNoAxeViolations(page);
  }, 150_000);

  it('puts the older version first, at its own address, whichever way round it was asked', async () => {
    const page = await computed(await openPage(browserOf(), `${baseUrl}/`), `${baseUrl}/compare/x/privacy-policy/2026-07-16..2022-09-04/`);
    expect(new URL(page.url()).pathname).toBe(COMPUTED);
  });

  it('takes the version picker to a pair no page holds', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/`);
    await page.locator('select[name="old"]').selectOption('2022-09-05');
    await page.locator('select[name="new"]').selectOption('2025-03-11');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${baseUrl}/compare/x/terms-of-service/2022-09-05..2025-03-11/`);
    await page.locator('article.compare[data-computed]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Terms of Service');
  });

  it('is computed from the compare index by a worker started while the reader picked, and shown there at its address', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/`);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
    // No worker until the reader goes to the picker; picked newer first, from the keyboard, the worker starts at the
    // first focus and fetches both versions once picked.
    await page.locator('h1').hover();
    await page.waitForLoadState('networkidle');
    expect(page.workers()).toHaveLength(0);
    // Nor the code that shows a computed pair.
    const showCode = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/compare-pair\.[^/]+\.js$/.test(e.name)));
    await expect(showCode()).resolves.toBe(false);
    await page.locator('select[name="old"]').focus();
    await expect.poll(() => page.workers().length).toBe(1);
    await expect.poll(showCode).toBe(true);
    await page.locator('select[name="old"]').selectOption('2026-07-16');
    await page.keyboard.press('Tab');
    await page.locator('select[name="new"]').selectOption('2022-09-04');
    await expect.poll(() => requests.filter((r) => /^\/data\/x\/privacy-policy\/(2022-09-04|2026-07-16)\.json$/.test(r)).sort()).toEqual([
      '/data/x/privacy-policy/2022-09-04.json',
      '/data/x/privacy-policy/2026-07-16.json',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('article.compare[data-computed]').waitFor();
    // At the pair's own address, older first, without loading a page: not the index again (?old=), not the 404 page.
    expect(page.url()).toBe(`${baseUrl}${COMPUTED}`);
    expect(requests.filter((r) => r.includes('?old=') || r === COMPUTED)).toEqual([]);
    expect(requests.filter((r) => r.startsWith('/data/x/privacy-policy/2026-07-16'))).toHaveLength(1);
    // The reader is at the pair's heading, as at the start of a new page; the other language's link is the pair's.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
    await expect(page.locator('a[data-language-switch]').getAttribute('href')).resolves.toBe(`/zh${COMPUTED}`);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    // The same page the address computes by itself, and no axe violations.
    const cold = await computed(await openPage(browserOf(), `${baseUrl}/`), `${baseUrl}${COMPUTED}`);
    expect(await pairParts(page)).toEqual(await pairParts(cold));
    await expect(page.title()).resolves.toBe(await cold.title());
    await expectNoAxeViolations(page);
    // Back: the index, its picker as the reader left it; Forward: the pair again.
    await page.goBack();
    expect(page.url()).toBe(`${baseUrl}/compare/x/privacy-policy/`);
    await expect(page.locator('select[name="old"]').inputValue()).resolves.toBe('2026-07-16');
    await expect(page.locator('article.compare').count()).resolves.toBe(0);
    await expect(page.locator('a[data-language-switch]').getAttribute('href')).resolves.toBe('/zh/compare/x/privacy-policy/');
    await page.goForward();
    await expect(page.locator('article.compare[data-computed]').count()).resolves.toBe(1);
  }, 90_000);

  it('is opened from the compare index at once when it has a page, in Chinese too', async () => {
    for (const prefix of ['', '/zh']) {
      const page = await openPage(browserOf(), `${baseUrl}${prefix}/compare/x/privacy-policy/`);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).search));
      await page.locator('select[name="old"]').selectOption('2024-10-17');
      await page.locator('select[name="new"]').selectOption('2024-07-25');
      await page.locator('.picker button[type="submit"]').click();
      await page.waitForURL(`${baseUrl}${prefix}${PRERENDERED}`);
      expect(requests.filter((search) => search.includes('old='))).toEqual([]);
    }
  });

  it('is computed from the Chinese compare index in Chinese', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/compare/x/terms-of-service/`);
    await page.locator('select[name="old"]').selectOption('2022-09-05');
    await page.locator('select[name="new"]').selectOption('2025-03-11');
    await page.locator('.picker button[type="submit"]').click();
    await page.locator('article.compare[data-computed]').waitFor();
    expect(page.url()).toBe(`${baseUrl}/zh/compare/x/terms-of-service/2022-09-05..2025-03-11/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/服务条款/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    // A reload has the 404 page compute the same pair there.
    await page.reload();
    await page.locator('article.compare[data-computed]').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toMatch(/服务条款/);
  });

  it('is not asked for across regions: the compare index says so and stays', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/`);
    await expect(page.locator('#pick-problem').isVisible()).resolves.toBe(false);
    await page.locator('select[name="old"]').selectOption('2022-09-05');
    await page.locator('select[name="new"]').selectOption('2024-10-17-eu-efta-uk');
    await page.locator('.picker button[type="submit"]').click();
    await expect(page.locator('#pick-problem').isVisible()).resolves.toBe(true);
    expect(page.url()).toBe(`${baseUrl}/compare/x/terms-of-service/`);
    // Two of one region again: the problem goes, the pair comes.
    await page.locator('select[name="new"]').selectOption('2024-10-17');
    await page.locator('.picker button[type="submit"]').click();
    await page.waitForURL(`${baseUrl}/compare/x/terms-of-service/2022-09-05..2024-10-17/`);
    // The same from a version page's picker, which submits to the index.
    const asked = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/?old=2022-09-05&new=2024-10-17-eu-efta-uk`);
    await expect(asked.locator('#pick-problem').isVisible()).resolves.toBe(true);
  });

  it('is computed at its address when the picker\'s worker fails', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/`);
    // The worker's code cannot be had until the reader has left the index.
    let left = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().includes('..')) left = true;
    });
    await page.route('**/compare-worker-*.js', (route) => (left ? route.continue() : route.abort()));
    await page.locator('select[name="old"]').selectOption('2022-09-05');
    await page.locator('select[name="new"]').selectOption('2025-03-11');
    await page.locator('.picker button[type="submit"]').click();
    await page.waitForURL(`${baseUrl}/compare/x/terms-of-service/2022-09-05..2025-03-11/`);
    await page.locator('article.compare[data-computed]').waitFor();
    expect(await page.evaluate(startedAnswer)).toBe('pair');
  });

  it('names an unknown version and links to the versions there are', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2022-09-04..1999-01-01/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('There is no version 1999-01-01 of this document.');
    await expect(page.locator('a[href="/compare/x/privacy-policy/"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('says what to do without JavaScript, with a link to the comparisons of each document', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}${COMPUTED}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h2', { hasText: 'comparison of two versions' }).count()).resolves.toBe(1);
    await page.locator('a[href="/compare/x/privacy-policy/"]').click();
    await page.waitForURL(`${baseUrl}/compare/x/privacy-policy/`);
    expect(await page.locator('ol.pairs a').count()).toBeGreaterThan(10);
  });

  it('is loaded by the 404 page alone: a prerendered comparison loads no script file', async () => {
    const page = await openPage(browserOf(), `${baseUrl}${PRERENDERED}`);
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    const notFound = await openPage(browserOf(), `${baseUrl}/404.html`);
    expect(await notFound.locator('script[type="module"]').count()).toBe(1);
  });
});
