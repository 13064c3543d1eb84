/**
 * The impact summary at the top of a comparison: the notes whose words
 * appear, change or vanish between the two versions, grouped by what the
 * change does (expands the company's rights, reduces yours, clarifies), each
 * linking to its change on the page.
 */
import { IMPACTS, type Impact } from './annotation.ts';
import type { AnchoredAnnotation } from './annotations.ts';
import type { CompareView } from '../compare/compare-view.ts';
import type { Version } from '../model/model.ts';

export interface ImpactItem {
  annotation: AnchoredAnnotation;
  /** What happened to the note's words between the two versions. */
  what: 'appear' | 'change' | 'vanish';
  /** `#change-…` on the comparison page, when the change has a row there. */
  anchor?: string;
}

export interface ImpactGroup {
  impact: Impact;
  label: string;
  items: ImpactItem[];
}

/**
 * A note's impact is what its clause does while it stands; when the clause
 * goes, the change does the opposite (a cap on the company removed expands
 * what it may do).
 */
const WHEN_REMOVED: Record<Impact, Impact> = { expands: 'limits', limits: 'expands', reduces: 'limits', clarifies: 'clarifies', neutral: 'neutral' };

/** The order readers scan: what they lose first. */
const ORDER: Impact[] = ['expands', 'reduces', 'limits', 'clarifies', 'neutral'];

export function impactSummary(annotations: readonly AnchoredAnnotation[], before: Version, after: Version, view: CompareView): ImpactGroup[] {
  const items = new Map<Impact, ImpactItem[]>();
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
    const item: ImpactItem = { annotation, what, ...(row ? { anchor: row.anchor } : {}) };
    const impact = what === 'vanish' ? WHEN_REMOVED[annotation.data.impact] : annotation.data.impact;
    items.set(impact, [...(items.get(impact) ?? []), item]);
  }
  return ORDER.filter((impact) => items.has(impact)).map((impact) => ({ impact, label: IMPACTS[impact], items: items.get(impact)! }));
}
