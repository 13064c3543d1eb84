import { describe, expect, it } from 'vitest';
import { acmeNews } from '../../../test/fixtures/corpus.ts';
import { detectLanguage, readReport } from './news.ts';

describe('readReport', () => {
  it('keeps the article and drops menus, share prompts, related links, images, repeated titles and footers', () => {
    const { report, problems } = readReport(acmeNews(), 'news/a.md', 'a', 'hash');
    expect(problems).toEqual([]);
    const text = report!.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('letting outside firms build prediction models');
    expect(text).toContain('no longer promises to delete orders');
    for (const furniture of ['Sign in', 'Subscribe', 'Share this', 'Related', 'QR code', 'Copyright', 'World']) {
      expect(text).not.toContain(furniture);
    }
    expect(report!.blocks).toHaveLength(3);
    expect(report!.lang).toBe('en');
    expect(report!.droppedBlocks).toBeGreaterThan(5);
  });

  it('names the missing front matter field and its line', () => {
    const { report, problems } = readReport(acmeNews({ source: undefined }), 'news/a.md', 'a', 'hash');
    expect(report).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: 'news/a.md', line: 2, message: 'the field "source" is missing' })]);
  });

  it('points at the line of a malformed field', () => {
    const { problems } = readReport(acmeNews({ date: '2024-02-31' }), 'news/a.md', 'a', 'hash');
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('"date" is invalid') })]);
  });

  it('reports a file without front matter', () => {
    expect(readReport('# Just a page\n\nText.', 'news/b.md', 'b', 'h').problems[0]).toMatchObject({ line: 1, message: 'the report has no front matter' });
  });
});

describe('detectLanguage', () => {
  it('returns BCP 47 tags', () => {
    expect(detectLanguage('社交媒体平台更新了隐私政策，允许第三方使用用户数据训练人工智能模型，除非用户选择退出。')).toBe('zh');
    expect(detectLanguage('The company changed its privacy notice this week and customers must opt out in their settings.')).toBe('en');
    expect(detectLanguage('ok')).toBe('und');
  });
});

describe('what a report says of itself', () => {
  const page = (body: string) => `---\ntitle: Widgets Ltd rewrites its rules\nurl: https://news.example/widgets\nsource: Example News\ndate: 2024-03-02\nfetch_date: 2025-01-01T10:00:00.123456\n---\n\n${body}\n`;
  const article = 'Widgets Ltd told its customers on Friday that the new rules let outside firms study their orders, and that customers may object in their settings.';

  it('reads the publication time the page states, apart from the listing date', () => {
    const { report } = readReport(page(`Menu\n\n2024-03-01 21:40:05\n\n${article}`), 'news/a.md', 'a', 'hash');
    expect(report!.date).toBe('2024-03-02');
    expect(report!.statedPublishedAt).toBe('2024-03-01T21:40:05');
    const { report: chinese } = readReport(page(`2024年3月1日 09:05\n\n${article}`), 'news/b.md', 'b', 'hash');
    expect(chinese!.statedPublishedAt).toBe('2024-03-01T09:05');
  });

  it('names the original a repost credits, with its address when the credit links it', () => {
    const credited = readReport(page(`${article}\n\n本文源自：Widget Weekly`), 'news/a.md', 'a', 'hash').report!;
    expect(credited.repostOf).toEqual({ name: 'Widget Weekly' });
    const linked = readReport(page(`${article}\n\nSource: [Widgets rewrite rules – Gadget Daily](https://gadget.example/rules)`), 'news/b.md', 'b', 'hash').report!;
    expect(linked.repostOf).toEqual({ name: 'Gadget Daily', url: 'https://gadget.example/rules' });
  });

  it('claims neither when the page states neither', () => {
    const { report } = readReport(page(article), 'news/a.md', 'a', 'hash');
    expect(report!.statedPublishedAt).toBeUndefined();
    expect(report!.repostOf).toBeUndefined();
  });
});
