/** Content collections: our annotations, in MDX, with the front matter schema that ingest also checks. */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { loadConfig } from './lib/config.ts';
import { annotationSchema } from './lib/notes/annotation.ts';
import { storySchema } from './lib/notes/story.ts';

// The same folders ingest read (TERMLINE_ANNOTATIONS and TERMLINE_STORIES can point elsewhere, e.g. in tests).
const { annotationsDir, storiesDir } = loadConfig(process.cwd());

// Termline's translations of notes and stories (content/translations/<locale>/…): an entry's id is the English one's.
// Placeholder shape until the translation data layer (branch zhnotes) lands; take its version on merge.
const translation = (folder: string) => defineCollection({ loader: glob({ pattern: '*.mdx', base: `./content/translations/zh/${folder}` }), schema: z.looseObject({}) });

export const collections = {
  noteTranslations: translation('notes'),
  storyTranslations: translation('stories'),
  annotations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: annotationsDir }),
    schema: annotationSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: storiesDir }),
    schema: storySchema,
  }),
};
