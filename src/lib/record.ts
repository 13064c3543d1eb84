/**
 * Reads one snapshot file into segmented texts: the per-file half of ingest,
 * independent of every other file.
 */
import { readFileSync } from 'node:fs';
import { parseMarkdown } from './markdown.ts';
import type { Problem } from './problems.ts';
import { segmentText, type Block } from './segment.ts';
import { DEFAULT_REGION_RULES, splitRecord, type RegionRule } from './split.ts';
import { decodeUtf8, sha256 } from './text-file.ts';

export interface RecordInput {
  /** Absolute path of the snapshot file. */
  absolute: string;
  /** Canonical URL of the document, to resolve relative links. */
  base?: string;
  regionRules?: readonly RegionRule[];
}

export interface RecordText {
  region: string;
  regionLabel: string;
  title?: string;
  effectiveDate?: string;
  effectiveLine?: number;
  effectiveUntil?: string;
  line: number;
  endLine: number;
  blocks: Block[];
}

export interface RecordOutput {
  bytes: number;
  sha256: string;
  problems: Problem[];
  texts: RecordText[];
  supplements: { title?: string; line: number; endLine: number }[];
}

export function readRecordFile(input: RecordInput): RecordOutput {
  const file = input.absolute;
  const raw = readFileSync(file);
  const output: RecordOutput = { bytes: raw.length, sha256: sha256(raw), problems: [], texts: [], supplements: [] };
  const decoded = decodeUtf8(raw);
  if (!decoded.ok) {
    output.problems.push({
      file,
      line: decoded.line,
      message: `invalid UTF-8 at byte ${decoded.offset}`,
      fix: 'restore the file from its source (SOURCES.tsv names the commit); snapshots must be UTF-8',
    });
    return output;
  }
  if (decoded.text.trim() === '') {
    output.problems.push({
      file,
      message: 'the snapshot is empty',
      fix: 'restore the file from its source (SOURCES.tsv names the commit), or delete it and its rows in SOURCES.tsv and RECORDS.tsv',
    });
    return output;
  }
  const regionRules = input.regionRules ?? DEFAULT_REGION_RULES;
  const split = splitRecord(parseMarkdown(decoded.text.replace(/^\uFEFF/, '')), regionRules);
  output.supplements = split.supplements.map(({ title, line, endLine }) => ({ ...(title ? { title } : {}), line, endLine }));
  for (const text of split.texts) {
    const blocks = segmentText(text.blocks, { base: input.base, regionRules });
    if (blocks.length === 0) continue;
    output.texts.push({
      region: text.region,
      regionLabel: text.regionLabel,
      ...(text.title ? { title: text.title } : {}),
      ...(text.effectiveDate ? { effectiveDate: text.effectiveDate } : {}),
      ...(text.effectiveLine ? { effectiveLine: text.effectiveLine } : {}),
      ...(text.effectiveUntil ? { effectiveUntil: text.effectiveUntil } : {}),
      line: text.line,
      endLine: text.endLine,
      blocks,
    });
  }
  if (output.texts.length === 0) {
    output.problems.push({
      file,
      line: 1,
      message: 'no policy text found in the snapshot',
      fix: 'check that the file holds the policy as Markdown, as the archive records it',
    });
  }
  return output;
}
