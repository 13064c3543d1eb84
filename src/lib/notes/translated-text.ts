/**
 * The words a page shows for a note or a story in a locale: the translation
 * when there is one, else the English with its own language tag, so a page
 * can mark the fallback (`lang="en"`) instead of passing it off as translated.
 */
import type { AnnotationData } from './annotation.ts';
import type { StoryData } from './story.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, type Locale } from '../publish/i18n/locales.ts';

export interface TranslatedNote {
  title: string;
  summary: string;
  questions: string[];
}

export interface TranslatedStory {
  title: string;
  summary: string;
}

/** The checked translations of one locale, by the English id; the model carries them to the pages. */
export interface LocaleTranslations {
  notes: Record<string, TranslatedNote>;
  stories: Record<string, TranslatedStory>;
}

export type Translations = Partial<Record<Locale, LocaleTranslations>>;

export interface NoteText extends TranslatedNote {
  /** True when the words are a translation into the locale asked for. */
  translated: boolean;
  /** BCP 47 tag of the words returned: the locale's when translated, else English's. */
  lang: string;
}

export interface StoryText extends TranslatedStory {
  translated: boolean;
  lang: string;
}

export function noteTextIn(translations: Translations, note: AnnotationData, locale: Locale): NoteText {
  const found = locale === DEFAULT_LOCALE ? undefined : translations[locale]?.notes[note.id];
  if (found) return { ...found, questions: [...found.questions], translated: true, lang: LANGUAGE_TAG[locale] };
  return { title: note.title, summary: note.summary, questions: [...note.questions], translated: false, lang: LANGUAGE_TAG[DEFAULT_LOCALE] };
}

export function storyTextIn(translations: Translations, story: StoryData, locale: Locale): StoryText {
  const found = locale === DEFAULT_LOCALE ? undefined : translations[locale]?.stories[story.id];
  if (found) return { ...found, translated: true, lang: LANGUAGE_TAG[locale] };
  return { title: story.title, summary: story.summary, translated: false, lang: LANGUAGE_TAG[DEFAULT_LOCALE] };
}
