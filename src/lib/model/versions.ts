/**
 * Deduplicates the texts of a document's records into versions. Identity is
 * the normalised content plus the stated effective date: a re-extraction
 * that changes nothing is no new version, and one that changes only
 * formatting is a version flagged as such.
 */
import { createHash } from 'node:crypto';
import type { Block } from './model.ts';
import type { Provenance, Sighting, TextStatus, Version } from './model.ts';
import { DEFAULT_REGION, type SplitMarker } from './split.ts';

/** One text of a record, split off and segmented: what reading a snapshot file yields per text. */
export interface SegmentedText {
  /** The explicit marker this text was split off on, when the record holds several. */
  marker?: SplitMarker;
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

/** One text of one record, segmented, with the record it was seen in: before deduplication. */
export interface TextSighting extends SegmentedText {
  recordDate: string;
  /** The record's file name without extension; a version's ID starts with it. Defaults to recordDate. */
  recordName?: string;
  provenance: Provenance;
  reextraction: boolean;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/** Hash of what a reader sees: structure, wording, formatting, links. Not IDs or line numbers. */
export function contentHash(blocks: readonly Block[]): string {
  return hash(
    JSON.stringify(
      blocks.map((block) =>
        block.type === 'section' ? ['s', block.depth, block.html] : ['c', block.kind, block.header ? 1 : 0, block.html],
      ),
    ),
  );
}

/** Hash of the words alone. */
export function textHash(blocks: readonly Block[]): string {
  return hash(blocks.map((block) => (block.type === 'section' ? block.title : block.text)).join('\n'));
}

/** Words in Latin-like scripts, characters in CJK scripts. */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ')
    .match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return cjk + words;
}

export function statusOn(recordDate: string, effectiveDate?: string, effectiveUntil?: string): TextStatus {
  if (effectiveDate && effectiveDate > recordDate) return 'upcoming';
  if (effectiveUntil) return 'ending';
  return 'in-force';
}

/**
 * Builds the versions of one document from every text seen in its records.
 * Returns versions in the order the archive first saw them (see below)
 * and, for each sighting, the ID of its version.
 */
export function buildVersions(
  service: string,
  document: string,
  sightings: readonly TextSighting[],
  regionOrder: readonly string[],
): { versions: Version[]; versionOf: string[] } {
  const byKey = new Map<string, Version>();
  const firstName = new Map<string, string>();
  const keyOf: string[] = [];
  for (const seen of sightings) {
    const content = contentHash(seen.blocks);
    const key = `${seen.region}\u0000${content}\u0000${seen.effectiveDate ?? ''}`;
    keyOf.push(key);
    const sighting: Sighting = {
      recordDate: seen.recordDate,
      status: statusOn(seen.recordDate, seen.effectiveDate, seen.effectiveUntil),
      line: seen.line,
      endLine: seen.endLine,
      ...(seen.effectiveUntil ? { effectiveUntil: seen.effectiveUntil } : {}),
      ...(seen.effectiveLine ? { effectiveLine: seen.effectiveLine } : {}),
    };
    const existing = byKey.get(key);
    if (existing) {
      existing.sightings.push(sighting);
      if (seen.recordDate > existing.lastRecorded) existing.lastRecorded = seen.recordDate;
      continue;
    }
    firstName.set(key, seen.recordName ?? seen.recordDate);
    byKey.set(key, {
      id: '',
      service,
      document,
      region: seen.region,
      regionLabel: seen.regionLabel,
      ...(seen.title ? { title: seen.title } : {}),
      ...(seen.effectiveDate ? { effectiveDate: seen.effectiveDate } : {}),
      firstRecorded: seen.recordDate,
      lastRecorded: seen.recordDate,
      sightings: [sighting],
      source: seen.provenance,
      reextraction: seen.reextraction,
      formattingOnly: false,
      kind: 'first',
      contentHash: content,
      textHash: textHash(seen.blocks),
      wordCount: seen.blocks.reduce((sum, b) => sum + countWords(b.type === 'section' ? b.title : b.text), 0),
      blocks: seen.blocks,
    });
  }

  const rank = (region: string) => {
    const index = regionOrder.indexOf(region);
    return index === -1 ? regionOrder.length : index;
  };
  // The order of the archive's history: by the date a text was first
  // recorded; when one record brings two new texts (an upcoming one beside
  // the current one), the one that takes effect first comes first. Ordering
  // by effective date instead would misplace withdrawn announcements.
  const versions = [...byKey.values()].sort(
    (a, b) =>
      a.firstRecorded.localeCompare(b.firstRecorded) ||
      rank(a.region) - rank(b.region) ||
      (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? ''),
  );

  // IDs: the first record date (plus the region when not the default). When
  // one record brings two new texts of a region (an upcoming text and a
  // re-formatted current one), the text with the latest effective date keeps
  // the plain ID and the others add theirs: IDs never depend on later records.
  const nameOf = new Map([...byKey.entries()].map(([key, v]) => [v, firstName.get(key)!]));
  const base = (v: Version) => (v.region === DEFAULT_REGION ? nameOf.get(v)! : `${nameOf.get(v)!}-${v.region}`);
  const newestEffective = new Map<string, string>();
  for (const v of versions) {
    const current = newestEffective.get(base(v));
    if (current === undefined || (v.effectiveDate ?? '') > current) newestEffective.set(base(v), v.effectiveDate ?? '');
  }
  const taken = new Set<string>();
  for (const v of versions) {
    let id = base(v);
    if (taken.has(id) || (v.effectiveDate ?? '') !== newestEffective.get(id)) id = `${id}-effective-${v.effectiveDate ?? 'undated'}`;
    for (let n = 2; taken.has(id); n += 1) id = `${base(v)}-${n}`;
    taken.add(id);
    v.id = id;
  }

  const previousInRegion = new Map<string, Version>();
  for (const v of versions) {
    const previous = previousInRegion.get(v.region);
    v.formattingOnly = previous !== undefined && previous.textHash === v.textHash && previous.effectiveDate === v.effectiveDate;
    previousInRegion.set(v.region, v);
  }

  const idByKey = new Map([...byKey.entries()].map(([key, v]) => [key, v.id]));
  return { versions, versionOf: keyOf.map((key) => idByKey.get(key)!) };
}
