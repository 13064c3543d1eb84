/**
 * On-disk caches under node_modules/.cache/termline/<name>/<engine>/, where
 * <engine> fingerprints the code whose output they keep (the modules an entry
 * module imports, transitively) and the locked dependency versions: change
 * either and every entry is stale, so the old folder is removed. A change
 * elsewhere (how pages are published, say) keeps them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RecordCache } from './record.ts';

const LIB_DIR = dirname(dirname(new URL(import.meta.url).pathname));

/** Where each cache's values come from: what reads a record, what builds a document, what classes a change. */
export const CACHE_ENTRIES = {
  records: [join(LIB_DIR, 'sources', 'record.ts')],
  documents: [join(LIB_DIR, 'sources', 'ingest.ts')],
  kinds: [join(LIB_DIR, 'compare', 'bridge.ts')],
} as const;

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The entry modules and every module they import by relative path, transitively, sorted. */
export function moduleGraph(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) visit(resolve(dirname(file), match[1]!));
  };
  entries.forEach((entry) => visit(resolve(entry)));
  return [...seen].sort();
}

/** Hash of the modules `entries` import (paths relative to src/lib, and contents) and of the locked dependency versions. */
export function engineFingerprint(projectRoot: string, entries: readonly string[] = CACHE_ENTRIES.records, libDir = LIB_DIR): string {
  const hash = createHash('sha256');
  for (const file of moduleGraph(entries)) hash.update(file.startsWith(libDir) ? file.slice(libDir.length) : file).update(readFileSync(file));
  try {
    hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  return hash.digest('hex').slice(0, 16);
}

export function fileRecordCache(projectRoot: string, base = join(projectRoot, 'node_modules', '.cache', 'termline', 'records')): RecordCache {
  return fileJsonCache(projectRoot, base, CACHE_ENTRIES.records);
}

/** A JSON value per key, in files under `base`/<engine>/; also holds the kinds of change between versions (compare/bridge.ts). */
export function fileJsonCache<T>(projectRoot: string, base: string, entries: readonly string[]): { get(key: string): T | undefined; set(key: string, value: T): void; setJson(key: string, json: string): void } {
  // Its own folder: cleaning stale engines here must not touch the other caches beside it (card images).
  const fingerprint = engineFingerprint(projectRoot, entries);
  const dir = join(base, fingerprint);
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(base)) {
    if (stale === fingerprint) continue;
    try {
      rmSync(join(base, stale), { recursive: true, force: true });
    } catch {
      // Another ingest may still be writing there; the next run removes it.
    }
  }
  const setJson = (key: string, json: string): void => {
    const file = join(dir, `${key}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, file);
  };
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return undefined;
      }
    },
    set: (key, value) => setJson(key, JSON.stringify(value)),
    setJson,
  };
}
