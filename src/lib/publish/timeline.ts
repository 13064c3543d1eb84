/**
 * The timeline: every dated thing the data knows, as events. Versions
 * recorded, effective dates the texts state, dates sources report (a
 * publication), news reports, and notes whose words appear, change or
 * vanish. Each event says what happened in one sentence and links to its
 * evidence. Generated, never hand-listed.
 */
import { compareVersions, type CompareVersions } from '../compare/align.ts';
import { CATEGORIES, type Category } from '../notes/annotation.ts';
import { slugOf } from '../notes/notes-view.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { isMinor } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import { KINDS_OF_CHANGE } from '../compare/change-kinds.ts';
import { ANOMALY_REASONS } from '../model/anomalies.ts';
import { formatDate } from './views.ts';
import { comparePath, notePath, reportPath, versionPath } from './paths.ts';

export type EventKind = 'recorded' | 'flicker' | 'effective' | 'published' | 'report' | 'note' | 'story';

export const EVENT_KINDS: Record<EventKind, string> = {
  published: 'Published (reported)',
  effective: 'Takes effect (as stated)',
  recorded: 'New text recorded',
  flicker: 'Flicker: shown briefly, then the text before came back',
  report: 'News report',
  note: 'Note: words appear, change or go',
  story: 'Our stories',
};

export interface EventLink {
  href: string;
  label: string;
  lang?: string;
}

export interface TimelineEvent {
  /** Unique, for the event's anchor. */
  id: string;
  date: string;
  kind: EventKind;
  /** `service/document` keys the event concerns. */
  documents: string[];
  sentence: string;
  /** Language of the sentence when not English (a report's title). */
  lang?: string;
  links: EventLink[];
  /** A hidden version (see compare/bridge.ts): shown only when asked for. */
  minor: boolean;
  categories: Category[];
  /** For a recorded version: words inserted and deleted since the version before. */
  change?: { added: number; removed: number };
}

const key = (doc: Pick<PolicyDocument, 'service' | 'id'>) => `${doc.service}/${doc.id}`;

/** One sentence for a version recorded, by what it is: a flicker is folded into one event, its return included. */
function recordedSentence(version: Version, name: string, stated: string, previous: Version | undefined): string {
  if (!previous && version.kind === 'first') return `The archive starts recording the ${name}${stated}.`;
  switch (version.hidden) {
    case 'anomaly':
      return `The archive's record of the ${name} is a capture anomaly (${ANOMALY_REASONS[version.anomaly ?? 'no-policy-text']}).`;
    case 'flicker':
      return `A text of the ${name} was on the page for about ${version.flicker!.hours} hours${stated}; on ${formatDate(version.flicker!.returned)} the text before it came back (a flicker).`;
    case 'reextraction':
      return `The archive re-extracts the ${name}; the recorded text differs${stated}.`;
    case 'minor':
      return `The ${name} is recorded again: ${KINDS_OF_CHANGE[version.kind === 'first' ? 'formatting' : version.kind].label}.`;
    default:
      // A flicker a note names is shown as history, and still says what happened.
      return version.flicker
        ? `A new text of the ${name} is recorded${stated}; after about ${version.flicker.hours} hours, on ${formatDate(version.flicker.returned)}, the text before it came back for a while.`
        : `A new text of the ${name} is recorded${stated}.`;
  }
}

function documentName(service: Service, document: PolicyDocument, version?: Version): string {
  const region = version && document.regions.length > 1 ? ` (${version.regionLabel})` : '';
  return `${service.name} ${document.title}${region}`;
}

function notesAt(annotations: readonly AnchoredAnnotation[], document: PolicyDocument, version: Version) {
  return annotations.filter(
    (a) =>
      a.data.service === document.service &&
      a.data.document === document.id &&
      a.events.some((e) => e.versionId === version.id && e.kind !== 'context-changes'),
  );
}

export function buildTimeline(corpus: Corpus, annotations: readonly AnchoredAnnotation[], compare: CompareVersions = compareVersions): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const effective = new Map<string, { service: Service; document: PolicyDocument; version: Version }[]>();

  for (const service of corpus.services) {
    for (const document of service.documents) {
      for (const region of document.regions) {
        const versions = document.versions.filter((v) => v.region === region.id);
        versions.forEach((version, index) => {
          // Shown versions follow the chain of shown versions, so a change behind a hidden version is not lost;
          // a hidden one is compared with the shown version before it too (see compare/bridge.ts).
          const previous = versions.find((v) => v.id === version.bridgedFrom) ?? (version.hidden ? versions[index - 1] : undefined);
          const notes = notesAt(annotations, document, version);
          const name = documentName(service, document, version);
          const stated = version.effectiveDate ? `, stating it takes effect on ${formatDate(version.effectiveDate)}` : '';
          const sentence = recordedSentence(version, name, stated, previous);
          // Hidden versions stay out of change bars and feeds: only shown versions carry a change.
          const change = previous && !version.hidden ? compare(previous, version).words : undefined;
          // A flicker is one event, shown folded (see Timeline.astro), and no change: out of bars and feeds.
          const flicker = version.hidden === 'flicker';
          events.push({
            id: `recorded-${document.service}-${document.id}-${version.id}`,
            date: version.firstRecorded,
            kind: flicker ? 'flicker' : 'recorded',
            documents: [key(document)],
            sentence,
            links: [
              { href: versionPath(version), label: 'the version' },
              ...(previous ? [{ href: comparePath(previous, version), label: flicker ? 'what it changed, briefly' : 'what changed' }] : []),
              ...notes.map((note) => ({ href: notePath(note), label: `note: ${note.data.title}` })),
            ],
            minor: isMinor(version) && !flicker,
            categories: [...new Set(notes.flatMap((n) => n.data.categories))],
            ...(change ? { change } : {}),
          });
          if (version.effectiveDate && !isMinor(version)) {
            // One event per stated date: the first version to state it stands for the others.
            const sameDate = effective.get(version.effectiveDate) ?? [];
            if (!sameDate.some((e) => e.document === document && e.version.region === version.region)) {
              sameDate.push({ service, document, version });
              effective.set(version.effectiveDate, sameDate);
            }
          }
        });
      }
    }
  }

  for (const [date, texts] of effective) {
    const names = [...new Set(texts.map(({ service, document, version }) => documentName(service, document, version)))];
    events.push({
      id: `effective-${date}`,
      date,
      kind: 'effective',
      documents: [...new Set(texts.map(({ document }) => key(document)))],
      sentence: `${names.length === 1 ? 'A text' : 'Texts'} of the ${names.join(', the ')} ${names.length === 1 ? 'says it takes' : 'say they take'} effect.`,
      links: texts.map(({ service, document, version }) => ({ href: versionPath(version), label: `the ${documentName(service, document, version)}` })),
      minor: false,
      categories: [],
    });
  }

  const reports = new Map(corpus.reports.map((r) => [r.id, r]));
  const milestones = new Map<string, { what: string; report: string; note: AnchoredAnnotation }[]>();
  for (const note of annotations) {
    for (const m of note.data.milestones) {
      const list = milestones.get(m.date) ?? [];
      if (!list.some((x) => x.what === m.what)) list.push({ what: m.what, report: m.source.report, note });
      milestones.set(m.date, list);
    }
  }
  for (const [date, list] of milestones) {
    list.forEach((milestone, i) => {
      const report = reports.get(milestone.report)!;
      events.push({
        id: `published-${date}-${i + 1}`,
        date,
        kind: 'published',
        documents: [`${milestone.note.data.service}/${milestone.note.data.document}`],
        sentence: `${milestone.what} (as reported by ${report.source}).`,
        links: [
          { href: reportPath(report), label: `report: ${report.title}`, lang: report.lang },
          { href: notePath(milestone.note), label: `note: ${milestone.note.data.title}` },
        ],
        minor: false,
        categories: milestone.note.data.categories,
      });
    });
  }

  for (const report of corpus.reports) {
    const citing = annotations.filter((a) => a.data.sources.some((s) => 'report' in s && s.report === report.id));
    events.push({
      id: `report-${report.id}`,
      date: report.date,
      kind: 'report',
      documents: [...new Set(citing.map((a) => `${a.data.service}/${a.data.document}`))],
      sentence: report.title,
      lang: report.lang,
      links: [
        { href: reportPath(report), label: `the report (${report.source})` },
        ...citing.map((note) => ({ href: notePath(note), label: `note: ${note.data.title}` })),
      ],
      minor: false,
      categories: [...new Set(citing.flatMap((a) => a.data.categories))],
    });
  }

  const SAY = { appears: 'appear', returns: 'return', changes: 'change', vanishes: 'disappear' } as const;
  for (const note of annotations) {
    const service = corpus.services.find((s) => s.id === note.data.service)!;
    const document = service.documents.find((d) => d.id === note.data.document)!;
    for (const event of note.events) {
      if (event.kind === 'context-changes') continue;
      const version = document.versions.find((v) => v.id === event.versionId)!;
      const first = document.versions.find((v) => v.region === version.region) === version;
      if (first && event.kind === 'appears') continue; // there from the first record: no change to report
      events.push({
        id: `note-${note.data.id}-${version.id}`,
        date: version.firstRecorded,
        kind: 'note',
        documents: [key(document)],
        sentence: `The words of the note “${note.data.title}” ${SAY[event.kind]} in the ${documentName(service, document, version)}.`,
        links: [
          { href: notePath(note), label: 'the note' },
          { href: versionPath(version), label: 'the version' },
        ],
        minor: isMinor(version),
        categories: note.data.categories,
      });
    }
  }

  const ORDER: EventKind[] = ['published', 'report', 'recorded', 'flicker', 'note', 'effective'];
  return events.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
}

/** Events that concern one document (and those that concern every document). */
export function eventsFor(events: readonly TimelineEvent[], document: Pick<PolicyDocument, 'service' | 'id'>): TimelineEvent[] {
  return events.filter((e) => e.documents.includes(key(document)));
}

/** The largest change, so bars can share one scale. */
export function largestChange(events: readonly TimelineEvent[]): number {
  return Math.max(1, ...events.map((e) => (e.change ? e.change.added + e.change.removed : 0)));
}

/**
 * The CSS behind the timeline's filters, generated from the data: one rule per
 * kind and per category present. Pages put it in the head (a <style> in the
 * body is not valid HTML).
 */
export function timelineFilterCss(events: readonly TimelineEvent[]): string {
  const kinds = (Object.keys(EVENT_KINDS) as EventKind[]).filter((kind) => events.some((e) => e.kind === kind));
  const categories = CATEGORIES.filter((c) => events.some((e) => e.categories.includes(c)));
  const services = [...new Set(events.flatMap((e) => e.documents.map((d) => d.split('/')[0]!)))].sort();
  return [
    ...kinds.map((k) => `:root:has(#kind-${k}:not(:checked)) .event.kind-${k} { display: none; }`),
    ...categories.map((c) => `:root:has(#category-${slugOf(c)}:checked) .event:not(.category-${slugOf(c)}) { display: none; }`),
    // A select, not radios, so 300 services stay one control.
    ...(services.length > 1 ? services.map((id) => `:root:has(#timeline-service option[value="${id}"]:checked) .event:not(.service-${id}) { display: none; }`) : []),
  ].join('\n');
}
