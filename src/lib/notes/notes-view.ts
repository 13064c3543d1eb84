/** Annotations as pages show them: per clause of a version, per category and impact, as a history. */
import { CATEGORIES, IMPACTS, type Category, type Impact } from './annotation.ts';
import type { AnchoredAnnotation } from './annotations.ts';
import type { AnchorEvent } from './anchor.ts';
import { previousVersion, redlineHtml } from '../compare/compare-view.ts';
import { diffText } from '../compare/word-diff.ts';
import type { Corpus, PolicyDocument, Version } from '../model/model.ts';
import type { Clause } from '../model/model.ts';
import { highlightHtml } from '../publish/highlight.ts';
import { comparePath } from '../publish/paths.ts';

const inDocument = (annotation: AnchoredAnnotation, version: Version) =>
  annotation.data.service === version.service && annotation.data.document === version.document;

export interface ClauseNote {
  annotation: AnchoredAnnotation;
  anchor: AnchoredAnnotation['anchors'][number];
}

/** The notes anchored in one version, by clause ID. */
export function notesByClause(annotations: readonly AnchoredAnnotation[], version: Version): Map<string, ClauseNote[]> {
  const byClause = new Map<string, ClauseNote[]>();
  for (const annotation of annotations) {
    if (!inDocument(annotation, version)) continue;
    for (const anchor of annotation.anchors) {
      if (anchor.versionId !== version.id) continue;
      byClause.set(anchor.clauseId, [...(byClause.get(anchor.clauseId) ?? []), { annotation, anchor }]);
    }
  }
  return byClause;
}

/** A clause's HTML with each note's phrase marked. */
export function annotatedHtml(clause: Clause, notes: readonly ClauseNote[]): string {
  return highlightHtml(
    clause.html,
    notes.map(({ annotation, anchor }) => ({
      text: anchor.text,
      start: anchor.start,
      of: clause.text.length,
      properties: { className: 'annotated', dataNote: annotation.data.id },
    })),
  );
}

export interface NoteEvent {
  kind: AnchorEvent['kind'];
  version: Version;
  /** The version before it (same region), where the change is seen from. */
  previous?: Version;
  /** The comparison with the version before, where there is one. */
  compareHref?: string;
  sentence: string;
  /** Whether the words found are the quote exactly; "the same words" is said only then. */
  exact?: boolean;
  /** The words (or, when only their clause changed, the clause) before and after, from the data. */
  before?: string;
  after?: string;
  /** before → after as <del>/<ins> HTML, for changes. */
  redline?: string;
}

const SENTENCE: Record<AnchorEvent['kind'], string> = {
  appears: 'The quoted words appear',
  returns: 'The quoted words are back',
  changes: 'The quoted words are reworded',
  'context-changes': 'The quoted words stay; the clause around them is reworded',
  vanishes: 'The quoted words are gone',
};

/** What happened to the annotated text, version by version, with the wording before and after each change. */
export function noteHistory(annotation: AnchoredAnnotation, document: PolicyDocument): NoteEvent[] {
  const byId = new Map(document.versions.map((v) => [v.id, v]));
  return annotation.events.map((event) => {
    const version = byId.get(event.versionId)!;
    const previous = event.previousVersionId ? byId.get(event.previousVersionId) : previousVersion(document, version, true);
    const changed = event.before !== undefined && event.after !== undefined;
    return {
      kind: event.kind,
      version,
      ...(previous ? { previous, compareHref: comparePath(previous, version) } : {}),
      sentence: SENTENCE[event.kind],
      ...(event.exact !== undefined ? { exact: event.exact } : {}),
      ...(event.before !== undefined ? { before: event.before } : {}),
      ...(event.after !== undefined ? { after: event.after } : {}),
      ...(changed ? { redline: redlineHtml(diffText(event.before!, event.after!)) } : {}),
    };
  });
}

export function documentOf(corpus: Corpus, annotation: AnchoredAnnotation): PolicyDocument {
  return corpus.services.find((s) => s.id === annotation.data.service)!.documents.find((d) => d.id === annotation.data.document)!;
}

/** The newest version the note anchors in, for "read it in context" links. */
export function latestAnchor(annotation: AnchoredAnnotation, document: PolicyDocument): { version: Version; clauseId: string } | undefined {
  for (const version of [...document.versions].reverse()) {
    const anchor = annotation.anchors.find((a) => a.versionId === version.id);
    if (anchor) return { version, clauseId: anchor.clauseId };
  }
  return undefined;
}

export function byCategory(annotations: readonly AnchoredAnnotation[]): { category: Category; notes: AnchoredAnnotation[] }[] {
  return CATEGORIES.map((category) => ({ category, notes: annotations.filter((a) => a.data.categories.includes(category)) })).filter(
    (group) => group.notes.length > 0,
  );
}

export function byImpact(annotations: readonly AnchoredAnnotation[]): { impact: Impact; label: string; notes: AnchoredAnnotation[] }[] {
  return (Object.keys(IMPACTS) as Impact[])
    .map((impact) => ({ impact, label: IMPACTS[impact], notes: annotations.filter((a) => a.data.impact === impact) }))
    .filter((group) => group.notes.length > 0);
}

export const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
