/** Content collections: our annotations, in MDX, with the front matter schema that ingest also checks. */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { loadConfig } from './lib/config.ts';
import { annotationSchema } from './lib/notes/annotation.ts';
import { storySchema } from './lib/notes/story.ts';

// The same folders ingest read (TERMLINE_ANNOTATIONS and TERMLINE_STORIES can point elsewhere, e.g. in tests).
const { annotationsDir, storiesDir } = loadConfig(process.cwd());

export const collections = {
  annotations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: annotationsDir }),
    schema: annotationSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: storiesDir }),
    schema: storySchema,
  }),
};
