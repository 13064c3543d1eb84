/**
 * Imports an Open Terms Archive collection into a corpus folder (the layout
 * ingest reads), incrementally: the corpus's own tables are the index of
 * what it holds, so a second run writes only records it lacks, and a
 * history the archive has rewritten is matched by content (document, record
 * time, text) instead of by commit: nothing is duplicated, provenance is
 * pointed at the commits that hold the records now.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { InputError, type Problem } from '../problems.ts';
import { BlobReader, isAncestor, openSource, originUrl, readCommits, resolveRef } from './ota-git.ts';
import { traceDocuments, type ArchiveRecord, type DocumentLine } from './ota-history.ts';
import { sha256 } from './text-file.ts';
import { parseTsv, type TsvRow } from './tsv.ts';
import { parseYamlData } from './yaml-data.ts';
import { z } from 'zod';
import { serviceMetaSchema } from './service-meta.ts';

export const SOURCES_HEADER = ['path', 'service', 'document', 'recorded_date', 'source_repo', 'source_commit', 'source_path', 'sha256', 'source_blob'];
export const RECORDS_HEADER = ['path', 'recorded_at_utc', 'commit_message', 'kind', 'snapshots'];
/** Display names from the archive, read by ingest; content/services/*.yaml may override them. */
export const SERVICES_FILE = 'SERVICES.yaml';
const STATE_DIR = '.import';
const STATE_FILE = 'state.json';

export const servicesFileSchema = z.record(z.string(), serviceMetaSchema);

export interface ImportOptions {
  /** A clone, a bare repository or a `.bundle` of an OTA versions collection. */
  source: string;
  /** The corpus folder to write or update. */
  out: string;
  /** Archive folder names to import (a renamed service is matched by any of its names); all when empty. */
  services?: readonly string[];
  /** The repository to cite in provenance; by default the clone's origin, else derived from the snapshot links. */
  repo?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportedDocument {
  service: string;
  document: string;
  serviceName: string;
  documentName: string;
  archivePaths: string[];
  records: number;
  written: number;
}

export interface ImportSummary {
  repo: string;
  head: string;
  commits: number;
  /** Commits since the last import's head, when that head is still in the history. */
  newCommits: number | undefined;
  /** The last import's head is no longer in the history: records were matched by content. */
  historyRewritten: boolean;
  documents: ImportedDocument[];
  written: number;
  /** Records already held whose provenance now names another commit (a rewritten history). */
  resynced: number;
  unchanged: number;
  /** Records in the corpus that the history no longer holds (kept, never deleted). */
  notInHistory: number;
}

interface ImportState {
  source: string;
  repo: string;
  head: string;
}

function readState(out: string): ImportState | undefined {
  const file = join(out, STATE_DIR, STATE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ImportState;
  } catch {
    return undefined;
  }
}

function readRows(file: string, header: readonly string[], problems: Problem[]): TsvRow[] {
  if (!existsSync(file)) return [];
  const parsed = parseTsv(readFileSync(file, 'utf8'), file, header.slice(0, 3));
  problems.push(...parsed.problems);
  return parsed.rows;
}

function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ').trim();
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function writeTable(file: string, header: readonly string[], rows: readonly Record<string, string>[]): void {
  const sorted = [...rows].sort((a, b) => a.path!.localeCompare(b.path!));
  writeAtomically(file, [header.join('\t'), ...sorted.map((row) => header.map((column) => tsvField(row[column] ?? '')).join('\t'))].join('\n') + '\n');
}

/** "2024-10-17T00:36:53Z" -> "2024-10-17T00:36:53+00:00", the corpus's form. */
function corpusTime(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** The repository the records are cited from. */
function citedRepo(options: ImportOptions, gitDir: string, lines: readonly DocumentLine[]): string {
  if (options.repo) return options.repo;
  const origin = originUrl(gitDir);
  if (origin && !existsSync(origin)) return origin.replace(/^https?:\/\//, '').replace(/\.git$/, '');
  // OTA publishes a collection as <name>-snapshots and <name>-versions side by side.
  const link = lines.flatMap((line) => line.records.flatMap((r) => r.snapshots))[0];
  const match = link && /^https?:\/\/(github\.com\/[^/]+\/[^/]+)-snapshots\/commit\//.exec(link);
  return match ? `${match[1]}-versions` : resolve(options.source);
}

/**
 * A file name for a record: its date, as every corpus file is named; a
 * second record of that day adds its UTC time (`2024-10-17T183012.md`).
 * Names are given once and never change, so a version's ID never moves.
 */
function recordFileName(recordedAt: string, taken: Set<string>): string {
  const iso = new Date(recordedAt).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19).replace(/:/g, '');
  for (const name of [`${date}.md`, `${date}T${time}.md`]) if (!taken.has(name)) return name;
  for (let n = 2; ; n += 1) if (!taken.has(`${date}T${time}-${n}.md`)) return `${date}T${time}-${n}.md`;
}

function selectLines(lines: DocumentLine[], wanted: readonly string[] | undefined, source: string): DocumentLine[] {
  if (!wanted || wanted.length === 0) return lines;
  const folders = new Set(lines.flatMap((line) => line.folders));
  const unknown = wanted.filter((name) => !folders.has(name));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((name) => ({
        file: source,
        message: `the collection has no service folder "${name}"`,
        fix: `give --service one of the archive's folder names: ${[...folders].sort().join(', ')}`,
      })),
    );
  }
  return lines.filter((line) => line.folders.some((folder) => wanted.includes(folder)));
}

/** Imports (or updates) `options.out` from the collection; throws InputError on bad input. */
export async function importCollection(options: ImportOptions): Promise<ImportSummary> {
  const out = resolve(options.out);
  mkdirSync(join(out, STATE_DIR), { recursive: true });
  const { gitDir, ref } = openSource(options.source, join(out, STATE_DIR));
  const head = resolveRef(gitDir, ref);
  if (!head) throw new InputError([{ file: options.source, message: 'the repository has no commits', fix: 'give a versions collection with at least one record' }]);
  const state = readState(out);
  const commits = readCommits(gitDir, ref);
  const lines = selectLines(traceDocuments(commits), options.services, options.source);
  const repo = citedRepo(options, gitDir, lines);
  const lastHead = state?.head;
  const historyRewritten = lastHead !== undefined && !isAncestor(gitDir, lastHead, head);
  let newCommits: number | undefined;
  if (lastHead && !historyRewritten) {
    const index = commits.findIndex((c) => c.id === lastHead);
    newCommits = index === -1 ? undefined : commits.length - index - 1;
  }

  const problems: Problem[] = [];
  const sourcesFile = join(out, 'SOURCES.tsv');
  const recordsFile = join(out, 'RECORDS.tsv');
  const sources = readRows(sourcesFile, SOURCES_HEADER, problems).map((row) => ({ ...row.values }));
  const records = new Map(readRows(recordsFile, RECORDS_HEADER, problems).map((row) => [row.values.path!, { ...row.values }]));
  if (problems.length > 0) throw new InputError(problems);

  // The corpus's own index: what it holds, by document and record time.
  const held = new Map<string, Record<string, string>[]>();
  for (const row of sources) {
    const recordedAt = records.get(row.path!)?.recorded_at_utc;
    if (!recordedAt) continue;
    const key = `${row.service}/${row.document}\0${Date.parse(recordedAt)}`;
    held.set(key, [...(held.get(key) ?? []), row]);
  }
  const matched = new Set<Record<string, string>>();

  const reader = new BlobReader(gitDir);
  const summary: ImportSummary = {
    repo, head, commits: commits.length, newCommits, historyRewritten,
    documents: [], written: 0, resynced: 0, unchanged: 0, notInHistory: 0,
  };
  const metas = readServicesFile(out);
  try {
    const total = lines.reduce((n, line) => n + line.records.length, 0);
    let done = 0;
    for (const line of lines) {
      const folder = join(out, line.service, line.document);
      const taken = new Set<string>([
        ...(existsSync(folder) ? readdirSync(folder) : []),
        ...sources.filter((row) => row.service === line.service && row.document === line.document).map((row) => row.path!.split('/').pop()!),
      ]);
      const entry: ImportedDocument = {
        service: line.service, document: line.document, serviceName: line.serviceName, documentName: line.documentName,
        archivePaths: line.archivePaths, records: line.records.length, written: 0,
      };
      summary.documents.push(entry);
      const service = (metas[line.service] ??= { name: line.serviceName, documents: {} });
      service.name = line.serviceName;
      service.documents[line.document] = { ...service.documents[line.document], title: line.documentName };

      for (const record of line.records) {
        done += 1;
        options.onProgress?.(done, total);
        const candidates = (held.get(`${line.service}/${line.document}\0${Date.parse(record.recordedAt)}`) ?? []).filter((row) => !matched.has(row));
        let bytes: Buffer | undefined;
        let row = candidates.find((r) => r.source_blob === record.blob);
        if (!row && candidates.some((r) => !r.source_blob)) {
          // A corpus made before blobs were recorded: compare the text itself.
          bytes = await reader.read(record.blob);
          const digest = sha256(bytes);
          row = candidates.find((r) => !r.source_blob && r.sha256 === digest);
        }
        if (row) {
          matched.add(row);
          if (row.source_commit !== record.commit || row.source_path !== record.archivePath) {
            row.source_commit = record.commit;
            row.source_path = record.archivePath;
            row.source_repo = repo;
            summary.resynced += 1;
          } else {
            summary.unchanged += 1;
          }
          row.source_blob = record.blob;
          continue;
        }
        bytes ??= await reader.read(record.blob);
        writeRecord(out, line, record, bytes, taken, repo, sources, records);
        entry.written += 1;
        summary.written += 1;
      }
    }
  } finally {
    await reader.close();
  }
  const importedDocuments = new Set(lines.map((line) => `${line.service}/${line.document}`));
  summary.notInHistory = sources.filter((row) => importedDocuments.has(`${row.service}/${row.document}`) && !matched.has(row) && !row.__new).length;

  for (const row of sources) delete row.__new;
  writeTable(sourcesFile, SOURCES_HEADER, sources);
  writeTable(recordsFile, RECORDS_HEADER, [...records.values()]);
  writeAtomically(join(out, SERVICES_FILE), `# Names as the archive gives them, written by npm run import.\n${stringify(sortedMetas(metas))}`);
  writeAtomically(join(out, STATE_DIR, STATE_FILE), `${JSON.stringify({ source: resolve(options.source), repo, head } satisfies ImportState, null, 2)}\n`);
  return summary;
}

function writeRecord(
  out: string,
  line: DocumentLine,
  record: ArchiveRecord,
  bytes: Buffer,
  taken: Set<string>,
  repo: string,
  sources: Record<string, string>[],
  records: Map<string, Record<string, string>>,
): void {
  const name = recordFileName(record.recordedAt, taken);
  taken.add(name);
  const path = `${line.service}/${line.document}/${name}`;
  mkdirSync(join(out, line.service, line.document), { recursive: true });
  writeFileSync(join(out, path), bytes);
  sources.push({
    path,
    service: line.service,
    document: line.document,
    recorded_date: name.slice(0, 10),
    source_repo: repo,
    source_commit: record.commit,
    source_path: record.archivePath,
    sha256: sha256(bytes),
    source_blob: record.blob,
    __new: '1',
  });
  records.set(path, {
    path,
    recorded_at_utc: corpusTime(record.recordedAt),
    commit_message: record.subject,
    kind: record.kind ?? '',
    snapshots: record.snapshots.join(' '),
  });
}

type ServicesFile = z.infer<typeof servicesFileSchema>;

export function readServicesFile(corpusDir: string): ServicesFile {
  const file = join(corpusDir, SERVICES_FILE);
  if (!existsSync(file)) return {};
  const { data, problems } = parseYamlData(readFileSync(file, 'utf8'), servicesFileSchema, file, 1, (key) =>
    `correct "${key}": each service is <slug>: { name, url?, documents: { <slug>: { title, url? } } }`,
  );
  if (problems.length > 0) throw new InputError(problems);
  return data ?? {};
}

function sortedMetas(metas: ServicesFile): ServicesFile {
  return Object.fromEntries(
    Object.keys(metas)
      .sort()
      .map((slug) => [slug, { ...metas[slug]!, documents: Object.fromEntries(Object.entries(metas[slug]!.documents).sort(([a], [b]) => a.localeCompare(b))) }]),
  );
}
