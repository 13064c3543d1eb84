/**
 * The Chinese site (/zh/) in Chromium: every page type in Chinese with axe at zero violations and no English UI
 * word left (the detector in src/lib/publish/i18n/untranslated.ts), lang and hreflang, the language switch keeping
 * the reader's place, Chinese search, and the Chinese feed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readCardMap } from '../../src/lib/publish/card-redirects.ts';
import { ALLOWED_LATIN, untranslatedWords } from '../../src/lib/publish/i18n/untranslated.ts';
import { expectNoAxeViolations, openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

const COLLABORATORS = '3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators';
const REPORT = '2024-10-22-freebuf-x-third-party-ai-training';
/** A clause a note anchors, so its card has a Chinese twin, and the hash of its text from 2024-10-17 to 2025-12-17. */
const LIQUIDATED_DAMAGES = 'x/terms-of-service/5-disclaimers-limitations-liability/liquidated-damages/protecting-our-users-data-our-system';
const LIQUIDATED_DAMAGES_2024 = '21850e6ef5';

/** The allowed names, and the names the reports' sites go by (brands, written in Latin letters in Chinese too). */
const allowed = new Set(ALLOWED_LATIN);
beforeAll(async () => {
  const page = await openPage(browserOf(), `${baseUrl}/news/`);
  const sources = await page.locator('.report-list .note span[lang]').allTextContents();
  for (const word of sources.flatMap((name) => name.match(/[A-Za-z][\w-]*/g) ?? [])) allowed.add(word.toLowerCase());
  await page.context().close();
});

/** A sample of every page type of the Chinese site. The comparison is one with notes beside its rows and in its impact summary. */
const PAGES: Record<string, string> = {
  home: '/zh/',
  services: '/zh/services/',
  service: '/zh/x/',
  'documents of one type': '/zh/documents/privacy-policy/',
  document: '/zh/x/terms-of-service/',
  version: '/zh/x/privacy-policy/2024-10-17/',
  'recorded date (redirect)': '/zh/x/privacy-policy/2022-09-20/',
  comparisons: '/zh/compare/x/terms-of-service/',
  comparison: '/zh/compare/x/privacy-policy/2024-07-25..2024-10-17/',
  notes: '/zh/notes/',
  note: '/zh/notes/x-terms-tarrant-county-venue/',
  stories: '/zh/stories/',
  story: '/zh/stories/x-ai-training-2023-2026/',
  news: '/zh/news/',
  report: `/zh/news/${REPORT}/`,
  search: '/zh/search/',
  timeline: '/zh/timeline/',
  'timeline of one document': '/zh/timeline/x/terms-of-service/',
  'kinds of change': '/zh/kinds-of-change/',
  'page not found': '/zh/404/',
  'card of a clause': `/zh/cards/${LIQUIDATED_DAMAGES}/`,
  'card of one text of a clause': `/zh/cards/${LIQUIDATED_DAMAGES}/t/${LIQUIDATED_DAMAGES_2024}/`,
  'card of a note': '/zh/cards/notes/x-terms-tarrant-county-venue/',
  'embed page of a clause': `/zh/embed/${LIQUIDATED_DAMAGES}/`,
};

/**
 * Every text node and labelling attribute of the body whose nearest `lang` is Chinese, outside code, outside our
 * translated prose (notes, stories: they may quote English words, and their own check is npm run check) and outside
 * third-party text (a report's article).
 */
async function chineseTexts(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const skip = (el: Element | null) => el?.closest('script, style, noscript, code, pre, [data-translated], [data-quoted]') !== null;
    const isChinese = (el: Element | null) => /^zh(-|$)/i.test(el?.closest('[lang]')?.getAttribute('lang') ?? '');
    const where = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || skip(el) || !isChinese(el) || !node.textContent?.trim()) continue;
      out.push({ text: node.textContent, where: where(el) });
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (skip(el) || !isChinese(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value) out.push({ text: value, where: `${where(el)}@${name}` });
      }
    }
    return out;
  });
}

async function untranslated(page: Page): Promise<string[]> {
  return (await chineseTexts(page)).flatMap(({ text, where }) => untranslatedWords(text, allowed).map((word) => `${word} (${where}: “${text.trim().slice(0, 60)}”)`));
}

describe('every page type in Chinese', () => {
  for (const [type, path] of Object.entries(PAGES)) {
    it(`${type}: lang, hreflang, no English UI word, no axe violations`, async () => {
      const page = await openPage(browserOf(), `${baseUrl}${path}`);
      if (type === 'recorded date (redirect)') await page.waitForURL(/\/zh\/x\/privacy-policy\/(?!2022-09-20)[\w-]+\/$/);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
      const english = new URL(page.url()).pathname.replace(/^\/zh\//, '/');
      if (type !== 'page not found') expect(alternates).toEqual([`en ${english}`, `zh-Hans ${new URL(page.url()).pathname}`, `x-default ${english}`]);
      expect(await untranslated(page)).toEqual([]);
      await expectNoAxeViolations(page);
    });
  }
});

describe('policy text stays English inside the Chinese site', () => {
  it('marks clauses, quoted policy words and English names lang="en"', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/x/privacy-policy/2024-10-17/#${COLLABORATORS}`);
    const clause = page.locator(`[id="${COLLABORATORS}"]`);
    await expect(clause.textContent()).resolves.toMatch(/^Third-party collaborators\./);
    await expect(clause.evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).resolves.toBe('en');
    await expect(page.locator('h1 .subtitle').textContent()).resolves.toContain('首次记录于 2024年10月17日');
    const note = await openPage(browserOf(), `${baseUrl}/zh/notes/x-terms-tarrant-county-venue/`);
    await expect(note.locator('.facts-inline q').getAttribute('lang')).resolves.toBe('en');
  });
});

describe('cards in Chinese', () => {
  const html = (route: string) => readFileSync(join(siteDir, route, route.endsWith('.json') ? '' : 'index.html'), 'utf8');
  const alternates = (page: string) => [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${new URL(href!).pathname}`);

  it('keep the clause in English, marked so, around a Chinese caption and note', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/cards/${LIQUIDATED_DAMAGES}/`);
    await expect(page.locator('blockquote').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('blockquote').textContent()).resolves.toMatch(/liquidated damages/i);
    await expect(page.locator('h1 [lang="en"]').textContent()).resolves.toBe('Liquidated Damages');
    await expect(page.locator('.meta').first().textContent()).resolves.toMatch(/^本卡片跟随含有此条款的最新版本：首次记录于\d{4}年\d{1,2}月\d{1,2}日/);
    await expect(page.locator('.notes [data-translated]').first().getAttribute('lang')).resolves.toBe('zh-Hans');
    // Its links stay on the Chinese site.
    const links = await page.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.filter((path) => !path.startsWith('/zh/'))).toEqual([]);
  });

  it('the English card of a cited clause names its Chinese twin; an uncited clause has no twin', () => {
    const english = `/cards/${LIQUIDATED_DAMAGES}/`;
    expect(alternates(html(english))).toEqual([`en ${english}`, `zh-Hans /zh${english}`, `x-default ${english}`]);
    // An uncited clause's card is computed in the browser (cards.test.ts), in English only: its map says it is not shared.
    const key = '1-information-we-collect/1-1-information-you-provide-us/payment-information';
    const uncited = `/cards/x/privacy-policy/${key}/`;
    expect(() => readFileSync(join(siteDir, uncited, 'index.html'))).toThrow();
    expect(() => readFileSync(join(siteDir, 'zh', uncited, 'index.html'))).toThrow();
    const mapOf = (id: string) => readCardMap((path) => readFileSync(join(siteDir, path), 'utf8'), { service: 'x', id });
    expect(mapOf('privacy-policy').clauses[key]).toBeDefined();
    expect(mapOf('privacy-policy').shared).not.toContain(key);
    expect(mapOf('terms-of-service').shared).toContain(LIQUIDATED_DAMAGES.split('/').slice(2).join('/'));
  });

  it('have their own oEmbed file and a social image drawn in Chinese', () => {
    const card = html(`/zh/cards/notes/x-terms-tarrant-county-venue/`);
    const oembedUrl = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(card)![1]!;
    expect(new URL(oembedUrl).pathname).toBe('/oembed/zh/notes/x-terms-tarrant-county-venue.json');
    const oembed = JSON.parse(html(new URL(oembedUrl).pathname));
    expect(oembed.title).toMatch(/\p{Script=Han}/u);
    expect(oembed.html).toMatch(/<iframe src="https?:\/\/[^"]+\/zh\/cards\/notes\/x-terms-tarrant-county-venue\/"/);
    const image = new URL(/<meta property="og:image" content="([^"]+)"/.exec(card)![1]!).pathname;
    expect(image).toBe('/og/zh/notes/x-terms-tarrant-county-venue.png');
    const png = readFileSync(join(siteDir, image));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.equals(readFileSync(join(siteDir, '/og/notes/x-terms-tarrant-county-venue.png')))).toBe(false);
  });

  it('a Chinese version page sends a cited clause to its Chinese embed page, whose code embeds the Chinese cards', async () => {
    const version = html('/zh/x/terms-of-service/2024-10-17/');
    expect(version).toContain(`href="/zh/embed/${LIQUIDATED_DAMAGES}/#t-${LIQUIDATED_DAMAGES_2024}"`);
    // A clause no note or story cites keeps its English embed page.
    expect(version).toMatch(/class="embed-link" href="\/embed\/x\/terms-of-service\//);
    // Our labels around the English text are Chinese, marked so, and name every clause's links once.
    expect(version).toContain('<span id="label_clause">此条款的链接</span>');
    expect(version).toMatch(/<a class="permalink" href="#[^"]+" aria-labelledby="label_clause" lang="zh-Hans"><\/a>/);
    const page = await openPage(browserOf(), `${baseUrl}/zh/embed/${LIQUIDATED_DAMAGES}/#t-${LIQUIDATED_DAMAGES_2024}`);
    const codes = await page.locator('.embed-panel [data-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')!));
    expect(codes.length).toBeGreaterThan(3);
    for (const code of codes) expect(code).toMatch(new RegExp(`/zh/cards/${LIQUIDATED_DAMAGES}/`));
    await expect(page.locator('iframe.card-preview').getAttribute('src')).resolves.toBe(`/zh/cards/${LIQUIDATED_DAMAGES}/`);
  });

  it('a Chinese note page offers the code of the Chinese card', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/notes/x-terms-tarrant-county-venue/`);
    const codes = await page.locator('.embed-panel [data-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-code')!));
    expect(codes).toHaveLength(3);
    for (const code of codes) expect(code).toMatch(/\/zh\/cards\/notes\/x-terms-tarrant-county-venue\//);
  });
});

describe('the detector of untranslated UI words', () => {
  it('fails on an English UI string in a Chinese page', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/notes/`);
    // A made-up slip: an English heading left in the Chinese page, and an English aria-label.
    await page.evaluate(() => {
      document.querySelector('h1')!.insertAdjacentHTML('afterend', '<h2>Questions this note answers</h2>');
      document.querySelector('nav')!.setAttribute('aria-label', 'Groupings');
    });
    const found = await untranslated(page);
    expect(found.map((f) => f.split(' ')[0])).toEqual(expect.arrayContaining(['Questions', 'this', 'note', 'answers', 'Groupings']));
  });
});

describe('the language switch keeps the reader’s place', () => {
  const switchTo = async (page: Page) => {
    const before = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== before), page.locator('a[data-language-switch]').click()]);
    return new URL(page.url());
  };

  it('from a clause of a version, to the same clause in the other language and back', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/x/privacy-policy/2024-10-17/#${COLLABORATORS}`);
    await expect(page.locator('a[data-language-switch]').getAttribute('hreflang')).resolves.toBe('zh-Hans');
    let url = await switchTo(page);
    expect(url.pathname).toBe('/zh/x/privacy-policy/2024-10-17/');
    expect(decodeURIComponent(url.hash)).toBe(`#${COLLABORATORS}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    url = await switchTo(page);
    expect(url.pathname + decodeURIComponent(url.hash)).toBe(`/x/privacy-policy/2024-10-17/#${COLLABORATORS}`);
  });

  it('keeps a clause chosen after the page loaded (the fragment changes, the link follows)', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/x/privacy-policy/2024-10-17/`);
    await page.locator(`[id="${COLLABORATORS}"] a.permalink`).click();
    const url = await switchTo(page);
    expect(url.pathname + decodeURIComponent(url.hash)).toBe(`/x/privacy-policy/2024-10-17/#${COLLABORATORS}`);
  });

  it('from a note, and from a comparison', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/notes/x-terms-tarrant-county-venue/`);
    expect((await switchTo(page)).pathname).toBe('/zh/notes/x-terms-tarrant-county-venue/');
    const compare = readFileSync(join(siteDir, 'x/terms-of-service/2024-10-17/index.html'), 'utf8').match(/href="(\/compare\/x\/terms-of-service\/[^"]+\.\.[^"]+\/)"/)?.[1];
    expect(compare).toBeDefined();
    const comparison = await openPage(browserOf(), `${baseUrl}${compare}`);
    const switchHref = await comparison.locator('a[data-language-switch]').getAttribute('href');
    expect(switchHref).toBe(`/zh${compare}`);
  });

  it('keeps the search query', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/search/?q=collaborators`);
    const url = await switchTo(page);
    expect(url.pathname).toBe('/zh/search/');
    expect(url.searchParams.get('q')).toBe('collaborators');
    await expect(page.locator('#q').inputValue()).resolves.toBe('collaborators');
  });
});

describe('a comparison no page holds, asked for on the Chinese site', () => {
  it('is computed in Chinese, its links staying on the Chinese site', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/`);
    await page.goto(`${baseUrl}/zh/compare/x/privacy-policy/2026-07-16..2022-09-04/`);
    await page.locator('article.compare[data-computed]').waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe('/zh/compare/x/privacy-policy/2022-09-04..2026-07-16/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await expect(page.locator('article.compare h1').textContent()).resolves.toMatch(/\p{Script=Han}/u);
    const links = await page.locator('article.compare a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith('/zh/') && !href.startsWith('/data/'))).toEqual([]);
  }, 90_000);
});

describe('the comparison page in Chinese', () => {
  it('names our notes and the document in Chinese, the policy words they sit beside in English', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/compare/x/privacy-policy/2024-07-25..2024-10-17/`);
    await expect(page.locator('article.compare h1').textContent()).resolves.toMatch(/^X 隐私政策/);
    const titles = await page.locator('.impact-summary li > a > span[data-translated]').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/\p{Script=Han}/u);
    const moved = page.locator('.row-moved .row-meta span > span[lang="en"]').first();
    await expect(moved.textContent()).resolves.toMatch(/^\d+\. /);
  });
});

describe('the page not found, on the Chinese site', () => {
  const MISSING = '/zh/no-such-page/';

  it('speaks Chinese at a missing /zh/ address, with no axe violations', async () => {
    const context = await browserOf().newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}${MISSING}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await expect(page.title()).resolves.toBe('找不到页面 · Termline');
    expect(await page.locator('h1:visible').allTextContents()).toEqual(['找不到页面']);
    await expect(page.locator('[data-not-found="zh"] a', { hasText: '前往首页' }).getAttribute('href')).resolves.toBe('/zh/');
    expect(await untranslated(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  it('stays English at a missing English address, and gives both languages without JavaScript', async () => {
    const english = await (await browserOf().newContext()).newPage();
    await english.goto(`${baseUrl}/no-such-page/`);
    await expect(english.locator('html').getAttribute('lang')).resolves.toBe('en');
    expect(await english.locator('h1:visible').allTextContents()).toEqual(['Page not found']);
    const noScript = await (await browserOf().newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(`${baseUrl}${MISSING}`);
    expect(await noScript.locator('h1:visible').allTextContents()).toEqual(['Page not found', '找不到页面']);
    await expect(noScript.locator('[data-not-found="zh"]').getAttribute('lang')).resolves.toBe('zh-Hans');
  });
});

describe('search on the Chinese site', () => {
  async function results(page: Page): Promise<string[]> {
    await page.waitForFunction(() => /结果|没有找到/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 20_000 });
    return page.locator('#results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  }
  const search = async (query: string) => results(await openPage(browserOf(), `${baseUrl}/zh/search/?q=${encodeURIComponent(query)}`));

  it('finds Chinese notes for Chinese words, segmented as words', async () => {
    expect((await search('训练')).some((href) => href.startsWith('/zh/notes/') && /ai-training/.test(href))).toBe(true);
    expect((await search('保留')).some((href) => /^\/zh\/notes\/x-privacy-retention-/.test(href))).toBe(true);
    expect((await search('得克萨斯')).some((href) => href === '/zh/notes/x-terms-texas-law/' || href === '/zh/notes/x-terms-tarrant-county-venue/')).toBe(true);
  });

  it('finds the Chinese reports and the stories', async () => {
    expect(await search('第三方')).toContain(`/zh/news/${REPORT}/`);
    expect((await search('专题')).length + (await search('训练')).filter((h) => h.startsWith('/zh/stories/')).length).toBeGreaterThan(0);
  });

  it('still finds English policy words in the clauses, on the Chinese site', async () => {
    const found = await search('collaborators');
    expect(found.some((href) => href.startsWith('/zh/x/privacy-policy/') && decodeURIComponent(href).endsWith(`#${COLLABORATORS}`))).toBe(true);
  });

  it('says what it found in Chinese, with no axe violations', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/zh/search/?q=${encodeURIComponent('保留')}`);
    await results(page);
    await expect(page.locator('#status').textContent()).resolves.toMatch(/^“保留”有 \d+ 个结果。$/);
    await expectNoAxeViolations(page);
  });
});

describe('reports in their own language, and feeds', () => {
  it('shows a Chinese report with its own title marked zh-Hans, and the clause it describes one click away, on both sites', async () => {
    for (const path of [`/news/${REPORT}/`, `/zh/news/${REPORT}/`]) {
      const page = await openPage(browserOf(), `${baseUrl}${path}`);
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('zh-Hans');
      const clause = page.locator('.report-links a[href*="/x/privacy-policy/"][href*="#"]').first();
      const target = await clause.getAttribute('href');
      expect(target!.startsWith(path.startsWith('/zh/') ? '/zh/x/' : '/x/')).toBe(true);
      await clause.click();
      await page.waitForURL((url) => url.pathname.includes('/x/privacy-policy/'));
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
    }
    const list = await openPage(browserOf(), `${baseUrl}/news/`);
    await expect(list.locator(`a[href="/news/${REPORT}/"]`).getAttribute('lang')).resolves.toBe('zh-Hans');
  });

  it('publishes Chinese feeds beside the English ones', async () => {
    const zh = readFileSync(join(siteDir, 'zh/feed.xml'), 'utf8');
    expect(zh).toContain('<language>zh-Hans</language>');
    expect(zh).toContain('<title>Termline：条款的改动</title>');
    expect(zh).toMatch(/<link>[^<]*\/zh\/[^<]*<\/link><guid/);
    expect(readFileSync(join(siteDir, 'zh/x/privacy-policy/feed.xml'), 'utf8')).toContain('X 隐私政策');
    expect(readFileSync(join(siteDir, 'zh/x/feed.xml'), 'utf8')).toContain('<language>zh-Hans</language>');
    const en = readFileSync(join(siteDir, 'feed.xml'), 'utf8');
    expect(en).toContain('<language>en</language>');
    expect(en).toContain('<title>Termline: changes to the terms</title>');
    expect(en).not.toMatch(/\/zh\//);
  });
});
