/** The compare page and the version picker, in Chromium, with axe. */
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();

const PRIVACY_2024 = `${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`;
// A substantive change is a row of its own; changes to links only fold behind one line (.row-fold).
const COLLABORATORS = 'change-3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators';

describe('compare page', () => {
  it('summarises the change and lists every changed clause', async () => {
    const page = await openPage(browserOf(), PRIVACY_2024);
    const counts = await page.locator('.counts').textContent();
    expect(counts).toMatch(/Added\s*\d+ clauses/);
    const jump = page.locator('.jump li a');
    const anchors = await jump.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(anchors).toContain(`#${COLLABORATORS}`);
    // Every jump target exists on the page.
    for (const anchor of anchors) expect(await page.locator(`[id="${anchor!.slice(1)}"]`).count(), anchor!).toBe(1);
  });

  it('marks insertions and deletions in words a screen reader says, not by colour alone', async () => {
    const page = await openPage(browserOf(), `${PRIVACY_2024}#${COLLABORATORS}`);
    const row = page.locator(`[id="${COLLABORATORS}"]`);
    await expect(row.locator('.badge').textContent()).resolves.toBe('Added');
    const inserted = row.locator('.cell.new ins').first();
    await expect(inserted.isVisible()).resolves.toBe(true);
    await expect(inserted.textContent()).resolves.toMatch(/^\[inserted: Third-party collaborators\./);
    const style = await inserted.evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(style).toContain('underline');
    const box = await row.boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    const deleted = page.locator('.cell.old del').first();
    await expect(deleted.evaluate((el) => getComputedStyle(el).textDecorationLine)).resolves.toContain('line-through');
  });

  it('lines old up against new side by side, and shows one inline column on a narrow screen', async () => {
    const wide = await openPage(browserOf(), PRIVACY_2024);
    const row = wide.locator('.changes > .row-modified').first();
    const [old, young] = [await row.locator('.cell.old').boundingBox(), await row.locator('.cell.new').boundingBox()];
    expect(Math.abs(old!.y - young!.y)).toBeLessThan(2);
    expect(young!.x).toBeGreaterThan(old!.x + old!.width);
    // Where the columns would stack, the inline view is the one shown (test/browser/kinds.test.ts has more).
    const narrow = await openPage(browserOf(), PRIVACY_2024, { viewport: { width: 360, height: 740 } });
    const stacked = narrow.locator('.changes > .row-modified').first();
    await expect(stacked.locator('.cell.old').isVisible()).resolves.toBe(false);
    await expect(stacked.locator('.cell.new del').first().isVisible()).resolves.toBe(true);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(narrow);
  });

  it('switches to one inline column without JavaScript', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PRIVACY_2024);
    await page.locator('label[for="view-inline"]').click();
    const row = page.locator('.changes > .row-modified').first();
    await expect(row.locator('.cell.old').isVisible()).resolves.toBe(false);
    await expect(row.locator('.cell.new del').first().isVisible()).resolves.toBe(true);
    await expect(row.locator('.cell.new ins').first().isVisible()).resolves.toBe(true);
    // A removed clause's text is written once, in the earlier column: the one column shows it, struck through.
    const removed = page.locator('.changes > .row-removed').first();
    await expect(removed.locator('.cell.old del').first().isVisible()).resolves.toBe(true);
    await expect(removed.locator('.cell.new').isVisible()).resolves.toBe(false);
    await page.locator('label[for="view-side"]').click();
    await expect(removed.locator('.cell.new .empty').isVisible()).resolves.toBe(true);
  });

  it('names each run of unchanged clauses in one line that links to it in both versions, without JavaScript', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PRIVACY_2024);
    const runs = page.locator('.changes > p.unchanged-run');
    expect(await runs.count()).toBeGreaterThan(3);
    const run = runs.first();
    await expect(run.textContent()).resolves.toMatch(/^\d+ unchanged clauses (in|from) “.+”: read them in the earlier version or in the later version\.$/);
    const [earlier, later] = await run.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(earlier).toMatch(/^\/x\/privacy-policy\/2024-07-25\/#./);
    expect(later).toMatch(/^\/x\/privacy-policy\/2024-10-17\/#./);
    // The later link lands on the run's first clause in the later version's page, in view.
    await run.locator('a').nth(1).click();
    await page.waitForURL(`${baseUrl}${later}`);
    const clause = page.locator(`[id="${decodeURIComponent(later!.split('#')[1]!)}"]`);
    await expect(clause.isVisible()).resolves.toBe(true);
    expect((await clause.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height);
    await context.close();
  });

  it('has no axe violations, light or dark, side by side or inline', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/2023-10-11..2024-10-17/`, { colorScheme });
      await expectNoAxeViolations(page);
      await page.locator('label[for="view-inline"]').click();
      await expectNoAxeViolations(page);
    }
  });

  it('is prerendered for each change and each pair a note or story names; any other pair is not a page of its own', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Consecutive versions, a bridge over hidden ones, a story's comparison.
    for (const pair of ['privacy-policy/2025-04-17..2025-05-09', 'privacy-policy/2024-07-25..2024-10-17', 'terms-of-service/2023-10-11..2024-10-17']) {
      const response = await page.goto(`${baseUrl}/compare/x/${pair}/`);
      expect(response?.status(), pair).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toContain('What changed');
    }
    const response = await page.goto(`${baseUrl}/compare/x/privacy-policy/2022-09-04..2026-07-16/`);
    expect(response?.status()).toBe(404);
  });
});

describe('version picker', () => {
  it('takes the reader from a version page to the comparison of any two versions', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/terms-of-service/2025-03-11/`);
    await page.locator('select[name="old"]').selectOption('2022-09-05');
    await page.locator('select[name="new"]').selectOption('2025-03-11');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(`${baseUrl}/compare/x/terms-of-service/2022-09-05..2025-03-11/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Terms of Service');
  });

  it('puts the older version first whichever way round they were picked, from the keyboard', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/`);
    await page.locator('select[name="old"]').focus();
    await page.locator('select[name="old"]').selectOption('2024-10-17');
    await page.keyboard.press('Tab');
    await page.locator('select[name="new"]').selectOption('2024-07-25');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`);
  });

  it('works without JavaScript through the list of the changes and of the pairs our writing names', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/compare/x/terms-of-service/?old=2023-10-11&new=2024-10-17`);
    const link = page.locator('a[href="/compare/x/terms-of-service/2023-10-11..2024-10-17/"]');
    await expect(link.count()).resolves.toBeGreaterThan(0);
    await link.first().click();
    await page.waitForURL(`${baseUrl}/compare/x/terms-of-service/2023-10-11..2024-10-17/`);
  });

  it('hides re-extraction versions until asked, without JavaScript', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/x/privacy-policy/`);
    const minor = page.locator('table.versions tr.minor').first();
    await expect(minor.isVisible()).resolves.toBe(false);
    await page.locator('label[for="show-minor"]').click();
    await expect(minor.isVisible()).resolves.toBe(true);
  });

  it('has no axe violations on the compare index', async () => {
    await expectNoAxeViolations(await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/`));
  });
});
