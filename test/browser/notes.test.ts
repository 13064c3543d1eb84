/** Notes on version pages, compare pages, their own pages and the index, in Chromium with axe. */
import { describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browserOf = useBrowser();

const VERSION = `${baseUrl}/x/privacy-policy/2024-10-17/`;
const CLAUSE = '3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators';

describe('a version page with notes', () => {
  it('marks the annotated words and puts the notes in the margin on a wide screen', async () => {
    const page = await openPage(browserOf(), `${VERSION}#${CLAUSE}`, { viewport: { width: 1440, height: 900 } });
    const clause = page.locator(`[id="${CLAUSE}"]`);
    const marks = await clause.locator('mark.annotated').allTextContents();
    expect(marks).toContain('may use it for their own independent purposes');
    const note = page.locator('#note-x-privacy-third-party-collaborators');
    await expect(note.isVisible()).resolves.toBe(true);
    const [noteBox, clauseBox] = [await note.boundingBox(), await clause.boundingBox()];
    expect(noteBox!.x).toBeGreaterThan(clauseBox!.x + clauseBox!.width);
    await expectNoAxeViolations(page);
  });

  it('shows the notes as disclosures under the text on a narrow screen, operable by keyboard', async () => {
    const page = await openPage(browserOf(), `${VERSION}#${CLAUSE}`, { viewport: { width: 390, height: 800 } });
    const note = page.locator('#note-x-privacy-third-party-collaborators');
    const clauseBox = await page.locator(`[id="${CLAUSE}"]`).boundingBox();
    const noteBox = await note.boundingBox();
    expect(noteBox!.x).toBeLessThan(clauseBox!.x + clauseBox!.width);
    await expect(note.locator('p').first().isVisible()).resolves.toBe(false);
    await note.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(note.locator('p').first().isVisible()).resolves.toBe(true);
    await note.getByRole('link', { name: 'Read the note' }).click();
    await page.waitForURL(`${baseUrl}/notes/x-privacy-third-party-collaborators/`);
    await expectNoAxeViolations(page);
  });
});

describe('a note page', () => {
  it('explains, says where its words stand in every version, and cites its sources', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/notes/x-privacy-retention-18-month-cap/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('18-month limit');
    const history = await page.locator('.note-history li').allTextContents();
    expect(history.some((line) => /The quoted words are gone/.test(line) && /17 October 2024/.test(line))).toBe(true);
    await expect(page.locator('.mini-compare ins').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('a[href="/news/2024-10-22-freebuf-x-third-party-ai-training/"]').count()).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });

  it('links its clause references to the clause on its version page', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/notes/x-privacy-third-party-collaborators/`);
    const href = await page.getByRole('link', { name: 'the clause in full' }).getAttribute('href');
    expect(href).toMatch(new RegExp(`^/x/privacy-policy/[\\w-]+/#${CLAUSE}$`));
    const response = await page.goto(`${baseUrl}${href}`);
    expect(response?.status()).toBe(200);
  });
});

describe('the notes index', () => {
  it('groups every note by category and by impact', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/notes/`);
    const categories = await page.locator('section[aria-labelledby="by-category"] h3').allTextContents();
    expect(categories).toEqual(expect.arrayContaining(['Third Party Sharing/Collection', 'Data Retention', 'Licence to content']));
    const impacts = await page.locator('section[aria-labelledby="by-impact"] h3').allTextContents();
    expect(impacts).toContain('Expands what the company may do');
    await expectNoAxeViolations(page);
  });
});

describe('a compare page with notes', () => {
  it('puts the notes next to the changed clauses they explain', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/terms-of-service/2023-10-11..2024-10-17/`);
    const row = page.locator('.row', { has: page.locator('.row-notes a[href="/notes/x-terms-licence-ai-training/"]') });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('.badge').textContent()).resolves.toBe('Changed');
  });
});

describe('history rendered from the data', () => {
  it('shows each rewording with the words before and after and both dates', async () => {
    // The framework's name was corrected between the texts first recorded 25 March and 17 May 2024.
    const page = await openPage(browserOf(), `${baseUrl}/notes/x-privacy-data-privacy-framework/`);
    const change = page.locator('.note-history li', { has: page.locator('.before-after') }).first();
    await expect(change.locator('del').textContent()).resolves.toContain('Protection');
    await expect(change.locator('ins').textContent()).resolves.toContain('Privacy');
    const caption = await change.locator('figcaption').textContent();
    expect(caption).toContain('25 March 2024');
    expect(caption).toContain('17 May 2024');
    await expectNoAxeViolations(page);
  });

  it('lists what a comparison’s changes do at its top, each linking to its change', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/compare/x/privacy-policy/2024-07-25..2024-10-17/`);
    const summary = page.locator('.impact-summary');
    await expect(summary.locator('h3').allTextContents()).resolves.toContain('Expands what the company may do');
    const links = await summary.locator('li > a[href^="#change-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) await expect(page.locator(`[id="${href.slice(1)}"]`).count(), href).resolves.toBe(1);
    await expectNoAxeViolations(page);
  });
});
