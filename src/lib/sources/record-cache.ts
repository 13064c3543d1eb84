/**
 * An on-disk RecordCache under node_modules/.cache/termline/records/<engine>/,
 * where <engine> fingerprints the library code and the parser versions:
 * change either and every entry is stale, so the old folder is removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecordCache } from './record.ts';

/** src/lib: a record is read by code in several stage folders (sources, model), so all of it counts. */
const LIB_DIR = dirname(dirname(new URL(import.meta.url).pathname));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
    );
}

/** Hash of the library's source files and the locked dependency versions. */
export function engineFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(LIB_DIR)) hash.update(file.slice(LIB_DIR.length)).update(readFileSync(file));
  try {
    hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  return hash.digest('hex').slice(0, 16);
}

export function fileRecordCache(projectRoot: string, base = join(projectRoot, 'node_modules', '.cache', 'termline', 'records')): RecordCache {
  return fileJsonCache(projectRoot, base);
}

/** A JSON value per key, in files under `base`/<engine>/; also holds the kinds of change between versions (compare/bridge.ts). */
export function fileJsonCache<T>(projectRoot: string, base: string): { get(key: string): T | undefined; set(key: string, value: T): void; setJson(key: string, json: string): void } {
  // Its own folder: cleaning stale engines here must not touch the other caches beside it (card images).
  const fingerprint = engineFingerprint(projectRoot);
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
