/** The whole dataset in one file: the index, every document, every version with its clauses, the notes. */
import { z } from 'zod';
import { documentFileSchema } from './document-schema.ts';
import { indexFileSchema } from './index-schema.ts';
import { notesFileSchema } from './notes-schema.ts';
import { versionFileSchema } from './version-schema.ts';

export const bulkFileSchema = z.object({
  format: z.number().int(),
  index: indexFileSchema,
  documents: z.array(documentFileSchema),
  versions: z.array(versionFileSchema),
  notes: notesFileSchema,
});

export type BulkFile = z.infer<typeof bulkFileSchema>;
