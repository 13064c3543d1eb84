/** Stories and plain-question search, in Chromium with axe: the home page leads to the story, the story to the changes. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();

describe('stories', () => {
  it('are one click from the home page, and link the headline comparisons', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/`);
    await page.locator('.lead-story h2 a').click();
    await page.waitForURL(/\/stories\/[\w-]+\/$/);
    await expect(page.locator('h2').allTextContents()).resolves.toEqual(expect.arrayContaining(['What this means for you', 'Sources']));
    const hrefs = await page.locator('a[href^="/compare/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/compare/x/privacy-policy/2024-07-25..2024-10-17/');
    expect(hrefs).toContain('/compare/x/terms-of-service/2023-10-11..2024-10-17/');
    await expect(page.locator('.mini-compare ins').count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  it('are linked from the comparisons and the timeline entries they explain', async () => {
    const compare = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`);
    await expect(compare.locator('.story-links a[href^="/stories/"]').count()).resolves.toBeGreaterThan(0);
    const timeline = await openPage(browserOf(), `${baseUrl}/timeline/`);
    const entry = timeline.locator('li', { has: timeline.locator('a[href="/compare/x/privacy-policy/2024-07-25..2024-10-17/"]') });
    await expect(entry.locator('a[href^="/stories/"]').count()).resolves.toBeGreaterThan(0);
  });

  it('are listed on the stories index, newest first, with axe at zero on a phone', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/stories/`, { viewport: { width: 390, height: 800 } });
    await expect(page.locator('.story-list li').count()).resolves.toBeGreaterThanOrEqual(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

async function firstResults(page: Page): Promise<string[]> {
  await page.waitForFunction(() => /result|Nothing found/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 20_000 });
  return page.locator('#results li a').evaluateAll((links) => links.slice(0, 3).map((a) => a.getAttribute('href')!));
}

describe('plain questions in search', () => {
  // The questions as a reader types them; each note names the questions it answers.
  for (const [question, note] of [
    // Any of the notes on how long X keeps data (their order follows the words of each note).
    ['how long do you keep my data', /\/notes\/x-privacy-retention-(depending-on-need|18-month-cap|fixed-periods)\/$/],
    ['where do I sue', /\/notes\/x-terms-(tarrant-county-venue|texas-law|ireland-eu-disputes|venue-[\w-]+)\/$/],
    ['train AI', null],
  ] as const) {
    it(`“${question}” finds a note first`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/search/?q=${encodeURIComponent(question)}`);
      const top = await firstResults(page);
      expect(top[0], question).toMatch(/^\/notes\//);
      if (typeof note === 'string') expect(top, question).toContain(note);
      else if (note) expect(top.some((href) => note.test(href)), question).toBe(true);
    });
  }

  it('does not find a note by its embed panel, the same on every note', async () => {
    // Its words ("needs no JavaScript to read") were found on every note.
    const page = await openPage(browserOf(), `${baseUrl}/search/?q=JavaScript`);
    await page.waitForFunction(() => /result|Nothing found/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 20_000 });
    expect(await page.locator('#results li a[href^="/notes/"]').count()).toBe(0);
  });

  it('puts the results before the filters on a phone, and counts follow the query', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/search/?q=${encodeURIComponent('opt out')}`, { viewport: { width: 390, height: 800 } });
    await firstResults(page);
    const [results, filters] = [await page.locator('#results').boundingBox(), await page.locator('#filters').boundingBox()];
    expect(results!.y).toBeLessThan(filters!.y);
    // The filters, and their counts, are drawn once the reader opens them.
    const countOf = async (p: Page) => {
      await p.locator('#filters summary').click();
      const label = p.locator('#facets label', { hasText: /^Policy text/ });
      await label.waitFor();
      return Number(/\((\d+)\)/.exec((await label.textContent())!)![1]);
    };
    const narrow = await countOf(page);
    const all = await openPage(browserOf(), `${baseUrl}/search/?q=${encodeURIComponent('information')}`);
    await firstResults(all);
    expect(await countOf(all)).toBeGreaterThan(narrow);
    expect(narrow).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });
});
