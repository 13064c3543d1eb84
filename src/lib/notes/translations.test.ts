import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslations, readTranslationFolder, sha256Hex, type EnglishOriginal, type TranslationKind } from './translations.ts';

// A made-up English note: a quoted phrase, a link, a component.
const englishNote = `---
id: acme-orders-kept
title: "Acme keeps order records"
summary: "Acme keeps your order records \\"for as long as we need them\\", with no end date."
questions:
  - "How long does Acme keep my orders?"
  - "Can I ask Acme to delete my orders?"
---

Acme says it keeps order records "for as long as we [need](https://acme.example/need) them". See the [older rule](/notes/acme-orders-old/).

<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />
`;

const englishFile = '/english/acme-orders-kept.mdx';
const originals = (source = englishNote): Map<string, EnglishOriginal> =>
  new Map([['acme-orders-kept', { id: 'acme-orders-kept', file: englishFile, source, questions: 2, reports: ['2024-03-02-example-acme'] }]]);

// A made-up report, in Chinese, that the note cites.
const reportText = (id: string) => (id === '2024-03-02-example-acme' ? 'Acme 订单\n报道说，Acme 将无限期保存订单记录。' : undefined);

function translation(fields: Partial<Record<string, string>> = {}, body?: string): string {
  const front = {
    translates: 'acme-orders-kept',
    source: `\n  sha256: "${sha256Hex(englishNote)}"`,
    title: '"Acme 保留订单记录"',
    summary: '"Acme 保留订单记录“for as long as we need them”，没有期限。"',
    questions: '\n  - "Acme 保留我的订单多久？"\n  - "我能要求 Acme 删除订单吗？"',
    ...fields,
  };
  const yaml = Object.entries(front)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const text =
    body ??
    'Acme 称，订单记录保留“for as long as we need them”（需要多久就保留多久）。参见[旧规则](/zh/notes/acme-orders-old/)。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n';
  return `---\n${yaml}\n---\n\n${text}`;
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'termline-translations-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function check(text: string, options: { name?: string; kind?: TranslationKind; english?: string; lastChanged?: (file: string) => string | undefined } = {}) {
  const dir = folder({ [`${options.name ?? 'acme-orders-kept'}.mdx`]: text });
  const read = readTranslationFolder(options.kind ?? 'note', dir);
  const problems = [
    ...read.problems,
    ...checkTranslations(options.kind ?? 'note', read.translations, originals(options.english), { reportText, lastChanged: options.lastChanged, sitePrefix: '/zh/' }),
  ];
  return { problems, file: join(dir, `${options.name ?? 'acme-orders-kept'}.mdx`), read };
}

describe('note translations', () => {
  it('pass when up to date, quoting only what the English quotes, with its components and links into /zh/', () => {
    const { problems, read } = check(translation());
    expect(problems).toEqual([]);
    expect(read.translations[0]!.data).toMatchObject({ translates: 'acme-orders-kept', questions: [expect.any(String), expect.any(String)] });
  });

  it('are stale when the English file changed: both files, the date git gives, the new hash', () => {
    const changed = englishNote.replace('no end date', 'no end date at all');
    const { problems, file } = check(translation(), { english: changed, lastChanged: (f) => (f === englishFile ? '2026-11-20' : undefined) });
    expect(problems).toEqual([
      {
        file,
        line: 4,
        message: expect.stringMatching(/^stale: \/english\/acme-orders-kept\.mdx changed after this translation was made \(git last committed a change to it on 2026-11-20\)/),
        fix: expect.stringContaining(`then set source.sha256: "${sha256Hex(changed)}"`),
      },
    ]);
  });

  it('fail on an English quote the English note does not make, naming the line and the quote', () => {
    const body = 'Acme 称，订单记录保留\n“for as long as it likes”。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n';
    const { problems, file } = check(translation({}, body));
    expect(problems).toEqual([{ file, line: 13, message: `quotes “for as long as it likes”, which ${englishFile} does not say word for word`, fix: expect.any(String) }]);
  });

  it('find an English quote across a link and a line wrap, and in straight quotes too', () => {
    const body = 'Acme 称保留 "for as long as\n  we need them"。参见[旧规则](/zh/notes/acme-orders-old/)。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n';
    expect(check(translation({}, body)).problems).toEqual([]);
  });

  it('fail on a quote in the front matter at its line', () => {
    const { problems, file } = check(translation({ title: '"Acme 保留“order history”"' }));
    expect(problems).toEqual([expect.objectContaining({ file, line: 5, message: expect.stringContaining('quotes “order history”') })]);
  });

  it('take a Chinese quote from a report the note cites, and fail on one that no report holds', () => {
    const ok = 'Acme 称保留。报道写道“将无限期保存订单记录”。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n';
    expect(check(translation({}, ok)).problems).toEqual([]);
    const made = 'Acme 称保留。报道写道“永远保存订单”。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n';
    const { problems, file } = check(translation({}, made));
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 12, message: `quotes “永远保存订单”, which is neither in ${englishFile} nor in a report it cites (2024-03-02-example-acme)` }),
    ]);
  });

  it('fail when the note does not exist or translates names another file', () => {
    const missing = check(translation({ translates: 'acme-no-such-note' }), { name: 'acme-no-such-note' });
    expect(missing.problems).toEqual([expect.objectContaining({ file: missing.file, line: 2, message: 'there is no English note "acme-no-such-note" to translate' })]);
    const renamed = check(translation(), { name: 'acme-orders-old' });
    expect(renamed.problems).toEqual([
      expect.objectContaining({ file: renamed.file, line: 2, message: 'translates "acme-orders-kept", but the file is named acme-orders-old.mdx', fix: 'name the file acme-orders-kept.mdx, or set translates: acme-orders-old' }),
    ]);
  });

  it('fail when the questions are not as many as the English', () => {
    const { problems, file } = check(translation({ questions: '\n  - "Acme 保留我的订单多久？"' }));
    expect(problems).toEqual([expect.objectContaining({ file, line: 7, message: `1 question(s), but ${englishFile} asks 2` })]);
  });

  it('fail on a missing or altered component, and on a link to an English page', () => {
    const altered = 'Acme 称保留。参见[旧规则](/notes/acme-orders-old/)。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-05-02" />\n';
    const { problems, file } = check(translation({}, altered));
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 14, message: expect.stringContaining('component 1 is <MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-05-02" />') }),
      expect.objectContaining({ file, line: 12, message: 'the link /notes/acme-orders-old/ leads to the English page', fix: "link to this language's page: /zh/notes/acme-orders-old/" }),
    ]);
  });

  it('fail when a paragraph is dropped, merged or added: translated paragraph for paragraph', () => {
    const merged = 'Acme 称保留“for as long as we need them”。参见[旧规则](/zh/notes/acme-orders-old/)。\n\n<MiniCompare ref="acme/privacy-notice#orders" from="2024-03-02" to="2024-04-02" />\n\n还有一段英文没有的话。\n';
    const { problems, file } = check(translation({}, merged));
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 16, message: `block 3 of the body is a paragraph, but in ${englishFile} it is not there: the English ends before it` }),
    ]);
  });

  it('with bad front matter point at the field, and a missing sha256 names it', () => {
    const { problems, file } = check(translation({ source: '\n  sha256: "abc"' }));
    expect(problems).toEqual([expect.objectContaining({ file, line: 4, message: expect.stringContaining('source.sha256') })]);
    const none = check(translation({ source: undefined }));
    expect(none.problems).toEqual([expect.objectContaining({ message: 'the field "source" is missing' })]);
  });

  it('of a story take no questions', () => {
    const story = check(translation(), { kind: 'story' });
    expect(story.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('"questions"') })]);
  });
});
