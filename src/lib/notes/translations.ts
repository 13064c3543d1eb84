/**
 * Translations of our notes and stories (content/translations/<locale>/…):
 * read, validated, and checked against the English file each one translates.
 * A translation fails when its English file changed since (stale), when it
 * quotes words the English does not (or, in Chinese, that no cited report
 * holds), when it names a note or story that does not exist, or when it drops
 * a question, a component or a link into its own language. Every problem
 * names the file, the line and the fix.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseMarkdown } from '../model/markdown.ts';
import type { Problem } from '../problems.ts';
import { parseYamlData, yamlLine } from '../sources/yaml-data.ts';
import { readMdxFolder } from './mdx-folder.ts';
import { normalizeForQuotes, outlineMdx, quotationsIn, type MdxOutline } from './mdx-text.ts';
import { noteTranslationSchema, type NoteTranslationData } from './note-translation.ts';
import { storyTranslationSchema, type StoryTranslationData } from './story-translation.ts';

export type TranslationKind = 'note' | 'story';
type DataOf<K extends TranslationKind> = K extends 'note' ? NoteTranslationData : StoryTranslationData;

export interface TranslationFile<K extends TranslationKind = TranslationKind> {
  file: string;
  source: string;
  data: DataOf<K>;
  yaml: string;
}

/** The English note or story a translation is checked against. */
export interface EnglishOriginal {
  id: string;
  file: string;
  /** The file's text (its bytes, as UTF-8): hashed for staleness, read for quotes. */
  source: string;
  /** Notes only: how many questions the English note asks. */
  questions?: number;
  /** IDs of the reports it cites: a Chinese quote may come from one of them. */
  reports: string[];
  /**
   * Left out of the site because the corpus lacks what it is about: the reports
   * it cites belong to another corpus, so Chinese quotes cannot be checked here.
   */
  leftOut?: boolean;
}

export interface CheckOptions {
  /** The text of a cited report (title and article), by ID; undefined when the corpus lacks it. */
  reportText?: (id: string) => string | undefined;
  /** The day the English file last changed, when known (git). */
  lastChanged?: (file: string) => string | undefined;
  /** The path prefix of the translation's own pages, e.g. `/zh/`. */
  sitePrefix: string;
}

const SCHEMAS: Record<TranslationKind, z.ZodType> = { note: noteTranslationSchema, story: storyTranslationSchema };
const ENGLISH_FOLDER: Record<TranslationKind, string> = { note: 'content/annotations', story: 'content/stories' };

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function readTranslationFile<K extends TranslationKind>(kind: K, source: string, file: string): { translation?: TranslationFile<K>; problems: Problem[] } {
  const root = parseMarkdown(source);
  const yaml = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
  if (!yaml) {
    const fields = kind === 'note' ? 'translates, source.sha256, title, summary, questions' : 'translates, source.sha256, title, summary';
    return { problems: [{ file, line: 1, message: 'no front matter', fix: `start the file with --- and the fields ${fields}` }] };
  }
  const { data, problems } = parseYamlData(yaml.value, SCHEMAS[kind], file, 2) as { data?: DataOf<K>; problems: Problem[] };
  if (!data) return { problems };
  const expected = basename(file, '.mdx');
  if (data.translates !== expected) {
    return {
      problems: [
        {
          file,
          line: 1 + (yamlLine(yaml.value, ['translates']) ?? 1),
          message: `translates "${data.translates}", but the file is named ${expected}.mdx`,
          fix: `name the file ${data.translates}.mdx, or set translates: ${expected}`,
        },
      ],
    };
  }
  return { translation: { file, source, data, yaml: yaml.value }, problems: [] };
}

export function readTranslationFolder<K extends TranslationKind>(kind: K, dir: string): { translations: TranslationFile<K>[]; problems: Problem[] } {
  const translations: TranslationFile<K>[] = [];
  const problems: Problem[] = [];
  for (const { file, source } of readMdxFolder(dir)) {
    const result = readTranslationFile(kind, source, file);
    problems.push(...result.problems);
    if (result.translation) translations.push(result.translation);
  }
  return { translations, problems };
}

/** Every string in parsed YAML, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function outlineOrProblem(source: string, file: string, problems: Problem[]): MdxOutline | undefined {
  try {
    return outlineMdx(source);
  } catch (error) {
    const message = error as { reason?: string; message: string; line?: number };
    problems.push({ file, line: message.line, message: `not valid MDX: ${message.reason ?? message.message}`, fix: 'fix the MDX syntax (a "<" or "{" in text must be escaped)' });
    return undefined;
  }
}

/** What the English reader sees: front matter values and body text, links as their words. */
function englishText(outline: MdxOutline): string {
  let front: string[] = [];
  try {
    front = strings(parseYaml(outline.yaml ?? ''));
  } catch {
    // The English file's own checks report bad YAML.
  }
  return normalizeForQuotes([...front, ...outline.blocks.map((b) => b.text)].join('\n'));
}

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** Checks each translation against its English original; returns the problems. */
export function checkTranslations(
  kind: TranslationKind,
  translations: readonly TranslationFile[],
  originals: ReadonlyMap<string, EnglishOriginal>,
  options: CheckOptions,
): Problem[] {
  const problems: Problem[] = [];
  const noun = kind === 'note' ? 'note' : 'story';
  for (const translation of translations) {
    const { file, data } = translation;
    const lineOf = (...path: (string | number)[]) => 1 + (yamlLine(translation.yaml, path) ?? 1);
    const original = originals.get(data.translates);
    if (!original) {
      const known = [...originals.keys()];
      problems.push({
        file,
        line: lineOf('translates'),
        message: `there is no English ${noun} "${data.translates}" to translate`,
        fix: `name the file (and translates:) after a file in ${ENGLISH_FOLDER[kind]} without .mdx${known.length ? `, e.g. ${known.slice(0, 3).join(', ')}` : ''}, or delete this translation`,
      });
      continue;
    }
    const current = sha256Hex(original.source);
    if (current !== data.source.sha256) {
      const changed = options.lastChanged?.(original.file);
      problems.push({
        file,
        line: lineOf('source', 'sha256'),
        message: `stale: ${original.file} changed after this translation was made${changed ? ` (git last committed a change to it on ${changed})` : ''}; source.sha256 is ${data.source.sha256}, the English file's is now ${current}`,
        fix: `re-translate what changed in ${original.file} (git diff it against the version translated), then set source.sha256: "${current}"`,
      });
    }
    if (kind === 'note' && 'questions' in data && original.questions !== undefined && data.questions.length !== original.questions) {
      problems.push({
        file,
        line: lineOf('questions'),
        message: `${data.questions.length} question(s), but ${original.file} asks ${original.questions}`,
        fix: "translate each of the English note's questions, one entry each, in the same order",
      });
    }
    const englishOutline = outlineOrProblem(original.source, original.file, problems);
    const ownOutline = outlineOrProblem(translation.source, file, problems);
    if (!englishOutline || !ownOutline) continue;
    const english = englishText(englishOutline);
    const reports = original.reports.map((id) => ({ id, text: options.reportText?.(id) }));
    const reportTexts = reports.flatMap((r) => (r.text === undefined ? [] : [normalizeForQuotes(r.text)]));

    const places: { line: number; text: string }[] = [
      { line: lineOf('title'), text: data.title },
      { line: lineOf('summary'), text: data.summary },
      ...('questions' in data ? data.questions.map((text, index) => ({ line: lineOf('questions', index), text })) : []),
      ...ownOutline.blocks,
    ];
    for (const place of places) {
      for (const { quote, lineOffset } of quotationsIn(place.text)) {
        const wanted = normalizeForQuotes(quote);
        if (english.includes(wanted)) continue;
        const chinese = HAN.test(wanted);
        if (chinese && (original.leftOut || reportTexts.some((text) => text.includes(wanted)))) continue;
        problems.push({
          file,
          line: place.line + lineOffset,
          message: chinese
            ? `quotes “${quote}”, which is neither in ${original.file} nor in a report it cites${reports.length ? ` (${reports.map((r) => r.id).join(', ')})` : ''}`
            : LATIN.test(wanted)
              ? `quotes “${quote}”, which ${original.file} does not say word for word`
              : `quotes “${quote}”, which is not in ${original.file}`,
          fix: chinese
            ? "quote a report only where the English quotes it, copying its exact words from the report file; otherwise say it without quotation marks"
            : 'keep the English quote verbatim (copy it from the English file), or drop the quotation marks if the English does not quote it',
        });
      }
    }

    const englishBlocks = englishOutline.structure;
    const ownBlocks = ownOutline.structure;
    const split = englishBlocks.findIndex((block, index) => ownBlocks[index]?.kind !== block.kind);
    if (split !== -1 || ownBlocks.length !== englishBlocks.length) {
      const at = split === -1 ? englishBlocks.length : split;
      const mine = ownBlocks[at];
      const theirs = englishBlocks[at];
      problems.push({
        file,
        line: mine?.line ?? ownBlocks.at(-1)?.line ?? lineOf('translates'),
        message: `block ${at + 1} of the body is ${mine ? `a ${mine.kind}` : 'missing'}, but in ${original.file} it is ${theirs ? `a ${theirs.kind} (line ${theirs.line})` : 'not there: the English ends before it'}`,
        fix: 'translate paragraph for paragraph: one paragraph, heading or list item for each of the English, in the same order, nothing dropped or added',
      });
    }

    const englishComponents = englishOutline.components.map((c) => c.tag);
    const ownComponents = ownOutline.components.map((c) => c.tag);
    const differs = englishComponents.findIndex((tag, index) => ownComponents[index] !== tag);
    if (differs !== -1 || ownComponents.length !== englishComponents.length) {
      const at = differs === -1 ? englishComponents.length : differs;
      problems.push({
        file,
        line: ownOutline.components[at]?.line ?? ownOutline.components.at(-1)?.line ?? lineOf('translates'),
        message: `component ${at + 1} is ${ownComponents[at] ?? 'missing'}, but ${original.file} has ${englishComponents[at] ?? 'no more components'}`,
        fix: 'keep every component of the English file exactly as it is (same attributes), in the same place',
      });
    }

    for (const link of ownOutline.links) {
      if (link.url.startsWith('/') && !link.url.startsWith('//') && !link.url.startsWith(options.sitePrefix)) {
        problems.push({
          file,
          line: link.line,
          message: `the link ${link.url} leads to the English page`,
          fix: `link to this language's page: ${options.sitePrefix}${link.url.slice(1)}`,
        });
      }
    }
  }
  return problems;
}
