/**
 * Provenance tables: SOURCES.tsv (where each file came from, its sha256) and
 * RECORDS.tsv (when the archive recorded it, its commit message and kind),
 * checked against each snapshot file.
 */
import type { SnapshotFile } from './corpus-folder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Provenance } from '../model/model.ts';
import { type Problem } from '../problems.ts';
import { sha256 } from './text-file.ts';
import { parseTsv, type TsvRow } from './tsv.ts';

export const SOURCES_COLUMNS = ['path', 'service', 'document', 'recorded_date', 'source_repo', 'source_commit', 'source_path', 'sha256'];
export const RECORDS_COLUMNS = ['path', 'recorded_at_utc', 'commit_message'];

export function readTable(root: string, name: string, columns: readonly string[], problems: Problem[]): Map<string, TsvRow> {
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

export function checkProvenance(
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
