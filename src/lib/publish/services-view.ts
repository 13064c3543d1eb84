/**
 * Views across services: the services index, a service's page, the latest
 * changes anywhere, activity by month, and the history chart of a document.
 * Pure functions over the model and the timeline; pages only render.
 */
import type { Locale } from './i18n/locales.ts';
import { anomalyReasonIn, documentTitleIn, regionLabelIn } from './i18n/labels.ts';
import { documentStrings } from './i18n/ui/documents.ts';
import { isMinor } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import type { TimelineEvent } from './timeline.ts';

/** A change a service made: a new text of a region that is neither the first one, a re-extraction nor formatting only. */
export interface Change {
  service: Service;
  document: PolicyDocument;
  version: Version;
}

function changesOf(service: Service): Change[] {
  return service.documents.flatMap((document) =>
    document.versions
      .filter((version) => !isMinor(version))
      .filter((version) => document.versions.some((v) => v.region === version.region && v.firstRecorded < version.firstRecorded))
      .map((version) => ({ service, document, version })),
  );
}

/** The newest changes across every service, newest first. */
export function latestChanges(corpus: Corpus, limit: number): Change[] {
  return corpus.services
    .flatMap(changesOf)
    .sort((a, b) => b.version.firstRecorded.localeCompare(a.version.firstRecorded) || a.service.name.localeCompare(b.service.name))
    .slice(0, limit);
}

export interface ServiceSummary {
  service: Service;
  documents: number;
  versions: number;
  changes: number;
  lastChange?: Change;
  lastRecorded: string;
}

/** One row per service for the services index, by name. */
export function serviceSummaries(corpus: Corpus): ServiceSummary[] {
  return corpus.services
    .map((service) => {
      const changes = changesOf(service).sort((a, b) => b.version.firstRecorded.localeCompare(a.version.firstRecorded));
      return {
        service,
        documents: service.documents.length,
        versions: service.documents.reduce((n, d) => n + d.versions.filter((v) => !isMinor(v)).length, 0),
        changes: changes.length,
        ...(changes[0] ? { lastChange: changes[0] } : {}),
        lastRecorded: service.documents.map((d) => d.records.at(-1)?.date ?? '').sort().at(-1) ?? '',
      };
    })
    .sort((a, b) => a.service.name.localeCompare(b.service.name, 'en'));
}

export interface Activity {
  /** Every month from the first change to the last, "YYYY-MM". */
  months: string[];
  rows: { service: Service; counts: number[]; total: number }[];
  max: number;
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Changes per service and month: the services index's activity view. */
export function activityByMonth(corpus: Corpus): Activity {
  const changes = corpus.services.map((service) => ({ service, changes: changesOf(service) }));
  const all = changes.flatMap((c) => c.changes.map((change) => change.version.firstRecorded.slice(0, 7))).sort();
  if (all.length === 0) return { months: [], rows: [], max: 0 };
  const months = monthsBetween(all[0]!, all.at(-1)!);
  const rows = changes
    .map(({ service, changes: list }) => {
      const counts = months.map((month) => list.filter((c) => c.version.firstRecorded.startsWith(month)).length);
      return { service, counts, total: list.length };
    })
    .sort((a, b) => a.service.name.localeCompare(b.service.name, 'en'));
  return { months, rows, max: Math.max(...rows.flatMap((r) => r.counts)) };
}

export type MarkKind = 'first' | 'change' | 'minor' | 'anomaly';

export interface ChartMark {
  x: number;
  r: number;
  kind: MarkKind;
  date: string;
  label: string;
  href?: string;
}

export interface HistoryChart {
  width: number;
  height: number;
  /** y of the row of versions and of the row of capture anomalies. */
  rows: { versions: number; anomalies: number };
  marks: ChartMark[];
  years: { x: number; label: string }[];
  summary: string;
}

/**
 * A document's history as marks on a time line: one per version, its area
 * by words changed since the version before; re-extractions and formatting
 * changes as hollow marks; capture anomalies on a row of their own.
 */
export function historyChart(document: PolicyDocument, events: readonly TimelineEvent[], width = 640, locale: Locale = 'en'): HistoryChart {
  const t = documentStrings[locale];
  const markLabel = (kind: MarkKind) => t[`mark.${kind}`];
  const height = 64;
  const pad = 12;
  const rows = { versions: 24, anomalies: 52 };
  const dates = document.records.map((r) => r.date).sort();
  const start = Date.parse(dates[0] ?? '2000-01-01');
  const end = Math.max(Date.parse(dates.at(-1) ?? '2000-01-01'), start + 86_400_000);
  const round = (n: number) => Math.round(n * 10) / 10;
  const xOf = (date: string) => round(pad + ((Date.parse(date) - start) / (end - start)) * (width - 2 * pad));
  const recorded = new Map(
    events.filter((e) => e.kind === 'recorded').map((e) => [e.id, e]),
  );
  const changed = (version: Version) => recorded.get(`recorded-${document.service}-${document.id}-${version.id}`)?.change;
  const largest = Math.max(1, ...document.versions.map((v) => (changed(v) ? changed(v)!.added + changed(v)!.removed : 0)));
  const marks: ChartMark[] = document.versions.map((version, index) => {
    const words = changed(version);
    const first = !document.versions.slice(0, index).some((v) => v.region === version.region);
    const kind: MarkKind = first ? 'first' : isMinor(version) ? 'minor' : 'change';
    const size = words ? words.added + words.removed : 0;
    const region = document.regions.length > 1 ? ` (${regionLabelIn(locale, version)})` : '';
    return {
      x: xOf(version.firstRecorded),
      r: kind === 'change' ? round(2.5 + 7.5 * Math.sqrt(size / largest)) : 3,
      kind,
      date: version.firstRecorded,
      label: `${version.firstRecorded}${region}: ${markLabel(kind)}${words ? t.markWords(words.added, words.removed) : ''}`,
      href: `/${version.service}/${version.document}/${version.id}/`,
    };
  });
  for (const record of document.records.filter((r) => r.anomaly)) {
    marks.push({ x: xOf(record.date), r: 3, kind: 'anomaly', date: record.date, label: `${record.name}: ${markLabel('anomaly')} (${locale === 'en' ? record.anomaly : anomalyReasonIn(locale, record.anomaly!)})` });
  }
  const years: { x: number; label: string }[] = [];
  const firstYear = Number((dates[0] ?? '2000').slice(0, 4));
  const lastYear = Number((dates.at(-1) ?? '2000').slice(0, 4));
  for (let year = firstYear + 1; year <= lastYear; year += 1) years.push({ x: xOf(`${year}-01-01`), label: String(year) });
  const count = (kind: MarkKind) => marks.filter((m) => m.kind === kind).length;
  const summary = t.chartSummary(documentTitleIn(locale, document).text, document.versions.length, dates[0] ?? '—', dates.at(-1) ?? '—', count('change'), count('minor'), count('anomaly'));
  return { width, height, rows, marks, years, summary };
}

/** Documents grouped by type (their slug) across services: every privacy policy together. */
export function documentTypes(corpus: Corpus): { id: string; title: string; entries: { service: Service; document: PolicyDocument }[] }[] {
  const byType = new Map<string, { service: Service; document: PolicyDocument }[]>();
  for (const service of corpus.services) for (const document of service.documents) byType.set(document.id, [...(byType.get(document.id) ?? []), { service, document }]);
  return [...byType.entries()]
    .map(([id, entries]) => ({ id, title: entries[0]!.document.title, entries: entries.sort((a, b) => a.service.name.localeCompare(b.service.name, 'en')) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en'));
}
