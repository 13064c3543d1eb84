import { describe, expect, it } from 'vitest';
import { isChineseTag, untranslatedWords } from './untranslated.ts';

describe('untranslatedWords', () => {
  it('finds an English UI word left in Chinese text', () => {
    expect(untranslatedWords('首次记录于2024年10月17日 · Previous version')).toEqual(['Previous', 'version']);
    expect(untranslatedWords('搜索 Search')).toEqual(['Search']);
  });

  it('allows brand names, abbreviations, addresses, version IDs and hashes', () => {
    expect(untranslatedWords('X 隐私政策，来自 Open Terms Archive，由 Termline 撰写；xAI 的 Grok 用于 AI 训练')).toEqual([]);
    expect(untranslatedWords('见 https://x.com/en/privacy 与 /data/x/privacy-policy.json，版本 2024-10-17-eu-efta-uk，提交 5f3c2a9e1b')).toEqual([]);
    expect(untranslatedWords('2024-10-17 06:38:53 UTC，记录的 sha256')).toEqual([]);
    expect(untranslatedWords('蓝点网 (landiannews.com)，不设置 cookie')).toEqual([]);
    expect(untranslatedWords('先是 A，然后是 B；隐藏成“[email protected]”')).toEqual([]);
  });

  it('reads the nearest lang as Chinese only for Chinese tags', () => {
    expect(isChineseTag('zh-Hans')).toBe(true);
    expect(isChineseTag('zh')).toBe(true);
    expect(isChineseTag('en')).toBe(false);
    expect(isChineseTag('zhx')).toBe(false);
    expect(isChineseTag(undefined)).toBe(false);
  });
});
