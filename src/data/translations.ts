/**
 * Placeholder until the translation data layer (branch zhnotes) lands on main:
 * the same signatures, always falling back to English. Take zhnotes' version on merge.
 */
import type { AnchoredAnnotation } from '../lib/notes/annotations.ts';
import type { StoryData } from '../lib/notes/story.ts';
import type { Locale } from '../lib/publish/i18n/locales.ts';

export interface NoteText {
  title: string;
  summary: string;
  questions: string[];
  translated: boolean;
  /** BCP 47 tag of the text returned: 'zh-Hans' when translated, 'en' when it falls back to English. */
  lang: string;
}

export interface StoryText {
  title: string;
  summary: string;
  translated: boolean;
  lang: string;
}

export function noteText(annotation: Pick<AnchoredAnnotation, 'data'>, _locale: Locale): NoteText {
  const { title, summary, questions } = annotation.data;
  return { title, summary, questions, translated: false, lang: 'en' };
}

export function storyText(story: Pick<StoryData, 'title' | 'summary'>, _locale: Locale): StoryText {
  return { title: story.title, summary: story.summary, translated: false, lang: 'en' };
}
