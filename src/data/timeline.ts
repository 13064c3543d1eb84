/** The timeline in each language, computed once per build for every page and feed that shows it. */
import { buildTimeline, type Phrase, type TimelineEvent } from '../lib/publish/timeline.ts';
import { LANGUAGE_TAG, LOCALES, type Locale } from '../lib/publish/i18n/locales.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus, stories } from './corpus.ts';
import { withStories } from '../lib/publish/story-events.ts';
import { noteText, storyText } from './translations.ts';

/** A translated title as a phrase: marked with its language only when it falls back to another one than the page's. */
const phrase = (locale: Locale, text: { title: string; lang: string }): Phrase =>
  text.lang === LANGUAGE_TAG[locale] ? { text: text.title } : { text: text.title, lang: text.lang };

const build = (locale: Locale) =>
  withStories(
    buildTimeline(corpus, annotations, comparison, { locale, noteTitle: (note) => phrase(locale, noteText(note, locale)) }),
    stories,
    locale,
    (story) => phrase(locale, storyText(story, locale)),
  );

export const timelines = Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)])) as Record<Locale, TimelineEvent[]>;
/** The English timeline. */
export const timeline = timelines.en;
