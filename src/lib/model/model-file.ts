/**
 * The ingested model as a JSON file: written by ingest, read by the site build.
 *
 * Consecutive versions of a document share most of their clauses, so the
 * file keeps each distinct clause string once (a table of strings that
 * blocks point into) and reading it gives versions that share those strings:
 * the file and the build's memory grow with the distinct clause texts, not
 * with versions times clauses (issue 13).
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { StoryData } from '../notes/story.ts';
import type { Translations } from '../notes/translated-text.ts';
import type { Block, Corpus } from './model.ts';

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

/** The block fields that repeat from version to version: stored as indexes into the string table. */
const SHARED_FIELDS = ['id', 'html', 'text', 'marked', 'title', 'section'] as const;

type PackedBlock = Record<string, unknown>;

/** Strings written in one piece at most this many at a time: a model must never need one string of its whole size. */
const STRINGS_PER_WRITE = 2000;

/** Writes atomically (temporary file, then rename), so a reader never sees half a model. */
export function writeModel(
  corpus: Corpus,
  file: string,
  annotations: AnchoredAnnotation[] = [],
  stories: StoryData[] = [],
  translations: Translations = {},
): void {
  mkdirSync(dirname(file), { recursive: true });
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (value: string): number => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexOf.set(value, index);
    }
    return index;
  };
  const packBlock = (block: Block): PackedBlock => {
    const packed: PackedBlock = { ...block };
    for (const field of SHARED_FIELDS) if (typeof packed[field] === 'string') packed[field] = intern(packed[field] as string);
    return packed;
  };
  const packed = {
    ...corpus,
    services: corpus.services.map((service) => ({
      ...service,
      documents: service.documents.map((document) => ({
        ...document,
        versions: document.versions.map((version) => ({ ...version, blocks: version.blocks.map(packBlock) })),
      })),
    })),
  };
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, `{"format":${MODEL_FORMAT},"strings":[`);
    for (let start = 0; start < strings.length; start += STRINGS_PER_WRITE) {
      writeSync(fd, `${start > 0 ? ',' : ''}${strings.slice(start, start + STRINGS_PER_WRITE).map((s) => JSON.stringify(s)).join(',')}`);
    }
    writeSync(fd, `],"corpus":${JSON.stringify(packed)},"annotations":${JSON.stringify(annotations)},"stories":${JSON.stringify(stories)},"translations":${JSON.stringify(translations)}}`);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

export function readModel(file: string): Corpus {
  return readSiteModel(file).corpus;
}

export function readSiteModel(file: string): SiteModel {
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
