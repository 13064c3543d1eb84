/**
 * Reads one snapshot file into segmented texts: the per-file half of ingest,
 * independent of every other file.
 */
import { readFileSync } from 'node:fs';
import { capturedText, type CapturedText } from '../model/anomalies.ts';
import { parseMarkdown } from '../model/markdown.ts';
import type { Problem } from '../problems.ts';
import { segmentText } from '../model/segment.ts';
import { DEFAULT_REGION_RULES, splitRecord, type RegionRule } from '../model/split.ts';
import type { SegmentedText } from '../model/versions.ts';
import { decodeUtf8, sha256 } from './text-file.ts';

export interface RecordInput {
  /** Absolute path of the snapshot file. */
  absolute: string;
  /** Canonical URL of the document, to resolve relative links. */
  base?: string;
  regionRules?: readonly RegionRule[];
}

export type RecordText = SegmentedText;

export interface RecordOutput {
  bytes: number;
  sha256: string;
  problems: Problem[];
  texts: RecordText[];
  supplements: { title?: string; line: number; endLine: number }[];
  /** The record's words, for telling a capture failure from a policy (see model/anomalies.ts). */
  captured: CapturedText;
}

/**
 * Remembers what a snapshot yielded, by its sha256 and everything else the
 * result depends on: a re-run reads and hashes every file (so provenance is
 * still verified) but parses only what changed.
 */
export interface RecordCache {
  get(key: string): Pick<RecordOutput, 'texts' | 'supplements' | 'captured'> | undefined;
  set(key: string, value: Pick<RecordOutput, 'texts' | 'supplements' | 'captured'>): void;
  /** Stores a value given as its JSON text: a worker thread makes the text, so the main thread need not (record-reader.ts). */
  setJson?(key: string, json: string): void;
}

export function cacheKey(digest: string, input: RecordInput): string {
  const rules = (input.regionRules ?? DEFAULT_REGION_RULES).map((r) => `${r.id}|${r.label}|${r.pattern.source}|${r.pattern.flags}`).join('\n');
  return sha256(new TextEncoder().encode(`${digest}\n${input.base ?? ''}\n${rules}`));
}

export function readRecordFile(input: RecordInput, cache?: RecordCache): RecordOutput {
  const file = input.absolute;
  const raw = readFileSync(file);
  const digest = sha256(raw);
  const key = cache ? cacheKey(digest, input) : '';
  const cached = cache?.get(key);
  if (cached) return { bytes: raw.length, sha256: digest, problems: [], ...cached };
  const output = processRecord(raw, digest, input);
  // Only clean results are kept: a problem names a path, and bad files are rare.
  if (cache && output.problems.length === 0) cache.set(key, { texts: output.texts, supplements: output.supplements, captured: output.captured });
  return output;
}

/** Decodes, parses, splits and segments one snapshot's bytes: pure, so a worker thread can run it (record-reader.ts). */
export function processRecord(raw: Uint8Array, digest: string, input: RecordInput): RecordOutput {
  const file = input.absolute;
  const output: RecordOutput = { bytes: raw.length, sha256: digest, problems: [], texts: [], supplements: [], captured: { headings: [], body: '' } };
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
  // An empty capture is a capture anomaly, kept and flagged by ingest: not an error.
  if (decoded.text.trim() === '') return output;
  const regionRules = input.regionRules ?? DEFAULT_REGION_RULES;
  const root = parseMarkdown(decoded.text.replace(/^\uFEFF/, ''));
  output.captured = capturedText(root);
  const split = splitRecord(root, regionRules);
  output.supplements = split.supplements.map(({ title, line, endLine }) => ({ ...(title ? { title } : {}), line, endLine }));
  for (const text of split.texts) {
    const blocks = segmentText(text.blocks, { base: input.base, regionRules });
    if (blocks.length === 0) continue;
    output.texts.push({
      ...(text.marker ? { marker: text.marker } : {}),
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
  // A record with no policy text is a capture anomaly, kept and flagged by ingest: not an error.
  return output;
}
