/**
 * An on-disk RecordCache under node_modules/.cache/termline/<engine>/, where
 * <engine> fingerprints the ingest code and the parser versions: change
 * either and every entry is stale, so the old folder is removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RecordCache } from './record.ts';

/** src/lib: every stage, since splitting and segmenting (model/) shape what is cached, not only sources/. */
const LIB_DIR = dirname(dirname(new URL(import.meta.url).pathname));

/** Hash of the library's source files and the locked dependency versions. */
export function engineFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const name of (readdirSync(LIB_DIR, { recursive: true }) as string[]).sort()) {
    if (name.endsWith('.ts') && !name.endsWith('.test.ts')) hash.update(name).update(readFileSync(join(LIB_DIR, name)));
  }
  try {
    hash.update(readFileSync(join(projectRoot, 'package-lock.json')));
  } catch {
    hash.update('no lockfile');
  }
  return hash.digest('hex').slice(0, 16);
}

export function fileRecordCache(projectRoot: string, base = join(projectRoot, 'node_modules', '.cache', 'termline')): RecordCache {
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
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8'));
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const file = join(dir, `${key}.json`);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, file);
    },
  };
}
