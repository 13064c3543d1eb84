/**
 * The impact summary at the top of a comparison: the notes whose words
 * appear, change or vanish between the two versions, grouped by what the
 * change does (expands the company's rights, reduces yours, clarifies), each
 * linking to its change on the page.
 */
import type { Impact } from './annotation.ts';
import type { CompareView } from '../compare/compare-view.ts';

/**
 * What the summary reads of a note: an anchored annotation at build time,
 * or a note of the dataset's notes.json in the browser.
 */
export interface ImpactNote {
  data: { service: string; document: string; impact: Impact };
  anchors: readonly { versionId: string; clauseId: string; text: string }[];
}

type VersionRef = { id: string; service: string; document: string };

export interface ImpactItem<N extends ImpactNote = ImpactNote> {
  annotation: N;
  /** What happened to the note's words between the two versions. */
  what: 'appear' | 'change' | 'vanish';
  /** `#change-…` on the comparison page, when the change has a row there. */
  anchor?: string;
}

export interface ImpactGroup<N extends ImpactNote = ImpactNote> {
  impact: Impact;
  items: ImpactItem<N>[];
}

/**
 * A note's impact is what its clause does while it stands; when the clause
 * goes, the change does the opposite (a cap on the company removed expands
 * what it may do).
 */
const WHEN_REMOVED: Record<Impact, Impact> = { expands: 'limits', limits: 'expands', reduces: 'limits', clarifies: 'clarifies', neutral: 'neutral' };

/** The order readers scan: what they lose first. */
const ORDER: Impact[] = ['expands', 'reduces', 'limits', 'clarifies', 'neutral'];

export function impactSummary<N extends ImpactNote>(annotations: readonly N[], before: VersionRef, after: VersionRef, view: Pick<CompareView, 'jump'>): ImpactGroup<N>[] {
  const items = new Map<Impact, ImpactItem<N>[]>();
  for (const annotation of annotations) {
    if (annotation.data.service !== after.service || annotation.data.document !== after.document) continue;
    const was = annotation.anchors.find((a) => a.versionId === before.id);
    const is = annotation.anchors.find((a) => a.versionId === after.id);
    if (!was && !is) continue;
    if (was && is && was.text === is.text) continue;
    const what = !was ? 'appear' : !is ? 'vanish' : 'change';
    const row = is
      ? view.jump.find((r) => r.kind !== 'removed' && r.clauseId === is.clauseId)
      : view.jump.find((r) => r.oldClauseId === was!.clauseId);
    const item: ImpactItem<N> = { annotation, what, ...(row ? { anchor: row.anchor } : {}) };
    const impact = what === 'vanish' ? WHEN_REMOVED[annotation.data.impact] : annotation.data.impact;
    items.set(impact, [...(items.get(impact) ?? []), item]);
  }
  return ORDER.filter((impact) => items.has(impact)).map((impact) => ({ impact, items: items.get(impact)! }));
}
