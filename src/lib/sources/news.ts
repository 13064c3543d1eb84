/**
 * News reports: front matter validated, the article body pulled out of the
 * captured web page, its language detected.
 *
 * Body extraction follows Body Text Extraction (Finn, Kushmerick & Smyth,
 * 2001): score each block, positive for prose and negative for page
 * furniture, and keep the contiguous run with the highest total. Inside that
 * run, furniture (images, share and QR-code prompts, repeated titles) is
 * dropped too. Nothing here knows any one site.
 */
import type { List, PhrasingContent, RootContent } from 'mdast';
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { z } from 'zod';
import { parseIsoDate } from '../model/dates.ts';
import { parseMarkdown, plainText } from '../model/markdown.ts';
import type { Report, ReportBlock } from '../model/model.ts';
import type { Problem } from '../problems.ts';
import { renderHtml } from '../model/render.ts';
import { parseYamlData } from './yaml-data.ts';

export const reportFrontMatter = z.object({
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
  source: z.string().trim().min(1),
  date: z.string().refine((value) => parseIsoDate(value) !== undefined, 'expected a date written YYYY-MM-DD'),
  fetch_date: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'expected an ISO 8601 date-time'),
});

/** Short lines that belong to the page, not the article, in the languages of the corpus and beyond. */
const FURNITURE = new RegExp(
  [
    // sharing, following, QR codes, mini-programs
    '扫码', '扫一扫', '二维码', '公众号', '小程序', '关注', '分享', '点赞', '在看', '收藏', '留言', '阅读原文',
    '轻触', '滑动', '听过', '取消', '允许', '知道了', '点个', '三连', '推荐', '专辑', '登录', '注册', '搜索',
    'share', 'follow us', 'subscribe', 'sign in', 'log in', 'newsletter', 'related', 'read more', 'advertisement',
    'cookie', 'scan', 'qr code',
  ].join('|'),
  'i',
);

/** Rights notices and reprint warnings: never article text, whatever their length. */
const NOTICE = /未经授权禁止转载|版权所有|all rights reserved|copyright ©|©\s*\d{4}|备\d+号|ICP/i;

const SENTENCE = /[。！？；，.!?;,]/;

/** "Source: ..." lines credit the original and belong with the article. */
const ATTRIBUTION = /^(?:本文)?(?:来源|源自|出处|转载自|source|via|originally published)\s*[:：]/i;

/** Characters that carry text: CJK ideographs count one each, as do Latin letters. */
function textWeight(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

function linkTextWeight(node: RootContent | PhrasingContent): number {
  if (node.type === 'link') return textWeight(plainText(node as RootContent));
  if ('children' in node) {
    return (node.children as PhrasingContent[]).reduce((sum, child) => sum + linkTextWeight(child), 0);
  }
  return 0;
}

interface Scored {
  node: RootContent;
  text: string;
  score: number;
  /** Dropped even when inside the article run. */
  furniture: boolean;
}

function isLinkList(node: List): boolean {
  const items = node.children.map((item) => plainText(item as RootContent));
  const linked = node.children.filter((item) => {
    const weight = textWeight(plainText(item as RootContent));
    return weight === 0 || linkTextWeight(item as RootContent) / weight > 0.5;
  });
  return items.length > 0 && linked.length / items.length >= 0.5;
}

function scoreBlock(node: RootContent, title: string): Scored {
  const text = plainText(node);
  const weight = textWeight(text);
  const scored = (score: number, furniture: boolean): Scored => ({ node, text, score, furniture });
  if (weight === 0) return scored(-5, true); // images, rules, empty lines
  if (text === title || text.replace(/\s+/g, '') === title.replace(/\s+/g, '')) return scored(-5, true);
  if (NOTICE.test(text)) return scored(-Math.max(30, weight), true);
  if (node.type === 'list' && isLinkList(node)) return scored(-Math.max(20, weight), true);
  const linkShare = linkTextWeight(node) / weight;
  if (linkShare > 0.6) return scored(-Math.max(20, weight), true);
  if (weight < 40 && FURNITURE.test(text)) return scored(-30, true);
  if (node.type === 'heading') return scored(-10, false);
  if (ATTRIBUTION.test(text)) return scored(5, false);
  if (weight >= 20 && SENTENCE.test(text)) return scored(weight, false);
  return scored(-10, false);
}

/** The highest-scoring contiguous run (Kadane's algorithm). */
function bestRun(scores: readonly number[]): [number, number] {
  let best = -Infinity;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  scores.forEach((score, index) => {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += score;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = index;
    }
  });
  return [bestStart, bestEnd];
}

/** A block that is only a date and a time: the page's own publication stamp ("2024-10-21 17:06:13", "2024年10月21日 17:06"). */
const STAMP = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The publication time the page itself states, as local ISO 8601 without a
 * zone (pages rarely give one): the first block that is only a date and time.
 */
export function statedPublication(nodes: readonly RootContent[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'yaml') continue;
    const match = STAMP.exec(plainText(node).trim());
    if (!match) continue;
    const [, y, mo, d, h, mi, sec] = match;
    const two = (n: string | undefined) => (n ?? '00').padStart(2, '0');
    const iso = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}${sec ? `:${two(sec)}` : ''}`;
    if (!Number.isNaN(Date.parse(iso))) return iso;
  }
  return undefined;
}

/**
 * The original a repost credits ("本文源自：AIGverse", "来源：<title> – 蓝点网
 * (landiannews.com)"): the site's name, the part after the title when the
 * credit gives both, and its address when the credit is a link.
 */
export function repostOf(nodes: readonly RootContent[]): { name: string; url?: string } | undefined {
  for (const node of nodes) {
    if (node.type === 'yaml') continue;
    const text = plainText(node).trim();
    if (!ATTRIBUTION.test(text) || text.length > 200) continue;
    const credit = text.replace(ATTRIBUTION, '').trim();
    const name = credit.split(/\s+[–—|-]\s+/).pop()!.trim();
    if (!name) continue;
    let url: string | undefined;
    visitLinks(node, (href) => (url ??= /^https?:/.test(href) ? href : undefined));
    return { name, ...(url ? { url } : {}) };
  }
  return undefined;
}

function visitLinks(node: RootContent | PhrasingContent, found: (href: string) => void): void {
  if (node.type === 'link') found(node.url);
  if ('children' in node) for (const child of node.children as PhrasingContent[]) visitLinks(child, found);
}

/** Extracts the article's blocks from a captured page's Markdown body. */
export function extractArticle(nodes: readonly RootContent[], title: string, base?: string): {
  blocks: ReportBlock[];
  dropped: number;
} {
  const scored = nodes.filter((node) => node.type !== 'yaml').map((node) => scoreBlock(node, title.trim()));
  const [start, end] = bestRun(scored.map((s) => s.score));
  const kept = scored.slice(start, end + 1).filter((s) => !s.furniture);
  const blocks = kept.map((s) => ({ html: renderHtml([s.node as never], base), text: s.text }));
  return { blocks, dropped: scored.length - blocks.length };
}

/**
 * franc names individual languages (cmn, Mandarin); BCP 47 prefers the
 * macrolanguage's two-letter code where one exists (zh).
 */
const MACROLANGUAGE: Record<string, string> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', uzn: 'uz', khk: 'mn', ekk: 'et', lvs: 'lv', npi: 'ne',
  swh: 'sw', als: 'sq', azj: 'az', ydd: 'yi', plt: 'mg', gaz: 'om', ory: 'or', quy: 'qu',
};

/** BCP 47 tag for the language of `text` ("zh", "en"); "und" when unsure. */
export function detectLanguage(text: string): string {
  const code = franc(text, { minLength: 10 });
  if (code === 'und') return 'und';
  return MACROLANGUAGE[code] ?? (iso6393To1 as Record<string, string>)[code] ?? code;
}

/** Reads one report file; returns the report or the problems that stop it. */
export function readReport(
  source: string,
  file: string,
  id: string,
  sha256: string,
): { report?: Report; problems: Problem[] } {
  const root = parseMarkdown(source);
  const yaml = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  if (!yaml) {
    return {
      problems: [
        {
          file,
          line: 1,
          message: 'the report has no front matter',
          fix: 'start the file with a --- block giving title, url, source, date (YYYY-MM-DD) and fetch_date',
        },
      ],
    };
  }
  const { data, problems } = parseYamlData(yaml.value, reportFrontMatter, file, 2);
  if (!data) return { problems };
  const { blocks, dropped } = extractArticle(root.children.slice(1), data.title, data.url);
  if (blocks.length === 0) {
    return {
      problems: [
        {
          file,
          line: (yaml.position?.end.line ?? 1) + 1,
          message: 'no article text found below the front matter',
          fix: 'check that the body holds the article itself, not only page navigation',
        },
      ],
    };
  }
  const lang = detectLanguage(blocks.map((block) => block.text).join('\n'));
  const page = root.children.slice(1);
  const publishedAt = statedPublication(page);
  const original = repostOf(page);
  return {
    problems: [],
    report: {
      id,
      title: data.title,
      url: data.url,
      source: data.source,
      date: data.date,
      fetchedAt: data.fetch_date,
      ...(publishedAt ? { statedPublishedAt: publishedAt } : {}),
      ...(original ? { repostOf: original } : {}),
      lang,
      path: file,
      sha256,
      blocks,
      droppedBlocks: dropped,
    },
  };
}
