/**
 * A note's translation (content/translations/<locale>/notes/<note-id>.mdx):
 * front matter naming the English note and the exact bytes it was translated
 * from, the translated title, summary and questions, then the translated body.
 * Shared by the Astro content collection and `npm run check`.
 */
import { z } from 'zod';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** What the translation was made from: `sha256sum content/annotations/<id>.mdx` at the time. */
export const translationSourceSchema = z.strictObject({
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'the sha256 of the English file, 64 lower-case hex digits, as `sha256sum <file>` prints it'),
});

const translatedLine = z.string().trim().min(1);

export const noteTranslationSchema = z.strictObject({
  /** The English note's id, the same as this file's name. */
  translates: z.string().regex(SLUG, 'the English note id: its file name without .mdx'),
  source: translationSourceSchema,
  title: translatedLine.max(120),
  summary: translatedLine.max(280),
  /** The English note's questions, translated, in the same number and order. */
  questions: z.array(translatedLine.max(120)).min(1, 'translate every question of the English note, in the same order'),
});

export type NoteTranslationData = z.infer<typeof noteTranslationSchema>;
