/**
 * Titles, summaries and questions of notes and stories in a locale, from the
 * translations ingest checked (bodies render from the noteTranslations and
 * storyTranslations collections). English when a text has no translation.
 */
import type { AnnotationData } from '../lib/notes/annotation.ts';
import type { StoryData } from '../lib/notes/story.ts';
import { noteTextIn, storyTextIn, type NoteText, type StoryText } from '../lib/notes/translated-text.ts';
import type { Locale } from '../lib/publish/i18n/locales.ts';
import { translations } from './corpus.ts';

export type { NoteText, StoryText };

/** Takes an anchored note (`{ data }`) or its front matter. */
export function noteText(annotation: { data: AnnotationData } | AnnotationData, locale: Locale): NoteText {
  return noteTextIn(translations, 'data' in annotation ? annotation.data : annotation, locale);
}

/** Takes a story's front matter (as in the model) or an entry holding it (`{ data }`). */
export function storyText(story: { data: StoryData } | StoryData, locale: Locale): StoryText {
  return storyTextIn(translations, 'data' in story ? story.data : story, locale);
}
