/** Every page type of the built site, opened in Chromium and checked with axe. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

const COLLABORATORS = '3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators';

describe('home page', () => {
  it('lists every document and links to the latest change', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Termline');
    const documents = await page.locator('#documents ~ ul .card h3 a').allTextContents();
    expect(documents.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['X Privacy Policy', 'X Terms of Service']);
    const latest = page.locator('section[aria-labelledby="latest"] a').first();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().isNavigationRequest()), latest.click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(/\/x\/(privacy-policy|terms-of-service)\/[\w-]+\/$/);
  });

  it('has no axe violations, light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await expectNoAxeViolations(await openPage(browserOf(), `${baseUrl}/`, { colorScheme }));
    }
  });
});

describe('document page', () => {
  it('lists each version with its stated and recorded dates, per region', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/`);
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining(['Versions: Outside the EU, EFTA States and the UK', 'Versions: EU, EFTA States and the UK']));
    const row = page.locator('table.versions tr', { has: page.locator('th a[href="/x/terms-of-service/2024-10-17/"]') });
    // Named for a person; the ID stays in the address.
    await expect(row.locator('th').textContent()).resolves.toBe('effective 15 November 2024, first recorded 17 October 2024');
    await expect(row.locator('a.kind').textContent()).resolves.toBe('substantive change');
    await expect(row.locator('td time').first().getAttribute('datetime')).resolves.toBe('2024-11-16');
    await row.locator('th a').click();
    await page.waitForURL(`${baseUrl}/x/terms-of-service/2024-10-17/`);
  });

  it('marks re-extraction records', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/`);
    const row = page.locator('table.records tr', { has: page.locator('time[datetime="2025-10-23"]') });
    await expect(row.getAttribute('class')).resolves.toContain('minor');
    await expect(row.textContent()).resolves.toContain('Apply technical or declaration upgrade');
    await expectNoAxeViolations(page);
  });
});

describe('version page', () => {
  it('opens at a clause permalink, with the clause in view', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/#${COLLABORATORS}`);
    const clause = page.locator(`[id="${COLLABORATORS}"]`);
    await expect(clause.isVisible()).resolves.toBe(true);
    await expect(clause.textContent()).resolves.toMatch(/^Third-party collaborators\./);
    const box = await clause.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await expect(clause.locator('a.permalink').getAttribute('href')).resolves.toBe(`#${COLLABORATORS}`);
    // Each clause's links are named by the page's one hidden label each: a screen reader hears the same words as before.
    await expect(clause.getByRole('link', { name: 'Link to this clause', exact: true }).count()).resolves.toBe(1);
    await expect(clause.getByRole('link', { name: 'embed this clause', exact: true }).textContent()).resolves.toBe('embed');
    await expect(page.getByRole('link', { name: 'Link to this section', exact: true }).count()).resolves.toBeGreaterThan(10);
    // The "¶" is drawn, not copied with the clause's words.
    await expect(clause.locator('a.permalink').evaluate((a) => getComputedStyle(a, '::before').content)).resolves.toMatch(/¶/);
    await expect(clause.textContent()).resolves.not.toMatch(/¶|Link to this clause/);
  });

  it('shows the stated effective date apart from the recorded date, and the provenance', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`);
    const subtitle = await page.locator('h1 .subtitle').textContent();
    expect(subtitle).toContain('Effective 15 November 2024');
    expect(subtitle).toContain('first recorded 17 October 2024');
    await page.locator('details.provenance summary').click();
    const hashes = await page.locator('details.provenance code.hash').allTextContents();
    const sources = readFileSync(new URL('../../../shared/corpus/SOURCES.tsv', import.meta.url), 'utf8');
    expect(hashes.length).toBe(2);
    for (const hash of hashes) expect(sources).toContain(hash);
    await expectNoAxeViolations(page);
  });

  it('jumps from the table of contents to a section', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/2024-10-17/`);
    const link = page.locator('.toc a', { hasText: '6. General' });
    await link.click();
    expect(new URL(page.url()).hash).toBe('#6-general');
    await expect(page.locator('[id="6-general"]').isVisible()).resolves.toBe(true);
  });

  it('shows each regional text on its own page', async () => {
    const world = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/2024-10-17/`);
    const eu = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/2024-10-17-eu-efta-uk/`);
    const worldText = await world.locator('.policy-text').textContent();
    const euText = await eu.locator('.policy-text').textContent();
    expect(worldText).toContain('$15,000 USD');
    expect(euText).toContain('€15,000 EUR');
    expect(euText).not.toContain('$15,000 USD');
    await expect(eu.locator('h1').textContent()).resolves.toContain('EU, EFTA States and the UK');
    await expectNoAxeViolations(eu);
  });

  it('works from the keyboard: the skip link moves focus into the text', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
  });

  it('fits a 320 px screen without sideways scrolling, in dark mode too', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`, { viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });

  it('prints the text without navigation', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.toc').isVisible()).resolves.toBe(false);
    await expect(page.locator(`[id="${COLLABORATORS}"]`).isVisible()).resolves.toBe(true);
  });
});

describe('news pages', () => {
  it('show the cleaned article in its language, with its source and a link to the original', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/news/2024-10-22-freebuf-x-third-party-ai-training/`);
    const body = page.locator('.report-body');
    // Simplified Chinese, by its script: the detector says zh, the page says which script.
    await expect(body.getAttribute('lang')).resolves.toBe('zh-Hans');
    const text = (await body.textContent())!;
    expect(text).toContain('15000美元');
    expect(text).not.toContain('扫码');
    expect(text).not.toContain('Copyright');
    await expect(page.locator('a[href="https://www.freebuf.com/news/413349.html"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('give the page’s own publication time beside the listing date, and the original a repost credits', async () => {
    const freebuf = await openPage(browserOf(), `${baseUrl}/news/2024-10-22-freebuf-x-third-party-ai-training/`);
    const published = (await freebuf.locator('dt:text-is("Published") + dd').textContent())!;
    expect(published).toContain('22 October 2024');
    expect(published).toContain('21 October 2024, 17:06');
    await expect(freebuf.locator('time[datetime="2024-10-21T17:06:13"]').count()).resolves.toBe(1);
    await expect(freebuf.locator('dt:text-is("Reposted from") + dd').textContent()).resolves.toContain('AIGverse');
    const anquanquan = await openPage(browserOf(), `${baseUrl}/news/2024-10-18-anquanquan-x-terms-ai-training/`);
    await expect(anquanquan.locator('dt:text-is("Reposted from") + dd').textContent()).resolves.toContain('蓝点网');
    await expect(anquanquan.locator('dt:text-is("Published") + dd .note').count()).resolves.toBe(0);
  });

  it('are listed on the news index', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/news/`);
    await expect(page.locator('.report-list li').count()).resolves.toBe(2);
    await expectNoAxeViolations(page);
  });
});

describe('404 page', () => {
  it('answers an unknown address with status 404 and a way back', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/x/privacy-policy/1999-01-01/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1:visible').textContent()).resolves.toBe('Page not found');
    await expectNoAxeViolations(page);
  });
});

describe('the built site', () => {
  it('ships JavaScript only where a feature needs it', () => {
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    // Scripts only where a feature needs one: the compare index turns the picker's choice into an
    // address, the timeline keeps its filters in the address, search runs Pagefind, the 404 page
    // retries an address without its trailing slash, embed panels copy code, and cards report
    // their height to the page that embeds them.
    // The language switch's few lines (they carry a #clause or ?q= over to the other language) are the one script
    // of pages whose place is in their address: versions, comparisons, search, the timeline, the kinds of change.
    const withoutSwitch = (html: string) => html.replace(/<script data-keeps-place>[\s\S]*?<\/script>/g, '');
    const scripted = pages.filter((file) => /<script/i.test(withoutSwitch(readFileSync(join(siteDir, file), 'utf8'))));
    const allowed = /^(zh\/)?(compare\/[^/]+\/[^/]+\/index\.html|timeline\/(index\.html|[^/]+\/[^/]+\/index\.html)|search\/index\.html|404\.html|404\/index\.html|embed\/.+\/index\.html|notes\/[^/]+\/index\.html|cards\/.+\/index\.html)$/;
    expect(scripted.filter((file) => !allowed.test(file))).toEqual([]);
    // Document, news and home pages carry none; version and compare-pair pages only the switch's.
    for (const page of ['index.html', 'x/privacy-policy/index.html', 'news/index.html', 'zh/index.html', 'zh/notes/index.html']) {
      expect(readFileSync(join(siteDir, page), 'utf8'), page).not.toMatch(/<script/i);
    }
    for (const page of ['x/privacy-policy/2024-10-17/index.html', 'compare/x/privacy-policy/2024-07-25..2024-10-17/index.html']) {
      const html = readFileSync(join(siteDir, page), 'utf8');
      expect(html, page).toMatch(/<script data-keeps-place>/);
      expect(withoutSwitch(html), page).not.toMatch(/<script/i);
    }
    const scripts = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
    // The search page's module, the embed script for other sites, the card's own height reporter and the 404 page's redirect of cards pinned to a version.
    // The in-browser comparison's worker is a file of its own, started by that page module, never by a page; so is the
    // code that computes a card or embed page, which the 404 page's module imports only at a card's address.
    const modules = scripts.filter((f) => !['embed.js', 'embed/card.js', 'embed/pinned-redirect.js'].includes(f) && !/(^|\/)(compare-worker|card-page)[^/]*\.js$/.test(f));
    // Page modules: the search page's, the 404 page's (computed pairs, cards and embed pages) and the compare index's
    // picker (computed pairs in place), which share the code that shows a computed pair (the picker loads it only when
    // the reader goes to it, through Vite's preload helper); nothing else.
    const pickerModule = /src="\/(_astro\/[^"]+\.js)"/.exec(readFileSync(join(siteDir, 'compare/x/privacy-policy/index.html'), 'utf8'))?.[1];
    expect(pickerModule).toMatch(/^_astro\/index\.astro_astro_type_script_index_0_lang\./);
    const known = (f: string) => f === pickerModule || /^_astro\/((search|404)\.astro_astro_type_script_index_0_lang|compare-pair|preload-helper)\.[^/]+\.js$/.test(f);
    expect(modules.filter((f) => !known(f)), scripts.join(', ')).toEqual([]);
  });
});

describe('service pages', () => {
  it('list the services with their documents, versions and last change, and their activity by month', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/services/`);
    const row = page.locator('table.services tbody tr').first();
    await expect(row.locator('th a').textContent()).resolves.toBe('X');
    await expect(row.locator('td').first().textContent()).resolves.toBe('2');
    await expect(page.locator('.activity tbody th a').allTextContents()).resolves.toEqual(['X']);
    await expectNoAxeViolations(page);
  });

  it('show each document of a service with its history chart, labelled for screen readers', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('X');
    const charts = page.locator('figure.history-chart svg[role="img"]');
    await expect(charts.count()).resolves.toBe(2);
    await expect(charts.first().getAttribute('aria-label')).resolves.toMatch(/^Privacy Policy: \d+ versions from 2022-09-04/);
    await expect(page.locator('figure.history-chart circle.change').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href="/x/feed.xml"]').count()).resolves.toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) await expectNoAxeViolations(await openPage(browserOf(), `${baseUrl}/x/`, { colorScheme }));
  });

  it('put every document of one type side by side', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/documents/privacy-policy/`);
    await expect(page.locator('h2 a').allTextContents()).resolves.toEqual(['X Privacy Policy']);
    await expectNoAxeViolations(page);
  });

  it('give each service a feed of its changes', () => {
    const feed = readFileSync(join(siteDir, 'x', 'feed.xml'), 'utf8');
    expect(feed).toContain('<title>Termline: X</title>');
    expect(feed).toMatch(/<item><title>[^<]*A new text of the X (Privacy Policy|Terms of Service)/);
  });
});
