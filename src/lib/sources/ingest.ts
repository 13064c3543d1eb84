/**
 * Reads a corpus folder into the Termline model, verifying everything it can
 * and collecting every problem before it stops. This module only assembles:
 * the folder walk is corpus-folder.ts, the provenance tables provenance.ts,
 * display names service-names.ts, the reports news-folder.ts; each record is
 * read by record.ts, then versions, anomalies, flickers and bridges are built
 * by the model and compare stages.
 *
 * Layout (see the corpus README): `<service>/<document>/<YYYY-MM-DD>.md`,
 * SOURCES.tsv and RECORDS.tsv for provenance, optional `news/*.md`.
 */
import { isDirectory, listSnapshots, type SnapshotFile } from './corpus-folder.ts';
import { checkProvenance, readTable, RECORDS_COLUMNS, SOURCES_COLUMNS } from './provenance.ts';
import { loadServiceMeta, mergeServiceMeta, readCorpusServiceNames } from './service-names.ts';
import { readNews } from './news-folder.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Block, Corpus, CorpusRecord, PolicyDocument, Provenance, Service, Version } from '../model/model.ts';
import { InputError, throwIfProblems, type Problem } from '../problems.ts';
import { titleFromSlug } from './service-meta.ts';
import { readFileSync } from 'node:fs';
import { cacheKey, type RecordCache, type RecordInput } from './record.ts';
import { documentKey, packDocument, unpackDocument, type DocumentCache } from './document-cache.ts';
import { recordReader, type RecordReader } from './record-reader.ts';
import { DEFAULT_REGION_RULES, type RegionRule } from '../model/split.ts';
import { sha256 } from './text-file.ts';
import { isReextraction } from './ota-commits.ts';
import { buildVersions, type TextSighting } from '../model/versions.ts';
import { detectAnomaly, settleTruncations, type CapturedText } from '../model/anomalies.ts';
import { detectFlickers } from '../model/flickers.ts';
import { bridgeVersions, type KindCache } from '../compare/bridge.ts';
import type { NamedByNotes } from '../notes/named-versions.ts';

export interface IngestOptions {
  /** The corpus folder. */
  corpusDir: string;
  /** Folder of `<service>.yaml` metadata files (names, canonical URLs); optional. */
  servicesDir?: string;
  regionRules?: readonly RegionRule[];
  /** How `corpusDir` was chosen, for the error when it is missing. */
  corpusDirSource?: string;
  /** Reuse what unchanged snapshots yielded before; see record-cache.ts. */
  cache?: RecordCache;
  /** Versions and dates notes name (see notes/named-versions.ts): a flicker among them stays visible. */
  named?: NamedByNotes;
  /** Kinds of change worked out before (see compare/bridge.ts). */
  kindCache?: KindCache;
  /** Whole documents built before, by everything they are built from (document-cache.ts); used with `cache`. */
  documentCache?: DocumentCache;
  /** Worker threads that parse records not in the cache (record-reader.ts); 0, the default, parses on this thread. */
  workers?: number;
  /** Parse on the main thread all the same when the corpus has fewer records than this. */
  workersFrom?: number;
  /** Called after each record is read: how many are done, of how many. */
  onRecord?: (done: number, total: number) => void;
}


/** Reads and verifies a whole corpus. Throws an InputError listing every problem found. */
export function ingestCorpus(options: IngestOptions): Corpus {
  const root = resolve(options.corpusDir);
  const regionRules = options.regionRules ?? DEFAULT_REGION_RULES;
  if (!isDirectory(root)) {
    throw new InputError([
      {
        file: root,
        message: `the corpus folder does not exist${options.corpusDirSource ? ` (taken from ${options.corpusDirSource})` : ''}`,
        fix: 'point TERMLINE_CORPUS at the corpus folder (e.g. TERMLINE_CORPUS=../shared/corpus npm run build), or set "corpus" in termline.config.json',
      },
    ]);
  }
  const problems: Problem[] = [];
  const metas = mergeServiceMeta(readCorpusServiceNames(root, problems), loadServiceMeta(options.servicesDir, problems));
  const sources = readTable(root, 'SOURCES.tsv', SOURCES_COLUMNS, problems);
  const records = readTable(root, 'RECORDS.tsv', RECORDS_COLUMNS, problems);
  // History order: by record time (two records can share a day), then by name.
  const recordTime = (snapshot: SnapshotFile) => Date.parse(records.get(snapshot.path)?.values.recorded_at_utc ?? '') || 0;
  const snapshots = listSnapshots(root, problems).sort(
    (a, b) => a.service.localeCompare(b.service) || a.document.localeCompare(b.document) || recordTime(a) - recordTime(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  for (const [table, rows] of [['SOURCES.tsv', sources], ['RECORDS.tsv', records]] as const) {
    for (const [path, row] of rows) {
      if (existsSync(join(root, path))) continue;
      problems.push({
        file: join(root, table),
        line: row.line,
        message: `${path} is listed but there is no such snapshot file`,
        fix: 'restore the file, or delete this row',
      });
    }
  }

  // One document at a time, streamed: its records are read, segmented and
  // deduplicated into versions before the next document is read, so memory
  // holds the versions built so far and one document's records, never every
  // record's parse of the whole corpus (issue 13: 3.7 GB for the collection).
  let bytes = 0;
  const regionOrder = regionRules.map((rule) => rule.id);
  const services = new Map<string, Service>();
  const inputs: RecordInput[] = snapshots.map((snapshot) => {
    const base = metas.get(snapshot.service)?.documents[snapshot.document]?.url;
    return { absolute: snapshot.absolute, ...(base ? { base } : {}), regionRules };
  });
  const groups = byDocument(snapshots.map((snapshot, index) => ({ snapshot, input: inputs[index]! })));
  // Which documents come whole from the document cache: decided before any record is parsed, so none of theirs is.
  const plans = groups.map((group) => planDocument(group, { root, regionRules, metas, sources, records, named: options.named, cache: options.documentCache }));
  const reader = recordReader(
    plans.flatMap((plan, i) => (plan.cached ? [] : groups[i]!.map((item) => item.input))),
    options.cache,
    snapshots.length >= (options.workersFrom ?? 0) ? (options.workers ?? 0) : 0,
  );
  let read = 0;
  const onRead = () => options.onRecord?.(++read, snapshots.length);
  try {
    groups.forEach((group, i) => {
      const plan = plans[i]!;
      const { service: serviceId } = group[0]!.snapshot;
      let doc: PolicyDocument;
      if (plan.cached) {
        doc = unpackDocument(plan.cached);
        bytes += plan.bytes;
        group.forEach(onRead);
      } else {
        const entry = readDocumentRecords(
          group.map((item) => item.snapshot),
          { root, reader, onRead, metas, sources, records, problems, ...(plan.checked ? { checked: plan.checked } : {}) },
        );
        bytes += entry.bytes;
        // A document with a bad record is reported, not built: the ingest stops at the end with every problem.
        if (entry.failed) return;
        doc = buildDocument(entry, metas, regionOrder, options);
        if (plan.key) options.documentCache?.set(plan.key, packDocument(doc));
      }
      let service = services.get(serviceId);
      if (!service) {
        const serviceMeta = metas.get(serviceId);
        service = {
          id: serviceId,
          name: serviceMeta?.name ?? titleFromSlug(serviceId),
          ...(serviceMeta?.url ? { url: serviceMeta.url } : {}),
          documents: [],
        };
        services.set(serviceId, service);
      }
      service.documents.push(doc);
    });
  } finally {
    reader.close();
  }

  const news = readNews(root, problems);
  bytes += news.bytes;
  throwIfProblems(problems);
  return { root, services: [...services.values()], reports: news.reports, bytes };
}

type ServiceMetas = ReturnType<typeof mergeServiceMeta>;
type Table = ReturnType<typeof readTable>;

interface Item {
  snapshot: SnapshotFile;
  input: RecordInput;
}

/** Snapshots sorted by service and document, cut into one run per document. */
function byDocument(items: readonly Item[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && (last.snapshot.service !== item.snapshot.service || last.snapshot.document !== item.snapshot.document)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A record's provenance checked ahead, with the problems to report where the record is read. */
interface Checked {
  provenance: Provenance | undefined;
  problems: Problem[];
}

interface Plan {
  /** The document as built before, when nothing it is built from has changed. */
  cached?: ReturnType<DocumentCache['get']>;
  /** Its key in the document cache, when every record's provenance checks out. */
  key?: string;
  checked?: Checked[];
  bytes: number;
}

/**
 * With a document cache: hashes the document's files and checks their
 * provenance (as every ingest does), then asks the cache for the document
 * those inputs built. Without one, nothing is read here.
 */
function planDocument(
  group: readonly Item[],
  context: { root: string; regionRules: readonly RegionRule[]; metas: ServiceMetas; sources: Table; records: Table; named: NamedByNotes | undefined; cache: DocumentCache | undefined },
): Plan {
  if (!context.cache) return { bytes: 0 };
  let bytes = 0;
  const checked: Checked[] = [];
  const keyed: { name: string; date: string; recordKey: string; provenance: Provenance }[] = [];
  for (const { snapshot, input } of group) {
    const raw = readFileSync(snapshot.absolute);
    bytes += raw.length;
    const digest = sha256(raw);
    const problems: Problem[] = [];
    const provenance = checkProvenance(snapshot, digest, context.sources, context.records, context.root, problems);
    checked.push({ provenance, problems });
    if (provenance) keyed.push({ name: snapshot.name, date: snapshot.date, recordKey: cacheKey(digest, input), provenance });
  }
  if (keyed.length < group.length) return { checked, bytes };
  const { service, document } = group[0]!.snapshot;
  const key = documentKey({ service, document, meta: context.metas.get(service)?.documents[document], regionRules: context.regionRules, named: context.named, records: keyed });
  const cached = context.cache.get(key);
  return cached ? { cached, key, bytes } : { key, checked, bytes };
}

interface DocumentRecords {
  service: string;
  document: string;
  records: CorpusRecord[];
  sightings: TextSighting[];
  recordOf: CorpusRecord[];
  bytes: number;
  /** A record of it had a problem (reported in `problems`). */
  failed: boolean;
}

/** Reads, verifies and segments the records of one document, in history order. */
function readDocumentRecords(
  snapshots: readonly SnapshotFile[],
  context: { root: string; reader: RecordReader; onRead: () => void; metas: ServiceMetas; sources: Table; records: Table; problems: Problem[]; checked?: readonly Checked[] },
): DocumentRecords {
  const { service, document } = snapshots[0]!;
  const entry: DocumentRecords = { service, document, records: [], sightings: [], recordOf: [], bytes: 0, failed: false };
  const share = clauseStringSharer();
  // The last record that was a policy text: what a capture is measured against.
  let lastPolicy: CapturedText | undefined;
  for (const [index, snapshot] of snapshots.entries()) {
    // The reader hands out records in the order of the snapshots, which is this loop's.
    const output = context.reader.next();
    context.onRead();
    entry.bytes += output.bytes;
    if (output.problems.length > 0) {
      context.problems.push(...output.problems);
      entry.failed = true;
      continue;
    }
    const checked = context.checked?.[index];
    if (checked) context.problems.push(...checked.problems);
    const provenance = checked ? checked.provenance : checkProvenance(snapshot, output.sha256, context.sources, context.records, context.root, context.problems);
    if (!provenance) {
      entry.failed = true;
      continue;
    }
    const reextraction = isReextraction(provenance.commitMessage, provenance.kind);
    const anomaly = detectAnomaly(output.captured, lastPolicy) ?? (output.texts.length === 0 ? 'no-policy-text' : undefined);
    if (!anomaly) lastPolicy = output.captured;
    const record: CorpusRecord = {
      service,
      document,
      date: snapshot.date,
      name: snapshot.name,
      provenance,
      bytes: output.bytes,
      reextractionOnly: reextraction,
      ...(anomaly ? { anomaly } : {}),
      texts: [],
      supplements: output.supplements,
    };
    entry.records.push(record);
    for (const text of output.texts) {
      share(text.blocks);
      entry.sightings.push({ ...text, recordDate: snapshot.date, recordName: snapshot.name, provenance, reextraction });
      entry.recordOf.push(record);
    }
  }
  return entry;
}

/** Deduplicates one document's texts into versions, flags anomalies and flickers, bridges hidden versions. */
function buildDocument(entry: DocumentRecords, metas: ServiceMetas, regionOrder: readonly string[], options: IngestOptions): PolicyDocument {
  // A shorter text that stays is the service's, not a capture cut short.
  settleTruncations(entry.records.map((r) => r.anomaly)).forEach((reason, i) => {
    if (reason) entry.records[i]!.anomaly = reason;
    else delete entry.records[i]!.anomaly;
  });
  const { versions, versionOf } = buildVersions(entry.service, entry.document, entry.sightings, regionOrder);
  const byId = new Map(versions.map((v) => [v.id, v]));
  entry.sightings.forEach((seen, index) => {
    const version = byId.get(versionOf[index]!)!;
    entry.recordOf[index]!.texts.push({
      versionId: version.id,
      ...(seen.marker ? { marker: seen.marker } : {}),
      region: seen.region,
      status: version.sightings.find((s) => s.recordDate === seen.recordDate && s.line === seen.line)!.status,
      ...(seen.effectiveDate ? { effectiveDate: seen.effectiveDate } : {}),
      ...(seen.effectiveUntil ? { effectiveUntil: seen.effectiveUntil } : {}),
      line: seen.line,
      endLine: seen.endLine,
    });
  });
  markAnomaliesAndFlickers(entry.records, versions);
  const prefix = `${entry.service}/${entry.document}/`;
  const named = options.named;
  bridgeVersions(versions, (v) => {
    if (!named) return false;
    if (named.versions.has(`${prefix}${v.id}`)) return true;
    // A milestone dated while the flicker was on the page names it.
    return [...named.dates].some((d) => d.startsWith(prefix) && d.slice(prefix.length) >= v.firstRecorded && d.slice(prefix.length) <= (v.flicker?.returned ?? v.lastRecorded));
  }, undefined, options.kindCache);
  const documentMeta = metas.get(entry.service)?.documents[entry.document];
  const regions = [...new Map(versions.map((v) => [v.region, { id: v.region, label: v.regionLabel }])).values()].sort(
    (a, b) => regionOrder.indexOf(a.id) - regionOrder.indexOf(b.id),
  );
  return {
    service: entry.service,
    id: entry.document,
    title: documentMeta?.title ?? titleFromSlug(entry.document),
    ...(documentMeta?.url ? { url: documentMeta.url } : {}),
    regions,
    records: entry.records,
    versions,
  };
}

/**
 * A document's records repeat most of each other's clauses, each parsed (or
 * read from the cache) on its own: pointing equal strings at one copy as each
 * record arrives keeps what ingest holds for a document, and the versions it
 * keeps and writes, proportional to the distinct clauses (the collection's
 * largest documents have hundreds of records).
 */
function clauseStringSharer(): (blocks: Block[]) => void {
  const seen = new Map<string, string>();
  const share = (value: string): string => {
    const kept = seen.get(value);
    if (kept !== undefined) return kept;
    seen.set(value, value);
    return value;
  };
  return (blocks) => {
    for (const block of blocks) {
      block.id = share(block.id);
      block.html = share(block.html);
      if (block.type === 'section') block.title = share(block.title);
      else {
        block.text = share(block.text);
        block.marked = share(block.marked);
        block.section = share(block.section);
      }
    }
  };
}

/**
 * A version seen only in capture anomalies is an anomaly; one seen only in
 * the B of an A → B → A flicker is a flicker. Records are in date order.
 */
function markAnomaliesAndFlickers(records: readonly CorpusRecord[], versions: readonly Version[]): void {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const seenIn = new Map<string, CorpusRecord[]>();
  for (const record of records) for (const text of record.texts) seenIn.set(text.versionId, [...(seenIn.get(text.versionId) ?? []), record]);
  for (const [id, seen] of seenIn) {
    const first = seen[0]!;
    if (first.anomaly && seen.every((r) => r.anomaly)) byId.get(id)!.anomaly = first.anomaly;
  }
  for (const region of new Set(versions.map((v) => v.region))) {
    const states = records
      .filter((r) => !r.anomaly && r.texts.some((t) => t.region === region))
      .map((r) => ({
        record: r,
        date: r.date,
        recordedAt: r.provenance.recordedAt,
        text: r.texts.filter((t) => t.region === region).map((t) => t.versionId).sort().join(' '),
      }));
    const flickers = detectFlickers(states);
    const flickerRecords = new Set(flickers.map((f) => states[f.shown]!.record));
    for (const flicker of flickers) {
      const shown = states[flicker.shown]!;
      for (const text of shown.record.texts) {
        if (text.region !== region) continue;
        const version = byId.get(text.versionId)!;
        if (version.flicker || !seenIn.get(version.id)!.every((r) => flickerRecords.has(r))) continue;
        version.flicker = { returned: states[flicker.returned]!.date, hours: Math.round(flicker.hours) };
      }
    }
  }
}
