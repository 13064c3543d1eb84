/**
 * Every locale's translations of our notes and stories, read from
 * `<translationsDir>/<locale>/{notes,stories}/`, checked against the English
 * files and gathered for the model. Ingest, the build and `npm run check` run it.
 */
import { join } from 'node:path';
import type { Corpus } from '../model/model.ts';
import type { Problem } from '../problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../publish/i18n/locales.ts';
import { holdsDocument, type AnnotationFile } from './annotations.ts';
import type { StoryFile } from './stories.ts';
import type { Translations } from './translated-text.ts';
import { checkTranslations, readTranslationFolder, type EnglishOriginal, type TranslationFile } from './translations.ts';

export interface TranslationSet {
  translations: Translations;
  /** Note translations with the English note's data, for the body checks notes get (clause references). */
  noteFiles: (TranslationFile<'note'> & { locale: Locale; about: AnnotationFile['data'] })[];
  storyFiles: (TranslationFile<'story'> & { locale: Locale })[];
  problems: Problem[];
}

export function readTranslations(
  translationsDir: string,
  notes: readonly AnnotationFile[],
  stories: readonly StoryFile[],
  corpus: Corpus,
  lastChanged?: (file: string) => string | undefined,
): TranslationSet {
  const noteOriginals = new Map<string, EnglishOriginal>(
    notes.map((n) => [
      n.data.id,
      {
        id: n.data.id,
        file: n.file,
        source: n.source,
        questions: n.data.questions.length,
        reports: [...n.data.sources, ...n.data.milestones.map((m) => m.source)].flatMap((s) => ('report' in s ? [s.report] : [])),
        leftOut: !holdsDocument(corpus, n.data.service, n.data.document),
      },
    ]),
  );
  const storyOriginals = new Map<string, EnglishOriginal>(
    stories.map((s) => [
      s.data.id,
      {
        id: s.data.id,
        file: s.file,
        source: s.source,
        reports: s.data.sources.flatMap((r) => ('report' in r ? [r.report] : [])),
        leftOut: !s.data.services.every((id) => corpus.services.some((service) => service.id === id)),
      },
    ]),
  );
  const reportText = (id: string) => {
    const report = corpus.reports.find((r) => r.id === id);
    return report && [report.title, ...report.blocks.map((b) => b.text)].join('\n');
  };
  const set: TranslationSet = { translations: {}, noteFiles: [], storyFiles: [], problems: [] };
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const options = { reportText, lastChanged, sitePrefix: `/${locale}/` };
    const noteFolder = readTranslationFolder('note', join(translationsDir, locale, 'notes'));
    const storyFolder = readTranslationFolder('story', join(translationsDir, locale, 'stories'));
    set.problems.push(
      ...noteFolder.problems,
      ...checkTranslations('note', noteFolder.translations, noteOriginals, options),
      ...storyFolder.problems,
      ...checkTranslations('story', storyFolder.translations, storyOriginals, options),
    );
    const byId = new Map(notes.map((n) => [n.data.id, n.data]));
    for (const t of noteFolder.translations) {
      const about = byId.get(t.data.translates);
      if (about) set.noteFiles.push({ ...t, locale, about });
    }
    set.storyFiles.push(...storyFolder.translations.map((t) => ({ ...t, locale })));
    set.translations[locale] = {
      notes: Object.fromEntries(noteFolder.translations.map(({ data }) => [data.translates, { title: data.title, summary: data.summary, questions: data.questions }])),
      stories: Object.fromEntries(storyFolder.translations.map(({ data }) => [data.translates, { title: data.title, summary: data.summary }])),
    };
  }
  return set;
}
