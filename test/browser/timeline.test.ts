/** The timeline and the feeds over the real data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

describe('timeline', () => {
  it('makes 15 November 2024 one event linked to both documents', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/timeline/`);
    const event = page.locator('li.event#effective-2024-11-15');
    await expect(event.locator('time').getAttribute('datetime')).resolves.toBe('2024-11-15');
    const links = await event.locator('.event-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((href) => href!.startsWith('/x/privacy-policy/'))).toBe(true);
    expect(links.some((href) => href!.startsWith('/x/terms-of-service/'))).toBe(true);
    await expect(page.locator('ol.timeline > li.event').count()).resolves.toBeGreaterThan(50);
    await expectNoAxeViolations(page);
  });

  it('shows the publication reported for 16 October 2024, citing its report', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/timeline/`);
    const event = page.locator('li.event.kind-published', { has: page.locator('time[datetime="2024-10-16"]') });
    await expect(event.count()).resolves.toBe(1);
    await expect(event.locator('a[href^="/news/"]').count()).resolves.toBe(1);
  });

  it('filters by kind and category without JavaScript, and hides re-extractions until asked', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/timeline/`);
    const visible = () => page.locator('li.event:visible').count();
    const all = await visible();
    await page.locator('label[for="kind-recorded"]').click();
    const fewer = await visible();
    expect(fewer).toBeLessThan(all);
    await expect(page.locator('li.event.kind-recorded:visible').count()).resolves.toBe(0);
    await page.locator('label[for="category-data-retention"]').click();
    const retention = await page.locator('li.event:visible').evaluateAll((items) => items.map((li) => li.className));
    expect(retention.length).toBeGreaterThan(0);
    expect(retention.every((c) => c.includes('category-data-retention'))).toBe(true);
    await page.locator('label[for="kind-recorded"]').click();
    const minor = page.locator('li.event.minor').first();
    await expect(minor.isVisible()).resolves.toBe(false);
  });

  it('keeps one document’s events on its own page, with change bars that say their numbers', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/timeline/x/terms-of-service/`);
    const links = await page.locator('li.event.kind-recorded .event-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => !href!.startsWith('/x/privacy-policy/'))).toBe(true);
    await expect(page.locator('.bar-text').first().textContent()).resolves.toMatch(/\d+ words inserted, \d+ deleted/);
  });
});

describe('feeds and sitemap', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  it('are valid RSS 2.0 with the required elements, site-wide and per document', () => {
    for (const file of ['feed.xml', 'x/privacy-policy/feed.xml', 'x/terms-of-service/feed.xml']) {
      const xml = readFileSync(join(siteDir, file), 'utf8');
      const { rss } = parser.parse(xml);
      expect(rss['@_version'], file).toBe('2.0');
      expect(rss.channel.title).toMatch(/^Termline/);
      expect(rss.channel.link).toMatch(/^https?:\/\//);
      expect(rss.channel.description.length).toBeGreaterThan(10);
      const items = [rss.channel.item].flat();
      expect(items.length, file).toBeGreaterThan(5);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/^https?:\/\//);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
  });

  it('lists the pages in a sitemap, without the hundreds of pairwise comparisons', () => {
    const { urlset } = parser.parse(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8'));
    const urls: string[] = [urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(urls.some((u) => u.endsWith('/timeline/'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/x/privacy-policy/2024-10-17/'))).toBe(true);
    expect(urls.some((u) => /\/compare\/[^/]+\/[^/]+\/[^/]+\.\.[^/]+\/$/.test(u))).toBe(false);
  });
});
