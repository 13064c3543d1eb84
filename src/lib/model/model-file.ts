/**
 * The ingested model as a JSON file: written by ingest, read by the site build.
 *
 * Consecutive versions of a document share most of their clauses, so the
 * file keeps each distinct clause string once (a table of strings that
 * blocks point into) and reading it gives versions that share those strings:
 * the file and the build's memory grow with the distinct clause texts, not
 * with versions times clauses (issue 13).
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { StoryData } from '../notes/story.ts';
import type { Translations } from '../notes/translated-text.ts';
import type { Block, Corpus } from './model.ts';
import { SHARED_FIELDS, stringTable } from './string-table.ts';

export const MODEL_FORMAT = 5;

/** What the site is rendered from: the corpus and our annotations anchored in it. */
export interface SiteModel {
  format: number;
  corpus: Corpus;
  annotations: AnchoredAnnotation[];
  /** Our stories' front matter (their bodies are rendered from content/stories by the site). */
  stories: StoryData[];
  /** Checked translations of notes' and stories' titles, summaries and questions (bodies render from content/translations). */
  translations: Translations;
}

type PackedBlock = Record<string, unknown>;

/** Strings written in one piece at most this many at a time: a model must never need one string of its whole size. */
const STRINGS_PER_WRITE = 2000;

/**
 * Writes atomically (temporary file, then rename), so a reader never sees half a model.
 * Written a version at a time: the file is the JSON.stringify of the whole, but
 * neither it nor a packed copy of the corpus is ever held (hundreds of MB on
 * the collection, at ingest's peak).
 */
export function writeModel(
  corpus: Corpus,
  file: string,
  annotations: AnchoredAnnotation[] = [],
  stories: StoryData[] = [],
  translations: Translations = {},
): void {
  mkdirSync(dirname(file), { recursive: true });
  // Indexes in the order blocks are met, so the table is the same however the file is written.
  const { strings, intern } = stringTable();
  const packBlock = (block: Block): PackedBlock => {
    const packed: PackedBlock = { ...block };
    for (const field of SHARED_FIELDS) if (typeof packed[field] === 'string') packed[field] = intern(packed[field] as string);
    return packed;
  };
  for (const service of corpus.services) for (const document of service.documents) for (const version of document.versions) version.blocks.forEach(packBlock);
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    const out = bufferedWrites(fd);
    out.write(`{"format":${MODEL_FORMAT},"strings":[`);
    for (let start = 0; start < strings.length; start += STRINGS_PER_WRITE) {
      out.write(`${start > 0 ? ',' : ''}${strings.slice(start, start + STRINGS_PER_WRITE).map((s) => JSON.stringify(s)).join(',')}`);
    }
    out.write('],"corpus":');
    writeArrayField(out.write, corpus, 'services', (service) =>
      writeArrayField(out.write, service, 'documents', (document) =>
        writeArrayField(out.write, document, 'versions', (version) => out.write(JSON.stringify({ ...version, blocks: version.blocks.map(packBlock) }))),
      ),
    );
    out.write(`,"annotations":${JSON.stringify(annotations)},"stories":${JSON.stringify(stories)},"translations":${JSON.stringify(translations)}}`);
    out.flush();
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** Writes in pieces of about a megabyte: few system calls, no large string. */
function bufferedWrites(fd: number): { write: (text: string) => void; flush: () => void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) writeSync(fd, parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size >= 1 << 20) flush();
    },
    flush,
  };
}

/**
 * Writes JSON.stringify(value) with the array `value[key]` written item by
 * item: the object is stringified with a placeholder where the array goes.
 */
function writeArrayField<T extends object, K extends keyof T & string>(
  write: (text: string) => void,
  value: T,
  key: K,
  writeItem: T[K] extends readonly (infer Item)[] ? (item: Item) => void : never,
): void {
  const placeholder = JSON.stringify(`\u0000${key} written in pieces\u0000`);
  const parts = JSON.stringify({ ...value, [key]: JSON.parse(placeholder) }).split(placeholder);
  if (parts.length !== 2) throw new Error(`writeModel: the placeholder for ${key} occurs in the model's own text`);
  write(`${parts[0]}[`);
  (value[key] as unknown[]).forEach((item, i) => {
    if (i > 0) write(',');
    (writeItem as (item: unknown) => void)(item);
  });
  write(`]${parts[1]}`);
}

export function readModel(file: string): Corpus {
  return readSiteModel(file).corpus;
}

/**
 * The model read last in this process, by file, modification time and size. The site's pages and the search
 * integration run in one Astro process but import this module through different bundles, so a module-level
 * cache would not be shared: on the archive's collection the second copy was 700 MB more at the build's peak.
 */
const LAST_READ = Symbol.for('termline.last-read-site-model');
type LastRead = { key: string; model: SiteModel };

export function readSiteModel(file: string): SiteModel {
  let key: string;
  try {
    const stat = statSync(file);
    key = `${file}\u0000${stat.mtimeMs}\u0000${stat.size}`;
  } catch {
    throw new Error(`No ingested model at ${file}. Run "npm run ingest" (or "npm run build", which runs it) first.`);
  }
  const shared = globalThis as typeof globalThis & { [LAST_READ]?: LastRead };
  if (shared[LAST_READ]?.key === key) return shared[LAST_READ].model;
  const model = parseSiteModel(file);
  shared[LAST_READ] = { key, model };
  return model;
}

function parseSiteModel(file: string): SiteModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`No ingested model at ${file}. Run "npm run ingest" (or "npm run build", which runs it) first.`);
  }
  const parsed = JSON.parse(text) as SiteModel & { strings?: string[] };
  if (parsed.format !== MODEL_FORMAT) {
    throw new Error(`The model at ${file} is format ${parsed.format}, this build reads ${MODEL_FORMAT}. Run "npm run ingest" again.`);
  }
  const strings = parsed.strings!;
  for (const service of parsed.corpus.services) {
    for (const document of service.documents) {
      for (const version of document.versions) {
        for (const block of version.blocks as unknown as PackedBlock[]) {
          for (const field of SHARED_FIELDS) if (typeof block[field] === 'number') block[field] = strings[block[field] as number];
        }
      }
    }
  }
  delete parsed.strings;
  return parsed;
}
