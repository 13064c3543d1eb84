/**
 * Pagefind reads only the folders searchPagesGlob names (src/lib/publish/paths.ts): a page type that starts
 * marking its content for the index elsewhere would silently drop out of search, so the built site is checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { searchPageFolders } from '../../src/lib/publish/paths.ts';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

describe('pages in the search index', () => {
  it('are all in the folders Pagefind reads, and notes and stories of both languages are among them', () => {
    const marked = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
      .filter((file) => readFileSync(join(siteDir, file), 'utf8').includes('data-pagefind-body'));
    const folders = searchPageFolders();
    expect(marked.filter((file) => !folders.some((folder) => file.startsWith(`${folder}/`)))).toEqual([]);
    for (const folder of ['notes', 'stories', 'zh/notes', 'zh/stories']) expect(marked.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
  });

  it('lets a query find a story page, which is read from its folder', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/search/?q=${encodeURIComponent('Tarrant County')}`);
    await page.waitForFunction(() => /result|Nothing found/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 20_000 });
    const hrefs = await page.locator('#results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((href) => href.startsWith('/stories/'))).toBe(true);
    await expectNoAxeViolations(page);
  });
});
