/**
 * The corpus folder walk: `<service>/<document>/<record>.md` snapshots, with
 * every misnamed folder or file reported as a problem, not skipped in silence.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseIsoDate } from '../model/dates.ts';
import { type Problem } from '../problems.ts';

export const SLUG = /^[a-z0-9][a-z0-9-]*$/;
export const SNAPSHOT_NAME = /^(.+)\.(md|markdown)$/i;
/**
 * A snapshot's name: the recorded date, and for a second record of that day
 * its UTC time (`2024-10-17T183012`), numbered if two share a second.
 */
export const RECORD_STEM = /^(\d{4}-\d{2}-\d{2})(?:T\d{6}(?:-\d+)?)?$/;
export const NEWS_DIR = 'news';

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function visibleEntries(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort();
}

export interface SnapshotFile {
  service: string;
  document: string;
  date: string;
  /** File name without extension: the date, or date and time for a later record of the same day. */
  name: string;
  /** Path relative to the corpus root, with forward slashes. */
  path: string;
  absolute: string;
}

export function listSnapshots(root: string, problems: Problem[]): SnapshotFile[] {
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
