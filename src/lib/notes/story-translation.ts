/**
 * A story's translation (content/translations/<locale>/stories/<story-id>.mdx):
 * the English story it translates, the bytes it was made from, the translated
 * title and summary, then the translated body. Shared by the Astro content
 * collection and `npm run check`.
 */
import { z } from 'zod';
import { translationSourceSchema } from './note-translation.ts';

export const storyTranslationSchema = z.strictObject({
  /** The English story's id, the same as this file's name. */
  translates: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'the English story id: its file name without .mdx'),
  source: translationSourceSchema,
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().min(1).max(320),
});

export type StoryTranslationData = z.infer<typeof storyTranslationSchema>;
