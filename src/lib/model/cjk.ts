/**
 * Pagefind keeps one index per language, and Termline's is English; Chinese
 * text has no spaces for it to split on. Both the indexed text and the
 * reader's query are therefore spaced out one CJK character at a time (the
 * usual unigram fallback for CJK search), so a Chinese query finds Chinese
 * reports in the English index. Latin words are left whole.
 */
const CJK = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/gu;

export function spaceCjk(text: string): string {
  return text.replace(CJK, ' $1 ').replace(/\s+/g, ' ').trim();
}

export function hasCjk(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);
}
