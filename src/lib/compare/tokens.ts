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

// Most text is Latin script with common punctuation. Over those characters alone, patterns without Unicode
// properties give the same tokens and words several times faster (and a cold worker never compiles the full ones):
// the letters are Latin-1's, the punctuation is none of letter, mark, number or space (tokens.test.ts checks both).
const LATIN = 'A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff';
export const COMMON_PUNCTUATION = '‘’“”–—…•§¶·©®™«»€£°';
/** A character the common patterns do not know: the text needs the full ones. */
const UNCOMMON = new RegExp(`[^\\x00-\\x7f\\u00a0${LATIN}${COMMON_PUNCTUATION}${CLAUSE_BREAK}${LINK_OPEN}${LINK_CLOSE}]`);
const COMMON_TOKEN = new RegExp(
  `${CLAUSE_BREAK}|${SPACE}*(?:${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}|[0-9]+(?:[.,][0-9]+)*|[${LATIN}]+(?:['’][${LATIN}]+)*|\\S)|${SPACE}+(?=${CLAUSE_BREAK}|$)`,
  'g',
);
const COMMON_CONTENT_WORD = new RegExp(`[0-9]+(?:[.,][0-9]+)*|[${LATIN}]+(?:['’][${LATIN}]+)*|${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`, 'g');

const LETTER_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const COMMON_LETTER_RUN = new RegExp(`[${LATIN}]+`, 'g');

const LEADING_SPACE = new RegExp(`^${SPACE}+`, 'u');
const SPACE_RUN = new RegExp(`${SPACE}+`, 'gu');
const CONTENT_WORD = new RegExp(`[${CJK}]|\\p{N}+(?:[.,]\\p{N}+)*|(?:${WORD})+(?:['’](?:${WORD})+)*|${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`, 'gu');

/** Whether a UTF-16 code unit is one of SPACE's characters. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x2028 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Splits text into tokens; joined again they give the text back, white space folded to single spaces. */
export function tokenize(text: string): string[] {
  return tokensBy(UNCOMMON.test(text) ? TOKEN : COMMON_TOKEN, text);
}

/** tokenize with the full Unicode pattern whatever the text: what the common pattern is tested against. */
export const tokenizeByUnicode = (text: string): string[] => tokensBy(TOKEN, text);

function tokensBy(pattern: RegExp, text: string): string[] {
  const tokens = text.match(pattern) ?? [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    // Most tokens start with no space or with one plain space before a word: already folded, no regex needed.
    if (!isSpace(token.charCodeAt(0)) || (token.charCodeAt(0) === 32 && !isSpace(token.charCodeAt(1)))) continue;
    tokens[i] = ` ${token.replace(LEADING_SPACE, '')}`;
  }
  return tokens;
}

/** What `tokenize(text).join('')` gives for a text without link targets (white space folded), without making tokens. */
export function foldSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

export function isLinkToken(token: string): boolean {
  // The cheap test first: most tokens are words, which do not end with LINK_CLOSE.
  return token.endsWith(LINK_CLOSE) && token.trimStart().startsWith(LINK_OPEN);
}

export function linkTarget(token: string): string {
  return token.trimStart().slice(LINK_OPEN.length, -LINK_CLOSE.length);
}

/** Runs of letters, marks and digits (what `/[\p{L}\p{M}\p{N}]+/gu` finds), by the common pattern when it can. */
export function letterRuns(text: string): string[] {
  return text.match(UNCOMMON.test(text) ? LETTER_RUN : COMMON_LETTER_RUN) ?? [];
}

const contentWordPattern = (text: string) => (UNCOMMON.test(text) ? CONTENT_WORD : COMMON_CONTENT_WORD);

/** contentWords with the full Unicode pattern whatever the text: what the common pattern is tested against. */
export const contentWordsByUnicode = (text: string): string[] => (text.match(CONTENT_WORD) ?? []).flatMap((w) => (w.startsWith(LINK_OPEN) ? [] : [w.toLowerCase()]));

/** Lower-cased words and CJK characters: what similarity is measured on. Punctuation and links do not count. */
export function contentWords(text: string): string[] {
  const words = text.match(contentWordPattern(text)) ?? [];
  const out: string[] = [];
  for (const word of words) if (!word.startsWith(LINK_OPEN)) out.push(word.toLowerCase());
  return out;
}

/**
 * Numbers content words: the returned function gives contentWords(text) as integers, one per distinct lower-cased
 * word, the same number for the same word in every text it is given. Comparing numbers in typed arrays, not strings
 * in maps, is what makes measuring every pair of clauses of two long versions quick.
 */
export function contentWordNumberer(): (text: string) => number[] {
  // A word as written → its number (-1 for a link target); a lower-cased word → its number.
  const written = new Map<string, number>();
  const lowered = new Map<string, number>();
  return (text) => {
    const out: number[] = [];
    for (const word of text.match(contentWordPattern(text)) ?? []) {
      let id = written.get(word);
      if (id === undefined) {
        if (word.startsWith(LINK_OPEN)) id = -1;
        else {
          const lower = word.toLowerCase();
          id = lowered.get(lower);
          if (id === undefined) lowered.set(lower, (id = lowered.size));
        }
        written.set(word, id);
      }
      if (id >= 0) out.push(id);
    }
    return out;
  };
}
