/**
 * The whole ingest as one call: read and verify the corpus, anchor the notes,
 * write the model the site renders. Scripts (ingest, build, check, bench) and
 * tests share it, so none of them imports a CLI.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config.ts';
import { ingestCorpus } from './sources/ingest.ts';
import type { Corpus } from './model/model.ts';
import { writeModel } from './model/model-file.ts';
import { CACHE_ENTRIES, fileJsonCache, fileRecordCache } from './sources/record-cache.ts';
import type { KindOfChange } from './compare/change-kinds.ts';
import type { PackedDocument } from './sources/document-cache.ts';
import {
  anchorAnnotations,
  checkAnnotationBodies,
  readAnnotationFolder,
  skippedNotes,
  type AnchoredAnnotation,
  type SkippedNote,
} from './notes/annotations.ts';
import { InputError, throwIfProblems } from './problems.ts';
import { namedByNotes } from './notes/named-versions.ts';
import { checkStories, readStoryFolder, type SkippedStory } from './notes/stories.ts';
import type { StoryData } from './notes/story.ts';
import { gitLastChanged } from './notes/git-last-changed.ts';
import type { Translations } from './notes/translated-text.ts';
import { readTranslations } from './notes/translation-set.ts';

export function summarize(corpus: Corpus): string[] {
  const lines: string[] = [];
  for (const service of corpus.services) {
    for (const doc of service.documents) {
      const reextracted = doc.records.filter((r) => r.reextractionOnly).length;
      const anomalies = doc.records.filter((r) => r.anomaly).length;
      const hidden = doc.versions.filter((v) => v.hidden);
      const why = (['minor', 'reextraction', 'flicker', 'anomaly'] as const)
        .map((reason) => [reason, hidden.filter((v) => v.hidden === reason).length] as const)
        .filter(([, n]) => n > 0)
        .map(([reason, n]) => `${n} ${reason === 'minor' ? 'not substantive' : reason}`);
      lines.push(
        `${service.id}/${doc.id}: ${doc.records.length} records (${reextracted} re-extraction only, ${anomalies} capture anomalies), ` +
          `${doc.versions.length} versions (${hidden.length} hidden by default${why.length ? `: ${why.join(', ')}` : ''}) in ${doc.regions.length} region(s)`,
      );
    }
  }
  lines.push(`news: ${corpus.reports.length} reports (${[...new Set(corpus.reports.map((r) => r.lang))].join(', ') || 'none'})`);
  return lines;
}

export function summarizeAnnotations(
  annotations: readonly AnchoredAnnotation[],
  skipped: readonly SkippedNote[] = [],
  stories: readonly StoryData[] = [],
  skippedStories: readonly SkippedStory[] = [],
  translations: Translations = {},
): string[] {
  const lines = [`annotations: ${annotations.length}, anchored in ${annotations.reduce((n, a) => n + a.anchors.length, 0)} versions in all`];
  if (skipped.length > 0) {
    const byDocument = new Map<string, SkippedNote[]>();
    for (const note of skipped) byDocument.set(note.about, [...(byDocument.get(note.about) ?? []), note]);
    lines.push(`annotations left out: ${skipped.length}, about documents this corpus does not hold:`);
    for (const [about, notes] of byDocument) lines.push(`  ${about}: ${notes.map((n) => n.id).join(', ')}`);
  }
  lines.push(`stories: ${stories.length}${skippedStories.length ? `; left out: ${skippedStories.map((s) => `${s.id} (${s.reason})`).join(', ')}` : ''}`);
  for (const [locale, set] of Object.entries(translations)) {
    lines.push(`translations (${locale}): ${Object.keys(set.notes).length} of ${annotations.length + skipped.length} notes, ${Object.keys(set.stories).length} of ${stories.length + skippedStories.length} stories, none stale`);
  }
  return lines;
}

export interface BuiltModel {
  corpus: Corpus;
  annotations: AnchoredAnnotation[];
  /** Notes about documents the corpus does not hold: left out, listed in the summary. */
  skipped: SkippedNote[];
  stories: StoryData[];
  /** Stories about services the corpus does not hold: left out, listed in the summary. */
  skippedStories: SkippedStory[];
  /** Checked translations of the notes and stories, by locale and English id. */
  translations: Translations;
}

export interface IngestRunOptions {
  /** false: parse every record again, keep nothing (`--no-cache`). */
  cache?: boolean;
  /** Worker threads parsing records; one per core by default, 0 for none (ingest.ts). */
  workers?: number;
  /** Called after each record is read: how many are done, of how many. */
  onRecord?: (done: number, total: number) => void;
}

/** Corpora with fewer records are read on the main thread unless workers are asked for. */
export const WORKERS_FROM_RECORDS = 200;

/** One per core, at most 8: the main thread's per-document work is the other limit. */
export function defaultWorkers(): number {
  return Math.min(8, availableParallelism());
}

/** Ingests the corpus, anchors the annotations and checks the stories; throws InputError on bad input. */
export function buildModel(projectRoot: string, options: IngestRunOptions = {}): BuiltModel {
  const config = loadConfig(projectRoot);
  // Notes are read first: a flicker a note names stays visible.
  const files = readAnnotationFolder(config.annotationsDir);
  const corpus = ingestCorpus({
    corpusDir: config.corpusDir,
    corpusDirSource: config.corpusDirSource,
    servicesDir: config.servicesDir,
    ...(options.cache === false
      ? {}
      : {
          cache: fileRecordCache(projectRoot, join(config.cacheDir, 'records')),
          kindCache: fileJsonCache<KindOfChange>(projectRoot, join(config.cacheDir, 'kinds'), CACHE_ENTRIES.kinds),
          documentCache: fileJsonCache<PackedDocument>(projectRoot, join(config.cacheDir, 'documents'), CACHE_ENTRIES.documents),
        }),
    named: namedByNotes(files.annotations),
    workers: options.workers ?? defaultWorkers(),
    // A small corpus parses in seconds: starting threads would cost more CPU and memory than they save (X: 44 records).
    ...(options.workers === undefined ? { workersFrom: WORKERS_FROM_RECORDS } : {}),
    ...(options.onRecord ? { onRecord: options.onRecord } : {}),
  });
  // Annotations are anchored against the corpus as part of the model: a broken anchor stops here.
  const anchored = anchorAnnotations(corpus, files.annotations);
  const storyFiles = readStoryFolder(config.storiesDir);
  const stories = checkStories(corpus, anchored.annotations, storyFiles.stories);
  const kept = new Set(stories.stories.map((s) => s.id));
  // Translations are checked against the English files as they are now: a stale one stops here.
  const translated = readTranslations(config.translationsDir, files.annotations, storyFiles.stories, corpus, gitLastChanged);
  throwIfProblems([
    ...files.problems,
    ...anchored.problems,
    ...checkAnnotationBodies(corpus, files.annotations),
    ...storyFiles.problems,
    ...stories.problems,
    ...checkAnnotationBodies(corpus, storyFiles.stories.filter((s) => kept.has(s.data.id)).map(({ file, source }) => ({ file, source }))),
    ...translated.problems,
    ...checkAnnotationBodies(corpus, translated.noteFiles.map(({ file, source, about }) => ({ file, source, data: about }))),
    ...checkAnnotationBodies(corpus, translated.storyFiles.filter((s) => kept.has(s.data.translates)).map(({ file, source }) => ({ file, source }))),
  ]);
  return {
    corpus,
    annotations: anchored.annotations,
    skipped: skippedNotes(corpus, files.annotations),
    stories: stories.stories,
    skippedStories: stories.skipped,
    translations: translated.translations,
  };
}

/** Runs ingest with the project's configuration and writes the model; prints problems and returns undefined on bad input. */
export function runIngest(
  projectRoot: string,
  options: IngestRunOptions & { out?: string; beforeProblems?: () => void } = {},
): (BuiltModel & { modelFile: string; ms: number }) | undefined {
  const started = performance.now();
  try {
    const built = buildModel(projectRoot, options);
    const modelFile = options.out ?? loadConfig(projectRoot).modelFile;
    writeModel(built.corpus, modelFile, built.annotations, built.stories, built.translations);
    return { ...built, modelFile, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof InputError) {
      // e.g. clears a progress line, so the first problem starts its own line.
      options.beforeProblems?.();
      console.error(error.message);
      console.error('\nIngest stopped; nothing was written.');
      return undefined;
    }
    throw error;
  }
}
