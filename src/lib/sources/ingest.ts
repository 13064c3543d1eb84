/**
 * Reads a corpus folder into the Termline model, verifying everything it can
 * and collecting every problem before it stops.
 *
 * Layout (see the corpus README): `<service>/<document>/<YYYY-MM-DD>.md`,
 * SOURCES.tsv and RECORDS.tsv for provenance, optional `news/*.md`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseIsoDate } from '../model/dates.ts';
import type { Corpus, CorpusRecord, PolicyDocument, Provenance, Report, Service } from '../model/model.ts';
import { readReport } from './news.ts';
import { InputError, throwIfProblems, type Problem } from '../problems.ts';
import { parseServiceMeta, titleFromSlug, type ServiceMeta } from './service-meta.ts';
import { readRecordFile, type RecordCache } from './record.ts';
import { DEFAULT_REGION_RULES, type RegionRule } from '../model/split.ts';
import { decodeUtf8, sha256 } from './text-file.ts';
import { parseTsv, type TsvRow } from './tsv.ts';
import { isReextraction } from './ota-commits.ts';
import { readServicesFile } from './ota-import.ts';
import { buildVersions, type TextSighting } from '../model/versions.ts';

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
}

const SOURCES_COLUMNS = ['path', 'service', 'document', 'recorded_date', 'source_repo', 'source_commit', 'source_path', 'sha256'];
const RECORDS_COLUMNS = ['path', 'recorded_at_utc', 'commit_message'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const SNAPSHOT_NAME = /^(.+)\.(md|markdown)$/i;
/**
 * A snapshot's name: the recorded date, and for a second record of that day
 * its UTC time (`2024-10-17T183012`), numbered if two share a second.
 */
const RECORD_STEM = /^(\d{4}-\d{2}-\d{2})(?:T\d{6}(?:-\d+)?)?$/;
const NEWS_DIR = 'news';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function visibleEntries(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort();
}

function readTable(root: string, name: string, columns: readonly string[], problems: Problem[]): Map<string, TsvRow> {
  const file = join(root, name);
  const byPath = new Map<string, TsvRow>();
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    problems.push({
      file,
      message: `${name} is missing`,
      fix: `add ${name} with the columns ${columns.join(', ')} (tab-separated), one row per snapshot file`,
    });
    return byPath;
  }
  const parsed = parseTsv(source, file, columns);
  problems.push(...parsed.problems);
  for (const row of parsed.rows) {
    const path = row.values.path!;
    const earlier = byPath.get(path);
    if (earlier) {
      problems.push({
        file,
        line: row.line,
        message: `${path} is listed twice (first on line ${earlier.line})`,
        fix: 'keep one row per snapshot file',
      });
      continue;
    }
    byPath.set(path, row);
  }
  return byPath;
}

/** The names an import wrote into the corpus (SERVICES.yaml), if any. */
function readCorpusServiceNames(root: string, problems: Problem[]): Map<string, ServiceMeta> {
  try {
    return new Map(Object.entries(readServicesFile(root)));
  } catch (error) {
    if (error instanceof InputError) {
      problems.push(...error.problems);
      return new Map();
    }
    throw error;
  }
}

/** Our own metadata (content/services) wins over the archive's names, field by field. */
function mergeServiceMeta(base: Map<string, ServiceMeta>, ours: Map<string, ServiceMeta>): Map<string, ServiceMeta> {
  const merged = new Map(base);
  for (const [slug, meta] of ours) {
    const archive = base.get(slug);
    if (!archive) {
      merged.set(slug, meta);
      continue;
    }
    const documents = { ...archive.documents };
    for (const [id, doc] of Object.entries(meta.documents)) documents[id] = { ...documents[id], ...doc };
    merged.set(slug, { ...archive, ...meta, documents });
  }
  return merged;
}

function loadServiceMeta(servicesDir: string | undefined, problems: Problem[]): Map<string, ServiceMeta> {
  const metas = new Map<string, ServiceMeta>();
  if (!servicesDir || !isDirectory(servicesDir)) return metas;
  for (const name of visibleEntries(servicesDir)) {
    const match = /^(.+)\.ya?ml$/.exec(name);
    if (!match) continue;
    const file = join(servicesDir, name);
    const { meta, problems: found } = parseServiceMeta(readFileSync(file, 'utf8'), file);
    problems.push(...found);
    if (meta) metas.set(match[1]!, meta);
  }
  return metas;
}

interface SnapshotFile {
  service: string;
  document: string;
  date: string;
  /** File name without extension: the date, or date and time for a later record of the same day. */
  name: string;
  /** Path relative to the corpus root, with forward slashes. */
  path: string;
  absolute: string;
}

function listSnapshots(root: string, problems: Problem[]): SnapshotFile[] {
  const files: SnapshotFile[] = [];
  for (const service of visibleEntries(root)) {
    const serviceDir = join(root, service);
    if (service === NEWS_DIR || !isDirectory(serviceDir)) continue;
    if (!SLUG.test(service)) {
      problems.push({
        file: serviceDir,
        message: `"${service}" is not a valid service folder name`,
        fix: 'name service folders in lower case with letters, digits and hyphens, e.g. "x" or "example-service"',
      });
      continue;
    }
    for (const document of visibleEntries(serviceDir)) {
      const documentDir = join(serviceDir, document);
      if (!isDirectory(documentDir)) continue;
      if (!SLUG.test(document)) {
        problems.push({
          file: documentDir,
          message: `"${document}" is not a valid document folder name`,
          fix: 'name document folders in lower case with letters, digits and hyphens, e.g. "privacy-policy"',
        });
        continue;
      }
      const byStem = new Map<string, { date: string; names: string[] }>();
      for (const name of visibleEntries(documentDir)) {
        const absolute = join(documentDir, name);
        const stem = SNAPSHOT_NAME.exec(name)?.[1];
        const dateText = stem ? RECORD_STEM.exec(stem)?.[1] : undefined;
        const date = dateText ? parseIsoDate(dateText) : undefined;
        if (!stem || !date) {
          problems.push({
            file: absolute,
            message: `"${name}" is not a snapshot file name: it must be the recorded date, YYYY-MM-DD.md (a later record of the same day adds its UTC time: YYYY-MM-DDTHHMMSS.md)`,
            fix: `rename it to the real calendar date it was recorded on (e.g. 2024-10-17.md), or move it out of ${relative(root, documentDir)}/`,
          });
          continue;
        }
        const entry = byStem.get(stem) ?? { date, names: [] };
        entry.names.push(name);
        byStem.set(stem, entry);
      }
      for (const [stem, { date, names }] of byStem) {
        if (names.length > 1) {
          problems.push({
            file: join(documentDir, names[0]!),
            message: `${names.length} snapshots named ${stem}: ${names.join(', ')}`,
            fix: 'keep one file per record: delete or rename all but one of them',
          });
          continue;
        }
        files.push({ service, document, date, name: stem, path: `${service}/${document}/${names[0]}`, absolute: join(documentDir, names[0]!) });
      }
    }
  }
  return files;
}

function checkProvenance(
  snapshot: SnapshotFile,
  digest: string,
  sources: Map<string, TsvRow>,
  records: Map<string, TsvRow>,
  root: string,
  problems: Problem[],
): Provenance | undefined {
  const sourceRow = sources.get(snapshot.path);
  const recordRow = records.get(snapshot.path);
  const sourcesFile = join(root, 'SOURCES.tsv');
  const recordsFile = join(root, 'RECORDS.tsv');
  let ok = true;
  if (!sourceRow) {
    problems.push({
      file: snapshot.absolute,
      message: 'this snapshot has no row in SOURCES.tsv, so its provenance is unknown',
      fix: `add a row to ${sourcesFile}: ${snapshot.path}, service, document, recorded date, source repo, commit, path, sha256 (${digest})`,
    });
    ok = false;
  } else {
    const v = sourceRow.values;
    if (v.sha256!.toLowerCase() !== digest) {
      problems.push({
        file: sourcesFile,
        line: sourceRow.line,
        message: `sha256 mismatch for ${snapshot.path}: SOURCES.tsv says ${v.sha256}, the file hashes to ${digest}`,
        fix: 'restore the file as it was recorded (or, if the file is right, correct the sha256 in SOURCES.tsv)',
      });
      ok = false;
    }
    const expected = { service: snapshot.service, document: snapshot.document, recorded_date: snapshot.date };
    for (const [column, value] of Object.entries(expected)) {
      if (v[column] !== value) {
        problems.push({
          file: sourcesFile,
          line: sourceRow.line,
          message: `${column} is "${v[column]}" but the file ${snapshot.path} says "${value}"`,
          fix: `make ${column} agree with the file's place in the corpus`,
        });
        ok = false;
      }
    }
  }
  if (!recordRow) {
    problems.push({
      file: snapshot.absolute,
      message: 'this snapshot has no row in RECORDS.tsv (record time and commit message)',
      fix: `add a row to ${recordsFile}: ${snapshot.path}, recorded_at_utc, commit_message`,
    });
    ok = false;
  } else if (Number.isNaN(Date.parse(recordRow.values.recorded_at_utc!))) {
    problems.push({
      file: recordsFile,
      line: recordRow.line,
      message: `recorded_at_utc "${recordRow.values.recorded_at_utc}" is not a date-time`,
      fix: 'write it as ISO 8601, e.g. 2024-10-17T08:00:00+00:00',
    });
    ok = false;
  } else if (!recordRow.values.recorded_at_utc!.startsWith(snapshot.date) && new Date(recordRow.values.recorded_at_utc!).toISOString().slice(0, 10) !== snapshot.date) {
    problems.push({
      file: recordsFile,
      line: recordRow.line,
      message: `recorded_at_utc ${recordRow.values.recorded_at_utc} is not on ${snapshot.date}, the date in the file name`,
      fix: 'make the file name and the record time agree (both UTC)',
    });
    ok = false;
  }
  if (!ok || !sourceRow || !recordRow) return undefined;
  return {
    path: snapshot.path,
    sourceRepo: sourceRow.values.source_repo!,
    sourceCommit: sourceRow.values.source_commit!,
    sourcePath: sourceRow.values.source_path!,
    sha256: digest,
    recordedAt: recordRow.values.recorded_at_utc!,
    commitMessage: recordRow.values.commit_message!,
    ...(recordRow.values.kind ? { kind: recordRow.values.kind } : {}),
    ...(recordRow.values.snapshots ? { snapshots: recordRow.values.snapshots.split(/\s+/) } : {}),
  };
}

function readNews(root: string, problems: Problem[]): { reports: Report[]; bytes: number } {
  const dir = join(root, NEWS_DIR);
  const reports: Report[] = [];
  let bytes = 0;
  if (!isDirectory(dir)) return { reports, bytes };
  for (const name of visibleEntries(dir)) {
    const file = join(dir, name);
    const match = SNAPSHOT_NAME.exec(name);
    if (!match || isDirectory(file)) continue;
    const id = match[1]!;
    if (!SLUG.test(id)) {
      problems.push({
        file,
        message: `"${name}" is not a valid report file name`,
        fix: 'name reports in lower case with letters, digits and hyphens, e.g. 2024-10-18-outlet-topic.md',
      });
      continue;
    }
    const raw = readFileSync(file);
    bytes += raw.length;
    const decoded = decodeUtf8(raw);
    if (!decoded.ok) {
      problems.push({
        file,
        line: decoded.line,
        message: `invalid UTF-8 at byte ${decoded.offset}`,
        fix: 'save the file as UTF-8',
      });
      continue;
    }
    if (decoded.text.trim() === '') {
      problems.push({ file, message: 'the report file is empty', fix: 'add the front matter and the article, or delete the file' });
      continue;
    }
    const { report, problems: found } = readReport(decoded.text, file, id, sha256(raw));
    problems.push(...found);
    if (report) reports.push({ ...report, path: `${NEWS_DIR}/${name}` });
  }
  reports.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { reports, bytes };
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

  const inputs = snapshots.map((snapshot) => ({
    absolute: snapshot.absolute,
    base: metas.get(snapshot.service)?.documents[snapshot.document]?.url,
    regionRules,
  }));
  const outputs = inputs.map((input) => readRecordFile(input, options.cache));

  let bytes = 0;
  const documents = new Map<string, { service: string; document: string; records: CorpusRecord[]; sightings: TextSighting[]; recordOf: CorpusRecord[] }>();
  snapshots.forEach((snapshot, index) => {
    const output = outputs[index]!;
    bytes += output.bytes;
    problems.push(...output.problems);
    if (output.problems.length > 0) return;
    const provenance = checkProvenance(snapshot, output.sha256, sources, records, root, problems);
    if (!provenance) return;
    const key = `${snapshot.service}/${snapshot.document}`;
    let entry = documents.get(key);
    if (!entry) {
      entry = { service: snapshot.service, document: snapshot.document, records: [], sightings: [], recordOf: [] };
      documents.set(key, entry);
    }
    const reextraction = isReextraction(provenance.commitMessage, provenance.kind);
    const record: CorpusRecord = {
      service: snapshot.service,
      document: snapshot.document,
      date: snapshot.date,
      name: snapshot.name,
      provenance,
      bytes: output.bytes,
      reextractionOnly: reextraction,
      ...(output.anomaly ? { anomaly: output.anomaly } : {}),
      texts: [],
      supplements: output.supplements,
    };
    entry.records.push(record);
    for (const text of output.texts) {
      entry.sightings.push({ ...text, recordDate: snapshot.date, recordName: snapshot.name, provenance, reextraction });
      entry.recordOf.push(record);
    }
  });

  const news = readNews(root, problems);
  bytes += news.bytes;
  throwIfProblems(problems);

  const regionOrder = regionRules.map((rule) => rule.id);
  const services = new Map<string, Service>();
  for (const entry of documents.values()) {
    const { versions, versionOf } = buildVersions(entry.service, entry.document, entry.sightings, regionOrder);
    entry.sightings.forEach((seen, index) => {
      const version = versions.find((v) => v.id === versionOf[index])!;
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
    const serviceMeta = metas.get(entry.service);
    const documentMeta = serviceMeta?.documents[entry.document];
    const regions = [...new Map(versions.map((v) => [v.region, { id: v.region, label: v.regionLabel }])).values()].sort(
      (a, b) => regionOrder.indexOf(a.id) - regionOrder.indexOf(b.id),
    );
    const doc: PolicyDocument = {
      service: entry.service,
      id: entry.document,
      title: documentMeta?.title ?? titleFromSlug(entry.document),
      ...(documentMeta?.url ? { url: documentMeta.url } : {}),
      regions,
      records: entry.records,
      versions,
    };
    let service = services.get(entry.service);
    if (!service) {
      service = {
        id: entry.service,
        name: serviceMeta?.name ?? titleFromSlug(entry.service),
        ...(serviceMeta?.url ? { url: serviceMeta.url } : {}),
        documents: [],
      };
      services.set(entry.service, service);
    }
    service.documents.push(doc);
  }
  return { root, services: [...services.values()], reports: news.reports, bytes };
}
