/**
 * The timeline: every dated thing the data knows, as events. Versions
 * recorded, effective dates the texts state, dates sources report (a
 * publication), news reports, and notes whose words appear, change or
 * vanish. Each event says what happened in one sentence and links to its
 * evidence. Generated, never hand-listed.
 */
import { anomalyReasonIn, documentNameIn, kindLabelIn, regionLabelIn, reportLangTag } from './i18n/labels.ts';
import { formatDateIn } from './i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from './i18n/locales.ts';
import { timelineStrings } from './i18n/ui/timeline.ts';
import { compareVersions, type CompareVersions } from '../compare/align.ts';
import { CATEGORIES, type Category } from '../notes/annotation.ts';
import { slugOf } from '../notes/notes-view.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { isMinor } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import { comparePath, notePath, reportPath, versionPath } from './paths.ts';

export type EventKind = 'recorded' | 'flicker' | 'effective' | 'published' | 'report' | 'note' | 'story';

/** The kinds of event, in order, with their English names (timelineStrings names them in every language). */
export const EVENT_KINDS: Record<EventKind, string> = Object.fromEntries(
  (['published', 'effective', 'recorded', 'flicker', 'report', 'note', 'story'] as const).map((kind) => [kind, timelineStrings.en[`kind.${kind}`]]),
) as Record<EventKind, string>;

/** A part of a sentence or a link label in a language of its own (a quoted title, an English milestone). */
export interface Phrase {
  text: string;
  lang?: string;
  /** Words of ours translated (a note's or story's title): they may quote English, so checks of the UI's words skip them. */
  translated?: boolean;
}

/** What a timeline is written in: the page's language, and our notes' and stories' titles in it. */
export interface TimelineWords {
  locale?: Locale;
  noteTitle?: (note: AnchoredAnnotation) => Phrase;
}

export interface EventLink {
  href: string;
  label: string;
  lang?: string;
  /** Words before the label, in the page's language ("note: "), when the label is in a language of its own. */
  prefix?: string;
}

export interface TimelineEvent {
  /** Unique, for the event's anchor. */
  id: string;
  date: string;
  kind: EventKind;
  /** `service/document` keys the event concerns. */
  documents: string[];
  sentence: string;
  /** Language of the sentence when not the page's (a report's title). */
  lang?: string;
  /** The sentence in parts when a part is in another language than the rest (a quoted English milestone). */
  parts?: Phrase[];
  links: EventLink[];
  /** A hidden version (see compare/bridge.ts): shown only when asked for. */
  minor: boolean;
  categories: Category[];
  /** For a recorded version: words inserted and deleted since the version before. */
  change?: { added: number; removed: number };
}

const key = (doc: Pick<PolicyDocument, 'service' | 'id'>) => `${doc.service}/${doc.id}`;

/** One sentence for a version recorded, by what it is: a flicker is folded into one event, its return included. */
function recordedSentence(version: Version, name: string, stated: string, previous: Version | undefined, locale: Locale): string {
  const t = timelineStrings[locale];
  const date = (iso: string) => formatDateIn(locale, iso);
  if (!previous && version.kind === 'first') return t.starts(name, stated);
  switch (version.hidden) {
    case 'anomaly':
      return t.anomaly(name, anomalyReasonIn(locale, version.anomaly ?? 'no-policy-text'));
    case 'flicker':
      return t.flicker(name, String(version.flicker!.hours), stated, date(version.flicker!.returned));
    case 'reextraction':
      return t.reextraction(name, stated);
    case 'minor':
      return t.minor(name, kindLabelIn(locale, version.kind === 'first' ? 'formatting' : version.kind));
    default:
      // A flicker a note names is shown as history, and still says what happened.
      return version.flicker ? t.namedFlicker(name, stated, String(version.flicker.hours), date(version.flicker.returned)) : t.newText(name, stated);
  }
}

function documentName(service: Service, document: PolicyDocument, version: Version | undefined, locale: Locale): string {
  const region = version && document.regions.length > 1 ? ` (${regionLabelIn(locale, version)})` : '';
  return `${documentNameIn(locale, service, document)}${region}`;
}

function notesAt(annotations: readonly AnchoredAnnotation[], document: PolicyDocument, version: Version) {
  return annotations.filter(
    (a) =>
      a.data.service === document.service &&
      a.data.document === document.id &&
      a.events.some((e) => e.versionId === version.id && e.kind !== 'context-changes'),
  );
}

const MARK = '\u0000';

/** A sentence written around MARK, in parts: the quoted phrase keeps its own language. */
function quoting(sentence: string, quoted: Phrase): Phrase[] {
  const [before, after] = sentence.split(MARK);
  return [{ text: before ?? '' }, quoted, { text: after ?? '' }];
}

export function buildTimeline(
  corpus: Corpus,
  annotations: readonly AnchoredAnnotation[],
  compare: CompareVersions = compareVersions,
  words: TimelineWords = {},
): TimelineEvent[] {
  const locale = words.locale ?? DEFAULT_LOCALE;
  const t = timelineStrings[locale];
  const noteTitle = words.noteTitle ?? ((note: AnchoredAnnotation): Phrase => ({ text: note.data.title }));
  const noteLink = (note: AnchoredAnnotation): EventLink => {
    const title = noteTitle(note);
    return { href: notePath(note), prefix: t.notePrefix, label: title.text, ...(title.lang ? { lang: title.lang } : {}) };
  };
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
          const name = documentName(service, document, version, locale);
          const stated = version.effectiveDate ? t.stating(formatDateIn(locale, version.effectiveDate)) : '';
          const sentence = recordedSentence(version, name, stated, previous, locale);
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
              { href: versionPath(version), label: t.theVersion },
              ...(previous ? [{ href: comparePath(previous, version), label: flicker ? t.whatChangedBriefly : t.whatChanged }] : []),
              ...notes.map(noteLink),
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
    const names = [...new Set(texts.map(({ service, document, version }) => documentName(service, document, version, locale)))];
    events.push({
      id: `effective-${date}`,
      date,
      kind: 'effective',
      documents: [...new Set(texts.map(({ document }) => key(document)))],
      sentence: t.effective(names),
      links: texts.map(({ service, document, version }) => ({ href: versionPath(version), label: t.theDocument(documentName(service, document, version, locale)) })),
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
        sentence: `${milestone.what}${t.reportedBy(report.source)}`,
        // What a milestone says is our English front matter: on a page in another language it is quoted as English.
        ...(locale === 'en' ? {} : { parts: [{ text: milestone.what, lang: 'en' }, { text: t.reportedBy(report.source) }] }),
        links: [
          { href: reportPath(report), prefix: t.reportPrefix, label: report.title, lang: reportLangTag(report) },
          noteLink(milestone.note),
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
      lang: reportLangTag(report),
      links: [
        { href: reportPath(report), label: t.theReport(report.source) },
        ...citing.map(noteLink),
      ],
      minor: false,
      categories: [...new Set(citing.flatMap((a) => a.data.categories))],
    });
  }

  for (const note of annotations) {
    const service = corpus.services.find((s) => s.id === note.data.service)!;
    const document = service.documents.find((d) => d.id === note.data.document)!;
    for (const event of note.events) {
      if (event.kind === 'context-changes') continue;
      const version = document.versions.find((v) => v.id === event.versionId)!;
      const first = document.versions.find((v) => v.region === version.region) === version;
      if (first && event.kind === 'appears') continue; // there from the first record: no change to report
      const title = noteTitle(note);
      const name = documentName(service, document, version, locale);
      events.push({
        id: `note-${note.data.id}-${version.id}`,
        date: version.firstRecorded,
        kind: 'note',
        documents: [key(document)],
        sentence: t.noteWords(title.text, t[`say.${event.kind}`], name),
        // The title is quoted in its own language (English while a note is not translated yet).
        parts: quoting(t.noteWords(MARK, t[`say.${event.kind}`], name), { ...title, translated: true }),
        links: [
          { href: notePath(note), label: t.theNote },
          { href: versionPath(version), label: t.theVersion },
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
