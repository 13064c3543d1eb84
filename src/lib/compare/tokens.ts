/**
 * Tokens for comparing legal prose. Unicode-aware: CJK text compares by
 * character, other scripts by word; numbers keep their separators ("15,000");
 * punctuation stands alone; a link target (see render.ts) is one token, so a
 * changed address is a change. White space is folded into the token after
 * it, as one plain space: re-wrapped lines are no change, and the diff has
 * half as many tokens to align.
 */
import { LINK_CLOSE, LINK_OPEN } from '../model/marks.ts';

/** Separates clauses joined into one token stream (a split or merged clause). */
export const CLAUSE_BREAK = '\u2029';

// Scripts written without spaces between words: each character is a token.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
// A run of letters, marks and digits outside those scripts (a negated class keeps the u flag's speed).
const WORD = `[^\\P{L}${CJK}]|[\\p{M}\\p{N}]`;
// White space, but not the clause break (U+2029 counts as white space to \\s).
const SPACE = '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u202f\\u205f\\u3000\\ufeff]';
const TOKEN = new RegExp(
  `${CLAUSE_BREAK}|${SPACE}*(?:${[
    `${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`,
    `[${CJK}]`,
    '\\p{N}+(?:[.,]\\p{N}+)*',
    `(?:${WORD})+(?:['’](?:${WORD})+)*`,
    '\\S',
  ].join('|')})|${SPACE}+(?=${CLAUSE_BREAK}|$)`,
  'gu',
);
const LEADING_SPACE = new RegExp(`^${SPACE}+`, 'u');
const CONTENT_WORD = new RegExp(`[${CJK}]|\\p{N}+(?:[.,]\\p{N}+)*|(?:${WORD})+(?:['’](?:${WORD})+)*|${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`, 'gu');

/** Splits text into tokens; joined again they give the text back, white space folded to single spaces. */
export function tokenize(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (LEADING_SPACE.test(tokens[i]!)) tokens[i] = ` ${tokens[i]!.replace(LEADING_SPACE, '')}`;
  }
  return tokens;
}

export function isLinkToken(token: string): boolean {
  return token.trimStart().startsWith(LINK_OPEN) && token.endsWith(LINK_CLOSE);
}

export function linkTarget(token: string): string {
  return token.trimStart().slice(LINK_OPEN.length, -LINK_CLOSE.length);
}

/** Lower-cased words and CJK characters: what similarity is measured on. Punctuation and links do not count. */
export function contentWords(text: string): string[] {
  const words = text.match(CONTENT_WORD) ?? [];
  const out: string[] = [];
  for (const word of words) if (!word.startsWith(LINK_OPEN)) out.push(word.toLowerCase());
  return out;
}
