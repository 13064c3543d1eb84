/** The dataset's entry point: what it holds, under which licences, and where each file is. */
import { z } from 'zod';

export const indexFileSchema = z.object({
  format: z.number().int(),
  generated: z.string().describe('When this dataset was built, ISO 8601'),
  licences: z.object({
    texts: z.object({ name: z.string(), url: z.string(), credit: z.string() }),
    notes: z.object({ name: z.string(), url: z.string(), credit: z.string() }),
  }),
  schemas: z.record(z.string(), z.string()).describe('JSON Schema of each kind of file'),
  bulk: z.string().describe('The whole dataset in one file'),
  notes: z.string(),
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      documents: z.array(z.object({ id: z.string(), title: z.string(), versions: z.number().int(), records: z.number().int(), lastRecorded: z.string(), url: z.string(), notes: z.string().describe("The notes anchored in this document only, in notes.json's shape (the notes schema)") })),
    }),
  ),
});

export type IndexFile = z.infer<typeof indexFileSchema>;
