/** Content collections: our annotations, in MDX, with the front matter schema that ingest also checks. */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { annotationSchema } from './lib/notes/annotation.ts';
import { storySchema } from './lib/notes/story.ts';

export const collections = {
  annotations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/annotations' }),
    schema: annotationSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories' }),
    schema: storySchema,
  }),
};
