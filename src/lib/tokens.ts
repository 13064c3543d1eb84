/**
 * Tokens for comparing legal prose. Unicode-aware: CJK text compares by
 * character, other scripts by word; numbers keep their separators ("15,000");
 * punctuation stands alone; a link target (see render.ts) is one token, so a
 * changed address is a change. White space is folded into the token after
 * it, as one plain space: re-wrapped lines are no change, and the diff has
 * half as many tokens to align.
 */
import { LINK_CLOSE, LINK_OPEN } from './render.ts';

/** Separates clauses joined into one token stream (a split or merged clause). */
export const CLAUSE_BREAK = '\u2029';

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
// White space, but not the clause break (U+2029 counts as white space to \s).
const SPACE = `[\\s--${CLAUSE_BREAK}]`;
const TOKEN = new RegExp(
  `${CLAUSE_BREAK}|${SPACE}*(?:${[
    `${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`,
    `[${CJK}]`,
    '\\p{N}+(?:[.,]\\p{N}+)*',
    `[[\\p{L}\\p{M}\\p{N}]--[${CJK}]]+(?:['’][\\p{L}\\p{M}]+)*`,
    `[^\\s]`,
  ].join('|')})|${SPACE}+(?=${CLAUSE_BREAK}|$)`,
  'gv',
);

/** Splits text into tokens; joined again they give the text back, white space folded to single spaces. */
export function tokenize(text: string): string[] {
  const tokens = text.match(TOKEN) ?? [];
  return tokens.map((token) => (token !== CLAUSE_BREAK && /^\s/.test(token) ? ` ${token.trimStart()}` : token));
}

export function isLinkToken(token: string): boolean {
  return token.trimStart().startsWith(LINK_OPEN) && token.endsWith(LINK_CLOSE);
}

export function linkTarget(token: string): string {
  return token.trimStart().slice(LINK_OPEN.length, -LINK_CLOSE.length);
}

/** Lower-cased words and CJK characters: what similarity is measured on. Punctuation and links do not count. */
export function contentWords(text: string): string[] {
  return tokenize(text)
    .filter((token) => /[\p{L}\p{N}]/u.test(token) && !isLinkToken(token))
    .map((token) => token.trimStart().toLowerCase());
}
