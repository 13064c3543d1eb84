/**
 * Dates and numbers through Intl, in the page's locale: "15 November 2024"
 * in English (unambiguous on both sides of the Atlantic), "2024年11月15日" in
 * Chinese. Dates in the model are calendar dates ("2024-11-15"), read in UTC
 * so that no time zone moves them a day.
 */
import { LANGUAGE_TAG, type Locale } from './locales.ts';

const INTL_TAG: Record<Locale, string> = { en: 'en-GB', zh: LANGUAGE_TAG.zh };
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

// A build formats the same few thousand dates hundreds of thousands of times (every version page lists its document's versions).
const formattedDates = new Map<string, string>();

export function formatDateIn(locale: Locale, iso: string): string {
  const key = `${locale} ${iso.slice(0, 10)}`;
  let text = formattedDates.get(key);
  if (text !== undefined) return text;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  text = format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  formattedDates.set(key, text);
  return text;
}

export function formatNumberIn(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_TAG[locale])));
  return format.format(value);
}
