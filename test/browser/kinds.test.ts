/**
 * Kinds of change, bridged hidden versions, recorded dates and phones and
 * paper, in Chromium at 390 and 1280 pixels, with axe.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();
const WIDTHS = [390, 1280] as const;
const viewport = (width: number) => ({ viewport: { width, height: 800 } });

describe('lists of changes bridge hidden versions', () => {
  for (const width of WIDTHS) {
    it(`lists 9 May 2025 → 28 June 2025 by default, and every step when asked (${width} px)`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/`, viewport(width));
      const visible = () => page.locator('ol.pairs li:visible').allTextContents();
      let items = (await visible()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(items.some((t) => t.startsWith('9 May 2025 → 28 June 2025 substantive change'))).toBe(true);
      expect(items.some((t) => t.startsWith('21 May 2025 → 28 June 2025'))).toBe(false);
      expect(items.some((t) => t.startsWith('9 May 2025 → 21 May 2025'))).toBe(false);
      await page.locator('label[for="show-minor"]').click();
      items = (await visible()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(items.some((t) => t.startsWith('9 May 2025 → 21 May 2025 links only'))).toBe(true);
      expect(items.some((t) => t.startsWith('21 May 2025 → 28 June 2025'))).toBe(true);
      expect(items.some((t) => t.startsWith('9 May 2025 → 28 June 2025'))).toBe(false);
      await expectNoAxeViolations(page);
    });
  }

  it('gives the bridging comparison a page of its own, with the change that hid behind the link-only version', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2025-05-09..2025-06-28/`);
    await expect(page.locator('.kind-line').textContent()).resolves.toMatch(/substantive change[\s\S]*spans 1 version in between/);
    const text = await page.locator('.changes').textContent();
    expect(text).toMatch(/90 days/);
    expect(text).toMatch(/12 months/);
  });
});

describe('labels a reader can trust', () => {
  for (const width of WIDTHS) {
    it(`labels every version with its kind, Notes column in reach (${width} px)`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/`, viewport(width));
      await page.locator('label[for="show-minor"]').click();
      const rows = page.locator('table.versions tbody tr');
      const count = await rows.count();
      expect(count).toBe(27);
      const kinds = await page.locator('table.versions tbody tr a.kind').allTextContents();
      expect(kinds).toHaveLength(count);
      expect(kinds).toContain('capture artefact');
      expect(kinds).toContain('spelling, punctuation or spacing only');
      const row = page.locator('table.versions tbody tr', { hasText: 'first recorded 16 January 2026' }).first();
      await expect(row.locator('a.kind').textContent()).resolves.toBe('spelling, punctuation or spacing only');
      const notes = page.locator('table.versions th', { hasText: 'Notes' }).first();
      const box = await notes.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    });

    it(`folds a hidden e-mail address and link-only changes behind one line (${width} px)`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/2024-10-17..2025-03-11/`, viewport(width));
      const fold = page.locator('details.row-fold').first();
      await expect(fold.locator('summary').textContent()).resolves.toMatch(/capture artefact/);
      await expect(fold.locator('del').first().isVisible()).resolves.toBe(false);
      await fold.locator('summary').click();
      await expect(fold.locator('.cell.new').first().isVisible()).resolves.toBe(true);
      await expectNoAxeViolations(page);
    });
  }

  it('says what each kind means on one page', async () => {
    for (const width of WIDTHS) {
      const page = await openPage(browserOf(), `${baseUrl}/kinds-of-change/`, viewport(width));
      for (const id of ['substantive', 'spelling', 'link', 'artefact', 'formatting', 'flickers', 'anomalies']) {
        expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
      }
      await expect(page.locator('#flickers + p').textContent()).resolves.toMatch(/72 hours/);
      await expectNoAxeViolations(page);
    }
  });
});

describe('every recorded date leads somewhere', () => {
  for (const width of WIDTHS) {
    it(`sends /x/privacy-policy/2022-09-20/ to the version seen that day, without JavaScript (${width} px)`, async () => {
      const context = await browserOf().newContext({ javaScriptEnabled: false, ...viewport(width) });
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/x/privacy-policy/2022-09-20/`);
      expect(response!.status()).toBe(200);
      await page.waitForURL(`${baseUrl}/x/privacy-policy/2022-09-04/`);
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Privacy Policy/);
      await context.close();
    });
  }

  it('lists the version, not the redirect, in the sitemap', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap-0.xml`)).text();
    expect(sitemap).toContain('/x/privacy-policy/2022-09-04/</loc>');
    expect(sitemap).not.toContain('/x/privacy-policy/2022-09-20/</loc>');
  });

  it('names versions for a person, offers recorded dates in the picker, and explains the count', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/`);
    await expect(page.locator('#documents + .cards').textContent()).resolves.toMatch(/27 versions in 19 records: each record holds one text per region/);
    const picker = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/`);
    const options = await picker.locator('select[name="old"] option').allTextContents();
    expect(options).toContain('effective 15 January 2026, first recorded 17 December 2025');
    expect(options.some((o) => o.startsWith('recorded 20 September 2022: the text first recorded 4 September 2022'))).toBe(true);
  });

  it('says what differs between two versions first recorded the same day', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/2025-12-17-effective-2024-11-15..2025-12-17/`);
    await expect(page.locator('.kind-line').textContent()).resolves.toMatch(/first recorded on 17 December 2025: one record showing two texts/);
  });
});

describe('phones and paper', () => {
  it('shows the inline view where the columns would stack', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`, viewport(390));
    const row = page.locator('.changes > .row-modified').first();
    await expect(row.locator('.cell.old').isVisible()).resolves.toBe(false);
    await expect(row.locator('.cell.new del').first().isVisible()).resolves.toBe(true);
    await expect(row.locator('.cell.new ins').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.view-switch').isVisible()).resolves.toBe(false);
    await expectNoAxeViolations(page);
  });

  it('prints a comparison with insertions and deletions marked apart without colour, and no navigation', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`);
    await page.emulateMedia({ media: 'print' });
    const del = page.locator('.changes > .row-modified .cell.new del').first();
    const ins = page.locator('.changes > .row-modified .cell.new ins').first();
    await expect(del.isVisible()).resolves.toBe(true);
    const marks = await Promise.all(
      [del, ins].map((el) => el.evaluate((node) => [getComputedStyle(node, '::before').content, getComputedStyle(node).textDecorationLine])),
    );
    expect(marks).toEqual([
      ['"[− "', 'line-through'],
      ['"[+ "', 'underline'],
    ]);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.version-nav').first().isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('reports lead to what they describe', () => {
  for (const width of WIDTHS) {
    it(`links a report to the notes citing it, their clauses and the change (${width} px)`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/news/2024-10-22-freebuf-x-third-party-ai-training/`, viewport(width));
      const items = page.locator('.report-links li');
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) {
        const hrefs = await item.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        expect(hrefs[0]).toMatch(/^\/notes\/[a-z0-9-]+\/$/);
        expect(hrefs.some((h) => /^\/x\/[a-z-]+\/[0-9a-z-]+\/#/.test(h))).toBe(true);
        expect(hrefs.some((h) => h.startsWith('/compare/x/'))).toBe(true);
      }
      // Every link leads to a page that exists.
      const first = await items.first().locator('a').last().getAttribute('href');
      const response = await page.goto(`${baseUrl}${first}`);
      expect(response!.status()).toBe(200);
      await page.goBack();
      await expectNoAxeViolations(page);
    });
  }
});

describe('quotes in notes read as text', () => {
  for (const width of WIDTHS) {
    it(`shows an added clause as its own text, links as links, not one long insertion (${width} px)`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}/notes/x-privacy-third-party-collaborators/`, viewport(width));
      const figure = page.locator('figure.mini-compare').first();
      await expect(figure.locator('.badge').textContent()).resolves.toBe('Added');
      expect(await figure.locator('ins').count()).toBe(0);
      await expect(figure.textContent()).resolves.not.toMatch(/\[link:/);
      await expectNoAxeViolations(page);
    });
  }
});
