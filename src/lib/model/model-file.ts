/** The ingested model as a JSON file: written by ingest, read by the site build. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { StoryData } from '../notes/story.ts';
import type { Translations } from '../notes/translated-text.ts';
import type { Corpus } from './model.ts';

export const MODEL_FORMAT = 4;

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

/** Writes atomically (temporary file, then rename), so a reader never sees half a model. */
export function writeModel(
  corpus: Corpus,
  file: string,
  annotations: AnchoredAnnotation[] = [],
  stories: StoryData[] = [],
  translations: Translations = {},
): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ format: MODEL_FORMAT, corpus, annotations, stories, translations } satisfies SiteModel));
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
  const parsed = JSON.parse(text) as SiteModel;
  if (parsed.format !== MODEL_FORMAT) {
    throw new Error(`The model at ${file} is format ${parsed.format}, this build reads ${MODEL_FORMAT}. Run "npm run ingest" again.`);
  }
  return parsed;
}
