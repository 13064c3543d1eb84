/**
 * Finds English left in our Chinese UI: words of Latin letters in text whose
 * nearest `lang` is Chinese. Names that stay as they are (brands, products,
 * the archive, abbreviations) are allowed; so are addresses, version IDs,
 * hashes and code. Policy text and English names are marked `lang="en"` and
 * never reach this check.
 */

/** Brand and product names, abbreviations and technical words that Chinese text writes in Latin letters too. */
export const ALLOWED_LATIN = new Set(
  [
    'X', 'Twitter', 'Grok', 'xAI', 'Termline', 'Open', 'Terms', 'Archive', 'OTA', 'AI', 'API', 'OPP-115', 'OPP',
    'UTC', 'RSS', 'JSON', 'HTML', 'URL', 'sha256', 'ID', 'EU', 'EFTA', 'UK', 'GDPR', 'CSS', 'JavaScript', 'Markdown',
    'oEmbed', 'iframe', 'GitHub', 'Pagefind', 'ODC-By', 'CC', 'BY', 'cookie', 'cookies',
  ].map((word) => word.toLowerCase()),
);

const LATIN_WORD = /[A-Za-z][A-Za-z0-9'’-]*/g;
/** Addresses, file paths, version IDs (2024-10-17-eu-efta-uk), hashes: not words. */
const NOT_WORDS = [/\[email[^\]]*\]/g, /\bhttps?:\/\/\S+/g, /(?:\/[\w.-]+)+\/?|\b[\w-]+\.(?:xml|json|md|png|js|html)\b/g, /\b\d{4}-\d{2}-\d{2}[\w-]*/g, /\b[0-9a-f]{10,64}\b/g, /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|cn|io)\b/g, /[\w.-]+@[\w.-]+/g];

/** The Latin-letter words in `text` that are neither allowed names nor addresses, in order. */
export function untranslatedWords(text: string, allowed: ReadonlySet<string> = ALLOWED_LATIN): string[] {
  let rest = text;
  for (const pattern of NOT_WORDS) rest = rest.replace(pattern, ' ');
  // A single letter names a thing (X, or A and B in an example), it is not an English word left untranslated.
  return (rest.match(LATIN_WORD) ?? []).filter((word) => word.length > 1).filter((word) => !allowed.has(word.toLowerCase()) && !allowed.has(word.replace(/['’-]+$/, '').toLowerCase()));
}

/** Whether a `lang` value names Chinese (zh, zh-Hans, zh-CN…). */
export function isChineseTag(lang: string | null | undefined): boolean {
  return /^zh(?:-|$)/i.test(lang ?? '');
}
