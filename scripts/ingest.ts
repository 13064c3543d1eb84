/**
 * npm run ingest [-- --out FILE] [--no-cache] [--quiet]
 * Reads and verifies the corpus, prints what it found, writes the model the
 * site is rendered from. Exits 1, naming each file, line and fix, on bad input.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config.ts';
import { ingestCorpus } from '../src/lib/ingest.ts';
import type { Corpus } from '../src/lib/model.ts';
import { writeModel } from '../src/lib/model-file.ts';
import { fileRecordCache } from '../src/lib/record-cache.ts';
import { anchorAnnotations, checkAnnotationBodies, readAnnotationFolder, type AnchoredAnnotation } from '../src/lib/annotations.ts';
import { InputError, throwIfProblems } from '../src/lib/problems.ts';

export function summarize(corpus: Corpus): string[] {
  const lines: string[] = [];
  for (const service of corpus.services) {
    for (const doc of service.documents) {
      const reextracted = doc.records.filter((r) => r.reextractionOnly).length;
      const formatting = doc.versions.filter((v) => v.formattingOnly).length;
      lines.push(
        `${service.id}/${doc.id}: ${doc.records.length} records (${reextracted} re-extraction only), ` +
          `${doc.versions.length} versions (${formatting} formatting only) in ${doc.regions.length} region(s)`,
      );
    }
  }
  lines.push(`news: ${corpus.reports.length} reports (${[...new Set(corpus.reports.map((r) => r.lang))].join(', ') || 'none'})`);
  return lines;
}

export function summarizeAnnotations(annotations: readonly AnchoredAnnotation[]): string[] {
  return [`annotations: ${annotations.length}, anchored in ${annotations.reduce((n, a) => n + a.anchors.length, 0)} versions in all`];
}

/** Ingests the corpus and anchors the annotations; throws InputError on bad input. */
export function buildModel(projectRoot: string, options: { cache?: boolean } = {}): { corpus: Corpus; annotations: AnchoredAnnotation[] } {
  const config = loadConfig(projectRoot);
  const corpus = ingestCorpus({
    corpusDir: config.corpusDir,
    corpusDirSource: config.corpusDirSource,
    servicesDir: config.servicesDir,
    ...(options.cache === false ? {} : { cache: fileRecordCache(projectRoot) }),
  });
  // Annotations are anchored against the corpus as part of the model: a broken anchor stops here.
  const files = readAnnotationFolder(config.annotationsDir);
  const anchored = anchorAnnotations(corpus, files.annotations);
  throwIfProblems([...files.problems, ...anchored.problems, ...checkAnnotationBodies(corpus, files.annotations)]);
  return { corpus, annotations: anchored.annotations };
}

/** Runs ingest with the project's configuration and writes the model; prints problems and returns undefined on bad input. */
export function runIngest(
  projectRoot: string,
  options: { out?: string; cache?: boolean } = {},
): { corpus: Corpus; annotations: AnchoredAnnotation[]; modelFile: string; ms: number } | undefined {
  const started = performance.now();
  try {
    const { corpus, annotations } = buildModel(projectRoot, options);
    const modelFile = options.out ?? loadConfig(projectRoot).modelFile;
    writeModel(corpus, modelFile, annotations);
    return { corpus, annotations, modelFile, ms: performance.now() - started };
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      console.error('\nIngest stopped; nothing was written.');
      return undefined;
    }
    throw error;
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, quiet: { type: 'boolean' }, cache: { type: 'boolean', default: true } },
    allowNegative: true,
  });
  const projectRoot = new URL('..', import.meta.url).pathname;
  const result = runIngest(projectRoot, { out: values.out, cache: values.cache });
  if (!result) process.exit(1);
  if (!values.quiet) {
    console.log(`Ingested ${result.corpus.root} (${(result.corpus.bytes / 1e6).toFixed(2)} MB) in ${result.ms.toFixed(0)} ms`);
    for (const line of [...summarize(result.corpus), ...summarizeAnnotations(result.annotations)]) console.log(`  ${line}`);
    console.log(`Model written to ${relative(process.cwd(), result.modelFile) || result.modelFile}`);
  }
}
