/** Termline's notes with their anchors (W3C TextQuoteSelector) and where the quoted words stand in each version. */
import { z } from 'zod';

export const noteSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  service: z.string(),
  document: z.string(),
  region: z.string().optional(),
  selector: z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  categories: z.array(z.string()),
  impact: z.string(),
  questions: z.array(z.string()),
  anchors: z.array(z.object({ versionId: z.string(), clauseId: z.string(), text: z.string().describe('The words the note anchors to in this version'), start: z.number().int(), end: z.number().int(), exact: z.boolean() })),
  events: z.array(z.object({ kind: z.string(), versionId: z.string(), region: z.string() })),
  page: z.string(),
  translations: z
    .record(z.string(), z.object({ title: z.string(), summary: z.string() }))
    .optional()
    .describe("Termline's translations of the title and summary, by locale (zh); absent where the note is not translated"),
});

export const notesFileSchema = z.object({ format: z.number().int(), notes: z.array(noteSchema) });

export type NotesFile = z.infer<typeof notesFileSchema>;
