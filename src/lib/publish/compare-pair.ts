/**
 * What a comparison page says about its pair beyond the rows: the versions
 * between, the neighbouring changes, why two versions share a date, the notes
 * beside each change and what they do. From a neutral shape that both the
 * model (at build time) and the dataset's JSON (in the browser) give, so
 * both ways of reaching a pair show the same page. Pure, free of Node.
 */
import { heaviestCounted, type KindOfChange } from '../compare/change-kinds.ts';
import type { CompareView } from '../compare/compare-view.ts';
import type { TextStatus } from '../model/model.ts';
import { impactSummary, type ImpactNote } from '../notes/impact.ts';
import type { ComparePair, PairVersion, RowNote } from './compare-render.ts';

/** A version of the document, in its chain: oldest first, every region. */
export interface ChainVersion extends PairVersion {
  region: string;
  /** The status of the text in the first record that holds it (in force, upcoming, ending). */
  firstStatus?: TextStatus;
}

export interface PairDocument {
  service: string;
  document: string;
  /** The service's name: "X". */
  serviceName: string;
  /** The document's own (English) title: "Privacy Policy". */
  documentTitle: string;
  regions: readonly { id: string; label: string }[];
  versions: readonly ChainVersion[];
}

/** A note as the pair page shows it: its impact, its words in each version, its title, summary and page. */
export interface PairNote extends ImpactNote, RowNote {}

const same = (chain: readonly ChainVersion[], v: ChainVersion) => chain.filter((x) => x.region === v.region);

/**
 * The neighbouring comparisons: the change before the older version and the
 * one after the newer, stepping over hidden versions unless one end is hidden.
 */
function neighbours(chain: readonly ChainVersion[], before: ChainVersion, after: ChainVersion) {
  const includeHidden = before.hidden !== undefined || after.hidden !== undefined;
  const region = same(chain, after);
  const usable = (v: ChainVersion) => includeHidden || v.hidden === undefined;
  const earlier = region.slice(0, region.indexOf(before)).reverse().find(usable);
  const later = region.slice(region.indexOf(after) + 1).find(usable);
  return { earlier, later };
}

/**
 * The kind of change between two versions: a new stated effective date is substantive whatever the words do (as
 * bridge.ts); else the heaviest kind among the view's rows, which is kindOfComparison's answer without classing
 * every row a second time.
 */
export function kindOfPair(before: { effectiveDate?: string }, after: { effectiveDate?: string }, view: Pick<CompareView, 'byKind'>): KindOfChange {
  return before.effectiveDate !== after.effectiveDate ? 'substantive' : heaviestCounted(view.byKind);
}

/** Notes anchored in one version, by clause ID. */
function notesIn(notes: readonly (PairNote & { region?: string })[], versionId: string): Map<string, RowNote[]> {
  const byClause = new Map<string, RowNote[]>();
  for (const note of notes) {
    for (const anchor of note.anchors) {
      if (anchor.versionId !== versionId) continue;
      const words = { title: note.title, summary: note.summary, ...(note.translations ? { translations: note.translations } : {}) };
      byClause.set(anchor.clauseId, [...(byClause.get(anchor.clauseId) ?? []), { ...words, page: note.page }]);
    }
  }
  return byClause;
}

/** Everything the renderer needs about one pair. `notes` are every note of the site; those of other documents are left out here. */
export function comparePair(
  doc: PairDocument,
  before: ChainVersion,
  after: ChainVersion,
  view: CompareView,
  kind: KindOfChange | 'first',
  notes: readonly PairNote[],
  routes: { compare: (before: ChainVersion, after: ChainVersion) => string },
): ComparePair {
  const region = same(doc.versions, after);
  const between = region.slice(region.indexOf(before) + 1, region.indexOf(after));
  const { earlier, later } = neighbours(doc.versions, before, after);
  const here = notes.filter((n) => n.data.service === doc.service && n.data.document === doc.document);
  const at = { service: doc.service, document: doc.document };
  const impact = impactSummary(here, { ...at, id: before.id }, { ...at, id: after.id }, view).map((group) => ({
    impact: group.impact,
    items: group.items.map(({ annotation, what, anchor }) => ({
      title: annotation.title,
      ...(annotation.translations ? { translations: annotation.translations } : {}),
      page: annotation.page,
      what,
      ...(anchor ? { anchor } : {}),
    })),
  }));
  const sameDay: ComparePair['sameDay'] =
    before.firstRecorded !== after.firstRecorded
      ? undefined
      : before.firstStatus !== after.firstStatus && (before.firstStatus === 'upcoming' || after.firstStatus === 'upcoming')
        ? { why: 'upcoming' }
        : { why: 'effective' };
  return {
    name: { service: doc.serviceName, document: { id: doc.document, title: doc.documentTitle } },
    ...(doc.regions.length > 1 ? { region: { id: after.region, label: doc.regions.find((r) => r.id === after.region)?.label ?? after.region } } : {}),
    before,
    after,
    kind,
    ...(sameDay ? { sameDay } : {}),
    between,
    ...(earlier ? { stepBack: routes.compare(earlier, before) } : {}),
    ...(later ? { stepOn: routes.compare(after, later) } : {}),
    view,
    notes: { before: notesIn(here, before.id), after: notesIn(here, after.id) },
    impact,
  };
}
