/**
 * The Termline data model, in the words of DESIGN.md: a record is what the
 * archive saw on a date; a record holds texts; distinct texts are versions;
 * versions hold sections and clauses.
 */
import type { KindOfChange } from '../compare/change-kinds.ts';
import type { AnomalyReason } from './anomalies.ts';

/** Why a version is hidden by default (see compare/bridge.ts). */
export type HiddenReason = 'reextraction' | 'anomaly' | 'flicker' | 'minor';

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
  /** Kind of change since `bridgedFrom` (the last version shown before it), or 'first'. */
  kind: KindOfChange | 'first';
  /** ID of the last version of its region shown before it: what lists of changes compare it with. */
  bridgedFrom?: string;
  /** Why the version is hidden by default; absent when shown. */
  hidden?: HiddenReason;
  /** The version was seen only in records that are capture anomalies. */
  anomaly?: AnomalyReason;
  /** The version was seen only briefly before the text before it came back (see model/flickers.ts). */
  flicker?: { returned: string; hours: number };
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
  /** The record is not a policy text (a capture failure): kept, flagged, hidden by default. */
  anomaly?: AnomalyReason;
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

/* The tree inside a version: sections and clauses, the smallest citable units. */

export type ClauseKind = 'paragraph' | 'list-item' | 'table-row' | 'blockquote' | 'code' | 'html';

/** Consecutive clauses that share a group render inside one list or table. */
export interface ClauseGroup {
  id: number;
  kind: 'list' | 'table';
  ordered?: boolean;
  start?: number;
}

export interface Clause {
  type: 'clause';
  id: string;
  kind: ClauseKind;
  /** Sanitised inner HTML (what goes inside the <p>, <li> or <tr>). */
  html: string;
  /** Plain text, whitespace collapsed: what is searched and quoted. */
  text: string;
  /** The text with link targets marked (see renderFragment): what comparisons diff. */
  marked: string;
  /** ID of the closest section, '' at top level. */
  section: string;
  line: number;
  group?: ClauseGroup;
  header?: boolean;
}

export interface Section {
  type: 'section';
  id: string;
  title: string;
  html: string;
  /** 2..6; the text's own title (depth 1) is not a section. */
  depth: number;
  line: number;
}

export type Block = Section | Clause;
