/**
 * UI strings, one area per module (`ui/compare.ts`, `ui/cards.ts`, …), each
 * holding every locale side by side. English is the reference: a key that
 * Chinese lacks, or has in excess, fails the type check.
 */
import type { Locale } from './locales.ts';

export type StringTable = Record<string, string | ((...args: never[]) => string)>;

/** Chinese must give every English key, a string for a string and a function of the same arguments for a function. */
export type Translation<E extends StringTable> = { [K in keyof E]: E[K] extends string ? string : E[K] };

export function defineStrings<E extends StringTable>(en: E, zh: Translation<E>): Record<Locale, Translation<E>> {
  return { en: en as Translation<E>, zh };
}
