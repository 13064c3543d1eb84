/** Search, in Chromium: queries land on the exact clause, notes and news; filters; keyboard only; axe. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();

async function results(page: Page): Promise<{ href: string; title: string }[]> {
  await page.waitForFunction(() => /result|Nothing found/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 20_000 });
  return page.locator('#results li a').evaluateAll((links) => links.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent! })));
}

const search = async (query: string, extra = '') => {
  const page = await openPage(browserOf(), `${baseUrl}/search/?q=${encodeURIComponent(query)}${extra}`);
  return { page, found: await results(page) };
};

describe('search', () => {
  it('finds the liquidated damages clause of the Terms for "15,000"', async () => {
    const { found } = await search('15,000');
    expect(found.some((r) => /^\/x\/terms-of-service\/[\w-]+\/#5-[\w-]+\/liquidated-damages\//.test(r.href))).toBe(true);
  });

  it('finds the venue clause for "Tarrant", linking the clause itself', async () => {
    const { found } = await search('Tarrant');
    expect(found.some((r) => /\/x\/terms-of-service\/[\w-]+\/#6-general\/laws-state-texas/.test(r.href))).toBe(true);
  });

  it('finds the third-party collaborators clause and its note, one result for the clause across all its versions', async () => {
    const { page, found } = await search('third-party collaborators');
    const clauses = found.filter((r) => r.href.includes('#3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators'));
    expect(clauses).toHaveLength(1);
    expect(found.map((r) => r.href)).toContain('/notes/x-privacy-third-party-collaborators/');
    const facts = await page.locator('#results li', { has: page.locator(`a[href="${clauses[0]!.href}"]`) }).locator('.note').textContent();
    expect(facts).toMatch(/In \d+ versions, first recorded 17 October 2024/);
  });

  it('finds the Chinese news report for a Chinese query', async () => {
    const { found } = await search('第三方');
    expect(found.map((r) => r.href)).toContain('/news/2024-10-22-freebuf-x-third-party-ai-training/');
  });

  it('narrows results with a filter, and keeps the filter in the address', async () => {
    const { page } = await search('data');
    // The filters are drawn, and their files loaded, once the reader opens them.
    await expect(page.locator('#facets input').count()).resolves.toBe(0);
    await page.locator('#filters summary').click();
    await page.locator('#facets input[value="Note"]').waitFor();
    await results(page);
    const count = async () => Number(/(\d+) results?/.exec((await page.locator('#status').textContent()) ?? '')?.[1] ?? 0);
    const before = await count();
    const statusBefore = await page.locator('#status').textContent();
    await page.locator('#facets input[value="Note"]').check();
    await page.waitForFunction((was) => /result/.test(document.getElementById('status')?.textContent ?? '') && document.getElementById('status')?.textContent !== was, statusBefore);
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(await count()).toBeLessThan(before);
    expect(narrowed.every((r) => r.href.startsWith('/notes/'))).toBe(true);
    // Filter values are attributes, not text: they do not show up in excerpts.
    const excerpts = await page.locator('#results .excerpt').allTextContents();
    expect(excerpts.filter((text) => /Collection\/Use|\d{4}-\d{2}-\d{2}/.test(text))).toEqual([]);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Note']);
    await expectNoAxeViolations(page);
  });

  it('works from the keyboard alone, from the header box to the clause', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/`);
    for (let i = 0; i < 12 && !(await page.evaluate(() => document.activeElement?.id === 'site-search')); i += 1) await page.keyboard.press('Tab');
    await page.keyboard.type('Tarrant');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Tarrant/);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    // Tab on to the first result that is a clause, and follow it.
    for (let i = 0; i < 40 && !(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href?.includes('#'))); i += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/#/);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${target}"]`).isVisible()).resolves.toBe(true);
  });

  it('answers /search?q= without the trailing slash', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/search?q=Tarrant`);
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  it('loads no search code until there is a query', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl}/x/privacy-policy/`);
    await page.goto(`${baseUrl}/search/`);
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('#q').fill('Texas');
    await page.waitForFunction(() => /result/.test(document.getElementById('status')?.textContent ?? ''));
    expect(requested.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
    // Nor any filter file until the reader opens the filters (a collection's are hundreds of KB).
    expect(requested.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
  });

  it('opens the filters the address names, and applies them', async () => {
    const { page, found } = await search('data', '&kind=Note');
    await expect(page.locator('#filters').getAttribute('open')).resolves.not.toBeNull();
    await expect(page.locator('#facets input[value="Note"]').isChecked()).resolves.toBe(true);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.href.startsWith('/notes/'))).toBe(true);
  });

  it('orders clauses by the date of their latest version, oldest or newest first', async () => {
    const dates = async (order: string) => {
      const { page } = await search('Twitter', `&sort=${order}`);
      return page.locator('#results a').evaluateAll((links) =>
        links.map((a) => /\/(\d{4}-\d{2}-\d{2})\//.exec(a.getAttribute('href')!)?.[1]).filter((d): d is string => Boolean(d)),
      );
    };
    const oldest = await dates('asc');
    const newest = await dates('desc');
    expect(oldest).toEqual([...oldest].sort());
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest[0]! < newest[0]!).toBe(true);
  });
});
