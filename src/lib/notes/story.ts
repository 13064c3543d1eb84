/**
 * Stories: our long-form explainers (content/stories/*.mdx), composed of
 * notes, redlines, cards and cited reports. This is their front matter
 * schema, shared by the Astro content collection and `npm run check`.
 */
import { z } from 'zod';
import { sourceSchema } from './annotation.ts';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
);
/** `x/privacy-policy@2024-07-25..2024-10-17`: a comparison the story explains. */
const comparisonRef = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+@[0-9a-z-]+\.\.[0-9a-z-]+$/, 'a comparison is service/document@old..new, with version IDs');

export const storySchema = z.strictObject({
  id: z.string().regex(SLUG, 'use lower case letters, digits and hyphens'),
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(20).max(320),
  /** When we published the story, and when we last changed it. */
  published: isoDate,
  updated: isoDate.optional(),
  /** The services the story is about; a corpus without them leaves the story out. */
  services: z.array(z.string().regex(SLUG)).min(1),
  /** Comparisons the story explains: their pages and timeline entries link back to it. */
  comparisons: z.array(comparisonRef).default([]),
  /** Notes the story is built on. */
  notes: z.array(z.string().regex(SLUG)).default([]),
  /** Every report or page the story cites; listed at its end. */
  sources: z.array(sourceSchema).min(1),
});

export type StoryData = z.infer<typeof storySchema>;
