/**
 * Page-ready views over the model: lookups, orderings and labels that pages
 * would otherwise compute themselves. Pure functions; pages only render.
 */
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import type { Block, Clause, ClauseGroup, Section } from '../model/model.ts';
import { KINDS_OF_CHANGE } from '../compare/change-kinds.ts';
import { ANOMALY_REASONS } from '../model/anomalies.ts';
import type { Locale } from './i18n/locales.ts';
import { regionLabelIn } from './i18n/labels.ts';
import { documentStrings } from './i18n/ui/documents.ts';
import { versionStrings } from './i18n/ui/versions.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-11-15" -> "15 November 2024": unambiguous for readers on both sides of the Atlantic. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** A local date and time as a page states it ("2024-10-21T17:06:13" → "21 October 2024, 17:06"); no zone is implied. */
export function formatDateTime(iso: string): string {
  const [date, time] = iso.split('T');
  return time ? `${formatDate(date!)}, ${time.slice(0, 5)}` : formatDate(date!);
}

export interface DocumentEntry {
  service: Service;
  document: PolicyDocument;
}

export function allDocuments(corpus: Corpus): DocumentEntry[] {
  return corpus.services.flatMap((service) => service.documents.map((document) => ({ service, document })));
}

export function allVersions(corpus: Corpus): { service: Service; document: PolicyDocument; version: Version }[] {
  return allDocuments(corpus).flatMap(({ service, document }) =>
    document.versions.map((version) => ({ service, document, version })),
  );
}

/** A version's label: its stated effective date and the date it was first recorded. */
export function versionLabel(version: Version): string {
  const effective = version.effectiveDate ? `effective ${formatDate(version.effectiveDate)}` : 'no effective date stated';
  return `${effective}, first recorded ${formatDate(version.firstRecorded)}`;
}

/** Versions of one region, newest first recorded first. */
export function versionsNewestFirst(document: PolicyDocument, region: string): Version[] {
  return document.versions.filter((v) => v.region === region).reverse();
}

/** The newest version of a region in the latest record that holds one: what the page showed last. Never a capture anomaly. */
export function latestVersion(document: PolicyDocument, region = document.regions[0]?.id): Version | undefined {
  const latest = document.records.filter((r) => !r.anomaly && r.texts.some((t) => t.region === region)).at(-1);
  const text = latest?.texts.find((t) => t.region === region && t.status !== 'upcoming') ?? latest?.texts.find((t) => t.region === region);
  return document.versions.find((v) => v.id === text?.versionId);
}

/** The most recent substantive change: the newest shown version that is not the first of its region. */
export function latestChange(corpus: Corpus): { document: PolicyDocument; service: Service; version: Version } | undefined {
  return allVersions(corpus)
    .filter(({ version }) => !version.hidden && version.kind !== 'first')
    .filter(({ document, version }) => document.versions.some((v) => v.region === version.region && v !== version && v.firstRecorded < version.firstRecorded))
    .sort((a, b) => b.version.firstRecorded.localeCompare(a.version.firstRecorded))[0];
}

export interface RenderedSection extends Section {
  /** Heading element level: 2..6, never skipping a level. */
  level: number;
}

export type RenderItem =
  | { type: 'section'; section: RenderedSection }
  | { type: 'clause'; clause: Clause }
  | { type: 'group'; group: ClauseGroup; clauses: Clause[] };

/**
 * Blocks as the page renders them: clauses of one list or table gathered,
 * heading levels made consecutive (a text may jump from h2 to h5; a page
 * must not skip levels).
 */
export function renderItems(blocks: readonly Block[]): RenderItem[] {
  const items: RenderItem[] = [];
  const levels: { depth: number; level: number }[] = [];
  for (const block of blocks) {
    if (block.type === 'section') {
      while (levels.length > 0 && levels[levels.length - 1]!.depth >= block.depth) levels.pop();
      const level = Math.min(6, (levels[levels.length - 1]?.level ?? 1) + 1);
      levels.push({ depth: block.depth, level });
      items.push({ type: 'section', section: { ...block, level } });
      continue;
    }
    const last = items[items.length - 1];
    if (block.group) {
      if (last?.type === 'group' && last.group.id === block.group.id) last.clauses.push(block);
      else items.push({ type: 'group', group: block.group, clauses: [block] });
      continue;
    }
    items.push({ type: 'clause', clause: block });
  }
  return items;
}

export interface TocEntry {
  id: string;
  title: string;
  children: TocEntry[];
}

/** Table of contents: the top two levels of sections. */
export function tableOfContents(blocks: readonly Block[]): TocEntry[] {
  const toc: TocEntry[] = [];
  const sections = renderItems(blocks).flatMap((item) => (item.type === 'section' ? [item.section] : []));
  for (const section of sections) {
    const entry = { id: section.id, title: section.title, children: [] };
    if (section.level === 2) toc.push(entry);
    else if (section.level === 3 && toc.length > 0) toc[toc.length - 1]!.children.push(entry);
  }
  return toc;
}

/** A link to the record file at the archive's own commit. */
export function sourceUrl(source: { sourceRepo: string; sourceCommit: string; sourcePath: string }): string | undefined {
  if (!/^github\.com\/[^/]+\/[^/]+$/.test(source.sourceRepo)) return undefined;
  const path = source.sourcePath.split('/').map(encodeURIComponent).join('/');
  return `https://${source.sourceRepo}/blob/${source.sourceCommit}/${path}`;
}

export const STATUS_LABEL = {
  'in-force': 'in force',
  upcoming: 'announced, not yet in force',
  ending: 'in force until a newer text takes effect',
} as const;

/** The page that says what each kind of change and each hidden reason means. */
export const KINDS_PATH = '/kinds-of-change/';

/** Short words for a version's kind: what changed since the version shown before it. */
export function kindLabel(version: Pick<Version, 'kind'>): string {
  return version.kind === 'first' ? 'first text recorded' : KINDS_OF_CHANGE[version.kind].label;
}

/** Why a version is hidden by default, in a few words, or undefined when shown. */
export function hiddenLabel(version: Pick<Version, 'hidden' | 'anomaly' | 'flicker'>): string | undefined {
  switch (version.hidden) {
    case undefined:
      return undefined;
    case 'anomaly':
      return `capture anomaly: ${ANOMALY_REASONS[version.anomaly ?? 'no-policy-text']}`;
    case 'flicker':
      return `flicker: on the page for ${version.flicker?.hours ?? '?'} hours, then the text before it came back`;
    case 'reextraction':
      return 're-extraction by the archive';
    case 'minor':
      return 'no substantive change';
  }
}

/**
 * Record dates that are not a version's ID, each with the version the page
 * showed that day (in force, in the default region first): every recorded
 * date leads somewhere.
 */
export function recordDateTargets(document: PolicyDocument): { date: string; version: Version }[] {
  const ids = new Set(document.versions.map((v) => v.id));
  const out: { date: string; version: Version }[] = [];
  for (const record of document.records) {
    if (ids.has(record.date) || out.some((o) => o.date === record.date)) continue;
    const text = record.texts.find((t) => t.status !== 'upcoming') ?? record.texts[0];
    const version = document.versions.find((v) => v.id === text?.versionId);
    if (version) out.push({ date: record.date, version });
  }
  return out;
}

/** Why a document has more (or fewer) versions than records, in words. */
export function versionsAndRecords(document: PolicyDocument, locale: Locale = 'en'): string {
  const t = documentStrings[locale];
  const v = document.versions.length;
  const r = document.records.length;
  const counted = t.counted(v, r);
  const reasons: string[] = [];
  if (document.regions.length > 1) {
    const labels = document.regions.map((g) => `“${regionLabelIn(locale, { region: g.id, regionLabel: g.label })}”`);
    reasons.push(t.reasonRegions(labels.join(locale === 'en' ? ' and ' : '和')));
  }
  if (document.records.some((rec) => rec.texts.some((t) => t.status === 'upcoming'))) reasons.push(t.reasonUpcoming);
  const first = new Map(document.versions.map((version) => [version.id, version.firstRecorded]));
  const repeats = document.records.filter((rec) => rec.texts.length > 0 && rec.texts.every((t) => first.get(t.versionId)! < rec.date)).length;
  if (repeats > 0) reasons.push(t.reasonRepeats(repeats));
  const empty = document.records.filter((rec) => rec.texts.length === 0).length;
  if (empty > 0) reasons.push(t.reasonEmpty(empty));
  if (locale !== 'en') return reasons.length ? `${counted}：${reasons.join('；')}。` : `${counted}。`;
  return reasons.length ? `${counted}: ${reasons.join('; ')}.` : `${counted}.`;
}

/** What sets two versions first recorded the same day apart, or undefined when their first records differ. */
export function sameDayDifference(before: Version, after: Version, locale: Locale = 'en'): string | undefined {
  const t = versionStrings[locale];
  if (before.firstRecorded !== after.firstRecorded) return undefined;
  if (before.region !== after.region) return t.sameDayRegions(regionLabelIn(locale, before), regionLabelIn(locale, after));
  const [a, b] = [before.sightings[0]!, after.sightings[0]!];
  if (a.status !== b.status && (a.status === 'upcoming' || b.status === 'upcoming')) return t.sameDayUpcoming;
  return t.sameDayEffective;
}

/** Each recorded date of a region whose record repeats an earlier text, with the version it showed (in force first). */
export function repeatedRecordDates(document: PolicyDocument, region: string): { date: string; version: Version }[] {
  let byRegion = recordDatesCache.get(document);
  if (!byRegion) recordDatesCache.set(document, (byRegion = new Map()));
  const known = byRegion.get(region);
  if (known) return known;
  const versions = new Map(document.versions.map((v) => [v.id, v]));
  const out: { date: string; version: Version }[] = [];
  for (const record of document.records) {
    const texts = record.texts.filter((t) => t.region === region);
    const text = texts.find((t) => t.status !== 'upcoming') ?? texts[0];
    const version = text ? versions.get(text.versionId) : undefined;
    if (version && version.firstRecorded !== record.date) out.push({ date: record.date, version });
  }
  byRegion.set(region, out);
  return out;
}

// Every page of a document asks again (the picker); a document's records do not change during a build.
const recordDatesCache = new WeakMap<PolicyDocument, Map<string, { date: string; version: Version }[]>>();

/**
 * Options a version picker lists in each of its two menus: every version and every other recorded date.
 * Past this many, version and comparison pages link to the document's one full picker instead of
 * repeating it: a picker on each of a document's pages grows with the square of its versions (on the
 * archive's collection, 457 MB of 2 GB of Facebook's and Instagram's pages were pickers).
 */
export const INLINE_PICKER_OPTIONS = 120;

export function pickerOptionCount(document: PolicyDocument): number {
  return document.versions.length + document.regions.reduce((n, region) => n + repeatedRecordDates(document, region.id).length, 0);
}

/** Whether a page of `document` other than its own pages (versions list, compare index) repeats the whole picker. */
export function pickerInline(document: PolicyDocument): boolean {
  return pickerOptionCount(document) <= INLINE_PICKER_OPTIONS;
}

/**
 * A date-time as an HTML `datetime` value: the archive writes microseconds,
 * HTML allows at most milliseconds. The rest (and any zone) is kept as given.
 */
export function htmlDateTime(value: string): string {
  return value.replace(/(T\d{2}:\d{2}:\d{2}\.\d{3})\d+/, '$1');
}
