/** One version of a document: its dates, flags, provenance and every clause with its ID. */
import { z } from 'zod';
import { provenanceSchema } from './provenance-schema.ts';

export const clauseSchema = z.object({
  id: z.string().describe('Stable, readable clause ID: the heading path plus the clause'),
  kind: z.string().describe('paragraph, list-item or table-row'),
  section: z.string().describe("ID of the clause's section, empty at top level"),
  text: z.string().describe('Plain text, white space collapsed'),
});

export const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  depth: z.number().int().min(2).max(6),
});

export const versionFlagsSchema = z.object({
  reextraction: z.boolean().describe('First seen in a record the archive made by re-extracting the page'),
  formattingOnly: z.boolean().describe('Same words as the version before, different formatting'),
});

export const versionSummarySchema = z.object({
  id: z.string().describe('Version ID as in the site URLs: first record date, plus region or effective date when needed'),
  region: z.string(),
  regionLabel: z.string(),
  effectiveDate: z.string().optional().describe('The effective date the text states'),
  firstRecorded: z.string(),
  lastRecorded: z.string(),
  recordDates: z.array(z.string()).describe('Every record date the version was seen in'),
  flags: versionFlagsSchema,
  wordCount: z.number().int(),
  contentHash: z.string(),
  url: z.string().describe("This version's JSON"),
  page: z.string().describe("This version's page on the site"),
});

export const versionFileSchema = z.object({
  format: z.number().int(),
  service: z.string(),
  document: z.string(),
  version: versionSummarySchema,
  provenance: provenanceSchema,
  sections: z.array(sectionSchema),
  clauses: z.array(clauseSchema),
});

export type VersionFile = z.infer<typeof versionFileSchema>;
export type VersionSummary = z.infer<typeof versionSummarySchema>;
