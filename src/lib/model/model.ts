/**
 * The Termline data model, in the words of DESIGN.md: a record is what the
 * archive saw on a date; a record holds texts; distinct texts are versions;
 * versions hold sections and clauses.
 */
import type { Block } from './segment.ts';

/** Where a record came from: enough to fetch the same bytes again and check them. */
export interface Provenance {
  /** Path inside the corpus folder, e.g. `x/privacy-policy/2024-10-17.md`. */
  path: string;
  sourceRepo: string;
  sourceCommit: string;
  sourcePath: string;
  /** sha256 of the file, checked against SOURCES.tsv on every ingest. */
  sha256: string;
  /** Exact time the archive recorded it (ISO 8601, UTC). */
  recordedAt: string;
  /** The archive's own commit message. */
  commitMessage: string;
  /** The kind of record the archive's commit names (first-record, change, technical-upgrade), when the corpus states it. */
  kind?: string;
  /** The archive's snapshot(s) the record was extracted from. */
  snapshots?: string[];
}

export type TextStatus = 'in-force' | 'upcoming' | 'ending';

/** One text as seen in one record. */
export interface Sighting {
  recordDate: string;
  status: TextStatus;
  /** "Effective until" date stated in this record, if any. */
  effectiveUntil?: string;
  /** Lines of the record file that hold this text. */
  line: number;
  endLine: number;
  /** Line the effective date was read from. */
  effectiveLine?: number;
}

export interface Version {
  /** URL slug, unique within its document: first record date, plus region when not the default. */
  id: string;
  service: string;
  document: string;
  region: string;
  regionLabel: string;
  /** The page's own title for the text ("X Privacy Policy"). */
  title?: string;
  /** Effective date the text states; undefined when it states none. */
  effectiveDate?: string;
  firstRecorded: string;
  lastRecorded: string;
  sightings: Sighting[];
  /** The record this version was first seen in stands for it: its provenance is cited. */
  source: Provenance;
  /** The version was first seen in a record the archive made only by re-extracting the page. */
  reextraction: boolean;
  /** Differs from the version before it only in formatting (same words, same order). */
  formattingOnly: boolean;
  contentHash: string;
  textHash: string;
  wordCount: number;
  blocks: Block[];
}

export interface RecordedText {
  versionId: string;
  /** The explicit marker the record was split on to give this text, when it holds several. */
  marker?: 'title' | 'effective-until' | 'region';
  region: string;
  status: TextStatus;
  effectiveDate?: string;
  effectiveUntil?: string;
  line: number;
  endLine: number;
}

/** One snapshot file. */
export interface CorpusRecord {
  service: string;
  document: string;
  /** Recorded date (UTC), from the file name. */
  date: string;
  /** File name without extension: the date, or date and UTC time for a later record of the same day. */
  name: string;
  provenance: Provenance;
  bytes: number;
  /** The archive re-extracted the page; the service did not necessarily change anything. */
  reextractionOnly: boolean;
  /** Why the record is not a policy text (a capture failure the archive kept), when it is not. */
  anomaly?: string;
  texts: RecordedText[];
  /** Parts of the page that are not the policy (no stated date), kept by title only. */
  supplements: { title?: string; line: number; endLine: number }[];
}

export interface PolicyDocument {
  service: string;
  id: string;
  title: string;
  /** Canonical URL of the live page, when known. */
  url?: string;
  regions: { id: string; label: string }[];
  records: CorpusRecord[];
  /** Oldest first. */
  versions: Version[];
}

export interface Service {
  id: string;
  name: string;
  url?: string;
  documents: PolicyDocument[];
}

export interface ReportBlock {
  html: string;
  text: string;
}

export interface Report {
  /** File name without extension, e.g. `2024-10-22-freebuf-x-third-party-ai-training`. */
  id: string;
  title: string;
  url: string;
  source: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  fetchedAt: string;
  /** The publication time the page itself states (local, no zone), when it states one. */
  statedPublishedAt?: string;
  /** The original this report reposts, as the report credits it. */
  repostOf?: { name: string; url?: string };
  /** BCP 47 language tag detected from the body, e.g. `zh`. */
  lang: string;
  path: string;
  sha256: string;
  blocks: ReportBlock[];
  /** How many of the captured page's blocks were page furniture and dropped. */
  droppedBlocks: number;
}

export interface Corpus {
  /** Absolute path of the corpus folder read. */
  root: string;
  services: Service[];
  reports: Report[];
  /** Bytes of Markdown read. */
  bytes: number;
}
