/**
 * What a report leads to: every note that cites it (as a source or for a
 * milestone), the clause each note anchors to, and the comparison of the
 * change the note follows that is nearest the report's date. Links ran only
 * from notes to reports; these run back.
 */
import { previousVersion } from '../compare/compare-view.ts';
import type { Corpus, Report, Version } from '../model/model.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { documentOf, latestAnchor } from '../notes/notes-view.ts';
import { clausePath, comparePath, notePath } from './paths.ts';
import { formatDateIn } from './i18n/format.ts';
import type { Locale } from './i18n/locales.ts';
import { homeStrings } from './i18n/ui/home.ts';

export interface ReportLink {
  note: { id: string; href: string; title: string };
  clause?: { href: string; label: string };
  change?: { href: string; label: string };
}

const citesReport = (note: AnchoredAnnotation, report: Pick<Report, 'id'>) =>
  note.data.sources.some((s) => 'report' in s && s.report === report.id) || note.data.milestones.some((m) => m.source.report === report.id);

/** A change recorded within this many days of a report is the one it reports. */
const NEAR_DAYS = 60;

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function reportLinks(corpus: Corpus, annotations: readonly AnchoredAnnotation[], report: Pick<Report, 'id' | 'date'>, locale: Locale = 'en'): ReportLink[] {
  const t = homeStrings[locale];
  const formatDate = (iso: string) => formatDateIn(locale, iso);
  return annotations
    .filter((note) => citesReport(note, report))
    .map((note) => {
      const document = documentOf(corpus, note);
      const anchor = latestAnchor(note, document);
      // The change the report is about: where the note's words appear, change or go, if that is near the
      // report's date; else the document's change recorded nearest it (the note's clause may be older).
      const nearest = (versions: Version[]) =>
        versions
          .filter((v) => !v.hidden && previousVersion(document, v) !== undefined)
          .sort((a, b) => days(a.firstRecorded, report.date) - days(b.firstRecorded, report.date))[0];
      const ofNote = nearest(
        note.events.filter((e) => e.kind !== 'context-changes').flatMap((e) => document.versions.filter((v) => v.id === e.versionId)),
      );
      const region = anchor?.version.region ?? document.regions[0]?.id;
      const changed =
        ofNote && days(ofNote.firstRecorded, report.date) <= NEAR_DAYS ? ofNote : (nearest(document.versions.filter((v) => v.region === region)) ?? ofNote);
      const before = changed && previousVersion(document, changed);
      return {
        note: { id: note.data.id, href: notePath(note), title: note.data.title },
        ...(anchor ? { clause: { href: clausePath(anchor.version, anchor.clauseId), label: t.reportClause(formatDate(anchor.version.firstRecorded)) } } : {}),
        ...(changed && before
          ? { change: { href: comparePath(before, changed), label: t.reportChange(formatDate(before.firstRecorded), formatDate(changed.firstRecorded)) } }
          : {}),
      };
    });
}
