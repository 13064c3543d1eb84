/** One document: its versions (dates, flags) and every record the archive made of it. */
import { z } from 'zod';
import { provenanceSchema } from './provenance-schema.ts';
import { versionSummarySchema } from './version-schema.ts';

export const recordSchema = z.object({
  date: z.string().describe('Recorded date, UTC'),
  provenance: provenanceSchema,
  flags: z.object({
    reextraction: z.boolean().describe("The archive's commit says it only re-extracted the page"),
    anomaly: z.string().optional().describe('The record is a capture anomaly (not a policy text), for this reason'),
  }),
  texts: z.array(
    z.object({
      versionId: z.string(),
      region: z.string(),
      status: z.enum(['in-force', 'upcoming', 'ending']),
      effectiveDate: z.string().optional(),
      effectiveUntil: z.string().optional(),
    }),
  ),
});

export const documentFileSchema = z.object({
  format: z.number().int(),
  service: z.object({ id: z.string(), name: z.string() }),
  document: z.object({
    id: z.string(),
    title: z.string(),
    url: z.string().optional(),
    regions: z.array(z.object({ id: z.string(), label: z.string() })),
    versionPagesIn: z
      .array(z.string())
      .optional()
      .describe("The languages its version pages are published in, when not all of the site's: English only for a document our notes do not write about"),
  }),
  tracked: z.object({ from: z.string(), to: z.string() }).describe('First and last record dates'),
  versions: z.array(versionSummarySchema),
  records: z.array(recordSchema),
});

export type DocumentFile = z.infer<typeof documentFileSchema>;
