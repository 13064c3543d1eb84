/**
 * Reads annotation files (content/annotations/*.mdx), validates their front
 * matter and anchors each against every version of its document. Every
 * problem names the file, the line and the fix; an annotation that anchors
 * nowhere, or ambiguously, is a problem.
 */
import { basename } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { annotationSchema, type AnnotationData } from './annotation.ts';
import { anchorInDocument, closestClause, type AnchorEvent, type AnchorMatch } from './anchor.ts';
import { parseMarkdown } from '../model/markdown.ts';
import type { Corpus } from '../model/model.ts';
import type { Problem } from '../problems.ts';
import { compareHistory } from './history.ts';
import { readMdxFolder } from './mdx-folder.ts';
import remarkClauseRefs from './remark-clause-refs.ts';
import { parseYamlData, yamlLine } from '../sources/yaml-data.ts';

export interface AnnotationFile {
  /** Path as given (for messages). */
  file: string;
  source: string;
  data: AnnotationData;
  /** Line of the YAML (1-based lines of the file = yamlLine + offset). */
  yaml: string;
  yamlStart: number;
}

/** A note left out because the corpus does not hold what it is about. */
export interface SkippedNote {
  id: string;
  file: string;
  /** `service/document` the note is about. */
  about: string;
}

/** Whether the corpus holds the document (notes about documents it lacks are left out, not errors). */
export function holdsDocument(corpus: Corpus, service: string, document: string): boolean {
  return corpus.services.some((s) => s.id === service && s.documents.some((d) => d.id === document));
}

/** Notes about documents the corpus does not hold: left out of the site and listed in the ingest summary. */
export function skippedNotes(corpus: Corpus, files: readonly AnnotationFile[]): SkippedNote[] {
  return files
    .filter((entry) => !holdsDocument(corpus, entry.data.service, entry.data.document))
    .map((entry) => ({ id: entry.data.id, file: entry.file, about: `${entry.data.service}/${entry.data.document}` }));
}

export interface AnchoredAnnotation {
  data: AnnotationData;
  file: string;
  /** Where the quote anchors, one entry per version it is found in. */
  anchors: Omit<AnchorMatch, 'score'>[];
  events: AnchorEvent[];
}

export function readAnnotationFile(source: string, file: string): { annotation?: AnnotationFile; problems: Problem[] } {
  const root = parseMarkdown(source);
  const yaml = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  if (!yaml) {
    return {
      problems: [{ file, line: 1, message: 'no front matter', fix: 'start the file with --- and the fields id, title, summary, service, document, anchor, categories, impact, sources' }],
    };
  }
  const { data, problems } = parseYamlData(yaml.value, annotationSchema, file, 2);
  if (!data) return { problems };
  const expected = basename(file).replace(/\.mdx$/, '');
  if (data.id !== expected) {
    return {
      problems: [{ file, line: 1 + (yamlLine(yaml.value, ['id']) ?? 1), message: `id "${data.id}" differs from the file name`, fix: `name the file ${data.id}.mdx, or set id: ${expected}` }],
    };
  }
  return { annotation: { file, source, data, yaml: yaml.value, yamlStart: 2 }, problems: [] };
}

export function readAnnotationFolder(dir: string): { annotations: AnnotationFile[]; problems: Problem[] } {
  const annotations: AnnotationFile[] = [];
  const problems: Problem[] = [];
  for (const { file, source } of readMdxFolder(dir)) {
    const result = readAnnotationFile(source, file);
    problems.push(...result.problems);
    if (result.annotation) annotations.push(result.annotation);
  }
  return { annotations, problems };
}

const excerpt = (text: string, length = 120) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** Anchors every annotation; returns the anchored ones and the problems found. */
export function anchorAnnotations(corpus: Corpus, files: readonly AnnotationFile[]): { annotations: AnchoredAnnotation[]; problems: Problem[] } {
  const annotations: AnchoredAnnotation[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of files) {
    const { data, file } = entry;
    const lineOf = (...path: string[]) => entry.yamlStart - 1 + (yamlLine(entry.yaml, path) ?? 1);
    if (seen.has(data.id)) {
      problems.push({ file, line: lineOf('id'), message: `id "${data.id}" is also used by ${seen.get(data.id)}`, fix: 'give each annotation its own id' });
      continue;
    }
    seen.set(data.id, file);
    const document = corpus.services.find((s) => s.id === data.service)?.documents.find((d) => d.id === data.document);
    // A note about a document this corpus lacks belongs to another corpus: left out (see skippedNotes).
    if (!document) continue;
    if (data.region && !document.regions.some((r) => r.id === data.region)) {
      problems.push({
        file,
        line: lineOf('region'),
        message: `${data.service}/${data.document} has no region "${data.region}"`,
        fix: `use one of: ${document.regions.map((r) => r.id).join(', ')}, or leave region out`,
      });
      continue;
    }
    for (const source of [...data.sources, ...data.milestones.map((m) => m.source)]) {
      if ('report' in source && !corpus.reports.some((r) => r.id === source.report)) {
        problems.push({
          file,
          line: lineOf('sources'),
          message: `no news report "${source.report}" in the corpus`,
          fix:
            corpus.reports.length > 0
              ? `use a file name from news/ without .md: ${corpus.reports.map((r) => r.id).join(', ')}`
              : `the corpus has no reports: copy the report the note cites into ${corpus.root}/news/ (e.g. from the corpus the note was written against), or cite a URL instead`,
        });
      }
    }
    const anchoring = anchorInDocument(data.anchor, document, data.region);
    const ambiguous = anchoring.byVersion.find((entry) => entry.result.status === 'ambiguous');
    if (ambiguous && ambiguous.result.status === 'ambiguous') {
      const places = ambiguous.result.candidates.map((c) => c.clauseId).join(', ');
      problems.push({
        file,
        line: lineOf('anchor', 'exact'),
        message: `the quote "${data.anchor.exact}" matches ${ambiguous.result.candidates.length} places equally well in version ${ambiguous.version.id}: ${places}`,
        fix: 'add anchor.prefix or anchor.suffix (the words just before or after the quote), or anchor.clause with the intended clause ID',
      });
      continue;
    }
    const anchors = anchoring.byVersion.flatMap(({ result }) => (result.status === 'exact' || result.status === 'fuzzy' ? [result.match] : []));
    if (anchors.length === 0) {
      const versions = anchoring.byVersion.map((entry) => entry.version);
      const closest = closestClause(data.anchor, versions);
      problems.push({
        file,
        line: lineOf('anchor', 'exact'),
        message: `the quote "${data.anchor.exact}" is in no version of ${data.service}/${data.document}${data.region ? ` (${data.region})` : ''}`,
        fix: closest
          ? `the closest clause is ${closest.clause.id} in version ${closest.version.id}: "${excerpt(closest.clause.text)}"; copy the exact words from it`
          : 'check the service and document, and copy the exact words from a version page',
      });
      continue;
    }
    if (data.history) {
      // Declared history is about the note's own region (the document's first when it names none).
      const region = data.region ?? document.regions[0]?.id;
      for (const wrong of compareHistory(data.history, anchoring.events.filter((e) => e.region === region))) {
        problems.push({
          file,
          line: lineOf('history', wrong.key),
          message: `history.${wrong.key} states ${wrong.stated}, but the data gives ${wrong.computed} (${wrong.meaning})`,
          fix: `correct history.${wrong.key} and the prose that relies on it, or render the history from the data instead of stating it`,
        });
      }
    }
    annotations.push({
      data,
      file,
      anchors: anchors.map(({ score: _score, ...kept }) => kept),
      events: anchoring.events,
    });
  }
  return { annotations, problems };
}

/**
 * Runs the clause-reference plugin over every note or story body, as the site
 * build will, so that `npm run check` and ingest catch broken references too.
 */
export function checkAnnotationBodies(
  corpus: Corpus,
  files: readonly (Pick<AnnotationFile, 'file' | 'source'> & { data?: { service?: string; document?: string } })[],
): Problem[] {
  const problems: Problem[] = [];
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkClauseRefs, { corpus });
  for (const entry of files) {
    // A note about a document the corpus lacks is left out, its body too (stories are filtered before).
    if (entry.data?.service && entry.data.document && !holdsDocument(corpus, entry.data.service, entry.data.document)) continue;
    const file = new VFile({ path: entry.file, value: entry.source });
    try {
      processor.runSync(processor.parse(file), file);
    } catch (error) {
      const message = error as { reason?: string; message: string; line?: number; place?: { line?: number; start?: { line?: number } } };
      problems.push({
        file: entry.file,
        line: message.line ?? message.place?.start?.line ?? message.place?.line,
        message: message.reason ?? message.message,
        fix: 'reference a clause that exists: copy its ID from the ¶ link beside it on a version page (service/document#clause-id)',
      });
    }
  }
  return problems;
}
