/**
 * Stories (content/stories/*.mdx): read, validated against the corpus and
 * the notes, and left out, with the reason, when they are about a service
 * the corpus does not hold. Every problem names the file, the line and the fix.
 */
import { basename } from 'node:path';
import { readMdxFolder } from './mdx-folder.ts';
import { parseMarkdown } from '../model/markdown.ts';
import type { Corpus } from '../model/model.ts';
import type { Problem } from '../problems.ts';
import { parseYamlData, yamlLine } from '../sources/yaml-data.ts';
import type { AnchoredAnnotation } from './annotations.ts';
import { storySchema, type StoryData } from './story.ts';

export interface StoryFile {
  file: string;
  source: string;
  data: StoryData;
  yaml: string;
}

export interface SkippedStory {
  id: string;
  file: string;
  reason: string;
}

export function readStoryFolder(dir: string): { stories: StoryFile[]; problems: Problem[] } {
  const stories: StoryFile[] = [];
  const problems: Problem[] = [];
  for (const { file, source } of readMdxFolder(dir)) {
    const root = parseMarkdown(source);
    const yaml = root.children[0]?.type === 'yaml' ? root.children[0] : undefined;
    if (!yaml) {
      problems.push({ file, line: 1, message: 'no front matter', fix: 'start the file with --- and the fields id, title, summary, published, services, sources' });
      continue;
    }
    const parsed = parseYamlData(yaml.value, storySchema, file, 2);
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    if (parsed.data.id !== basename(file, '.mdx')) {
      problems.push({ file, line: 1 + (yamlLine(yaml.value, ['id']) ?? 1), message: `id "${parsed.data.id}" differs from the file name`, fix: `name the file ${parsed.data.id}.mdx, or set id: ${basename(file, '.mdx')}` });
      continue;
    }
    stories.push({ file, source, data: parsed.data, yaml: yaml.value });
  }
  return { stories, problems };
}

/** `x/privacy-policy@2024-07-25..2024-10-17` → its parts. */
export function parseComparisonRef(ref: string): { service: string; document: string; before: string; after: string } {
  const [path, pair] = ref.split('@') as [string, string];
  const [service, document] = path.split('/') as [string, string];
  const [before, after] = pair.split('..') as [string, string];
  return { service, document, before, after };
}

/**
 * Keeps the stories whose services the corpus holds, checking every
 * comparison, note and report they name; the others are skipped with a reason.
 */
export function checkStories(
  corpus: Corpus,
  annotations: readonly AnchoredAnnotation[],
  stories: readonly StoryFile[],
): { stories: StoryData[]; skipped: SkippedStory[]; problems: Problem[] } {
  const kept: StoryData[] = [];
  const skipped: SkippedStory[] = [];
  const problems: Problem[] = [];
  const services = new Map(corpus.services.map((s) => [s.id, s]));
  for (const story of stories) {
    const { data, file } = story;
    const line = (...path: (string | number)[]) => 1 + (yamlLine(story.yaml, path) ?? 0);
    const missing = data.services.filter((id) => !services.has(id));
    if (missing.length > 0) {
      skipped.push({ id: data.id, file, reason: `the corpus holds no service ${missing.join(', ')}` });
      continue;
    }
    const before = problems.length;
    data.comparisons.forEach((ref, index) => {
      const { service, document, before: oldId, after: newId } = parseComparisonRef(ref);
      const doc = services.get(service)?.documents.find((d) => d.id === document);
      if (!doc) {
        problems.push({ file, line: line('comparisons', index), message: `no document ${service}/${document} in the corpus`, fix: 'name a document the corpus holds, as service/document@old..new' });
        return;
      }
      const versions = [oldId, newId].map((id) => doc.versions.find((v) => v.id === id));
      if (versions.some((v) => !v)) {
        problems.push({ file, line: line('comparisons', index), message: `${ref}: no version ${versions[0] ? newId : oldId} of ${service}/${document}`, fix: `use version IDs from the document page, e.g. ${doc.versions.at(-1)?.id}` });
      } else if (versions[0]!.region !== versions[1]!.region) {
        problems.push({ file, line: line('comparisons', index), message: `${ref}: the two versions are of different regions`, fix: 'compare two versions of one region' });
      }
    });
    data.notes.forEach((id, index) => {
      if (!annotations.some((a) => a.data.id === id)) {
        problems.push({ file, line: line('notes', index), message: `no note "${id}"`, fix: 'use a file name from content/annotations without .mdx' });
      }
    });
    data.sources.forEach((source, index) => {
      if ('report' in source && !corpus.reports.some((r) => r.id === source.report)) {
        problems.push({ file, line: line('sources', index), message: `no news report "${source.report}" in the corpus`, fix: `use a file name from news/ without .md: ${corpus.reports.map((r) => r.id).join(', ')}` });
      }
    });
    if (problems.length === before) kept.push(data);
  }
  return { stories: kept, skipped, problems };
}

/** The stories that explain a comparison, newest first. */
export function storiesCovering(stories: readonly StoryData[], ref: { service: string; document: string; before: string; after: string }): StoryData[] {
  const key = `${ref.service}/${ref.document}@${ref.before}..${ref.after}`;
  return stories.filter((s) => s.comparisons.includes(key)).sort((a, b) => latestDate(b).localeCompare(latestDate(a)));
}

export const latestDate = (story: StoryData) => story.updated ?? story.published;

