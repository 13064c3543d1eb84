/**
 * Display names and canonical URLs of services and documents: the archive's
 * own (SERVICES.yaml, written by the import), overridden by ours
 * (content/services/*.yaml).
 */
import { isDirectory, visibleEntries } from './corpus-folder.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../problems.ts';
import { parseServiceMeta, type ServiceMeta } from './service-meta.ts';
import { readServicesFile } from './ota-import.ts';

/** The names an import wrote into the corpus (SERVICES.yaml), if any. */
export function readCorpusServiceNames(root: string, problems: Problem[]): Map<string, ServiceMeta> {
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
export function mergeServiceMeta(base: Map<string, ServiceMeta>, ours: Map<string, ServiceMeta>): Map<string, ServiceMeta> {
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

export function loadServiceMeta(servicesDir: string | undefined, problems: Problem[]): Map<string, ServiceMeta> {
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
