/** Content collections: our annotations, in MDX, with the front matter schema that ingest also checks. */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { annotationSchema } from './lib/annotation.ts';

export const collections = {
  annotations: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/annotations' }),
    schema: annotationSchema,
  }),
};
