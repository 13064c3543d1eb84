/** One version of a document: its dates, flags, provenance and every clause with its ID. */
import { z } from 'zod';
import { provenanceSchema } from './provenance-schema.ts';

const at = z.number().int().min(0).describe("Place in the version's reading order, sections and clauses counted together");

export const clauseSchema = z.object({
  id: z.string().describe('Stable, readable clause ID: the heading path plus the clause'),
  kind: z.string().describe('paragraph, list-item or table-row'),
  section: z.string().describe("ID of the clause's section, empty at top level"),
  text: z.string().describe('Plain text, white space collapsed'),
  at,
  marked: z.string().optional().describe('The text with link targets marked, as comparisons diff it; absent when it is the text'),
  html: z.string().optional().describe('Sanitised inner HTML; absent when it is the text with &, <, > and " escaped'),
});

export const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  depth: z.number().int().min(2).max(6),
  at,
  html: z.string().optional().describe('Sanitised inner HTML of the heading; absent when it is the title escaped'),
});

export const versionFlagsSchema = z.object({
  reextraction: z.boolean().describe('First seen in a record the archive made by re-extracting the page'),
  formattingOnly: z.boolean().describe('Same words as the version before, different formatting'),
  kind: z
    .enum(['first', 'formatting', 'artefact', 'link', 'spelling', 'substantive'])
    .describe('Kind of change since bridgedFrom, the last version shown before it (see /kinds-of-change/)'),
  bridgedFrom: z.string().optional().describe('ID of the last version of its region shown before it: what lists of changes compare it with'),
  hidden: z.enum(['reextraction', 'anomaly', 'flicker', 'minor']).optional().describe('Why the site hides the version by default'),
  anomaly: z.string().optional().describe('The version was seen only in capture anomalies, for this reason'),
  flicker: z
    .object({ returned: z.string(), hours: z.number() })
    .optional()
    .describe('Seen only briefly: the text before it came back on this date, after about this many hours'),
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
