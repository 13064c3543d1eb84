/**
 * The languages the site is published in. English stays at the root; every
 * other locale lives under its own prefix (`/zh/`). Policy text is never
 * translated: clauses keep their own language whatever the page's locale.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The BCP 47 tag for `<html lang>`, `hreflang` and `Intl`: Simplified Chinese is named as such. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** The locale's name in its own language, for the language switch. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', zh: '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
