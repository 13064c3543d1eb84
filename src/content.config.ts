/** Content collections: our annotations, stories and their translations, in MDX, with the front matter schema that ingest also checks. */
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { loadConfig } from './lib/config.ts';
import { annotationSchema } from './lib/notes/annotation.ts';
import { storySchema } from './lib/notes/story.ts';
import { noteTranslationSchema } from './lib/notes/note-translation.ts';
import { storyTranslationSchema } from './lib/notes/story-translation.ts';

// The same folders ingest read (TERMLINE_ANNOTATIONS, TERMLINE_STORIES and TERMLINE_TRANSLATIONS can point elsewhere, e.g. in tests).
const { annotationsDir, storiesDir, translationsDir } = loadConfig(process.cwd());
// Chinese is the one translated locale so far; an entry's id is the English note's (story's), its file name.
const zh = join(translationsDir, 'zh');

export const collections = {
  annotations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: annotationsDir }),
    schema: annotationSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: storiesDir }),
    schema: storySchema,
  }),
  noteTranslations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(zh, 'notes') }),
    schema: noteTranslationSchema,
  }),
  storyTranslations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(zh, 'stories') }),
    schema: storyTranslationSchema,
  }),
};
