/**
 * Which versions a reader sees by default, and what each shown version is
 * compared with. A version is hidden when it was first seen in a
 * re-extraction, is a capture anomaly, is a short-lived flicker no note
 * names, or changes nothing substantive since the last shown version. The
 * chain of shown versions bridges the hidden ones: every list of changes,
 * the timeline, change bars and feeds go from one shown version to the next,
 * so no change is lost behind a hidden version.
 */
import { createHash } from 'node:crypto';
import { compareVersions, type CompareVersions } from './align.ts';
import { isMinorKind, kindOfComparison, type KindOfChange } from './change-kinds.ts';
import type { HiddenReason, Version } from '../model/model.ts';

/** What the site says about each reason a version is hidden. */
export const HIDDEN_REASONS: Record<HiddenReason, string> = {
  reextraction: 'the archive re-extracted the page; the service did not necessarily change anything',
  anomaly: 'a capture anomaly: not a policy text',
  flicker: 'a flicker: shown briefly, then the text before it came back',
  minor: 'no substantive change since the version before it that is shown',
};

/**
 * Remembers kinds of change across runs, by the two versions' content: one
 * new record then costs one comparison, not one per version of the corpus.
 */
export interface KindCache {
  get(key: string): KindOfChange | undefined;
  set(key: string, kind: KindOfChange): void;
}

const pairKey = (before: Version, after: Version) =>
  createHash('sha256').update(`${before.contentHash}|${before.effectiveDate ?? ''}|${after.contentHash}|${after.effectiveDate ?? ''}`).digest('hex').slice(0, 32);

/** The kind of change from one version to another. A new stated effective date is substantive, whatever the words do. */
export function kindBetween(before: Version, after: Version, compare: CompareVersions = compareVersions, cache?: KindCache): KindOfChange {
  if (before.effectiveDate !== after.effectiveDate) return 'substantive';
  const key = cache ? pairKey(before, after) : '';
  const known = cache?.get(key);
  if (known) return known;
  const kind = kindOfComparison(compare(before, after), before.blocks, after.blocks);
  cache?.set(key, kind);
  return kind;
}

/**
 * Sets `kind`, `bridgedFrom` and `hidden` on the versions of one document
 * (all regions, oldest first). `isNamed` says whether a note or milestone
 * names a version: a named flicker stays visible.
 */
export function bridgeVersions(
  versions: readonly Version[],
  isNamed: (version: Version) => boolean = () => false,
  compare: CompareVersions = compareVersions,
  cache?: KindCache,
): void {
  const lastShown = new Map<string, Version>();
  for (const version of versions) {
    const previous = lastShown.get(version.region);
    delete version.hidden;
    delete version.bridgedFrom;
    if (!previous) version.kind = 'first';
    else {
      version.bridgedFrom = previous.id;
      version.kind = kindBetween(previous, version, compare, cache);
    }
    const hidden: HiddenReason | undefined = version.anomaly
      ? 'anomaly'
      : version.reextraction
        ? 'reextraction'
        : version.flicker && !isNamed(version)
          ? 'flicker'
          : version.kind !== 'first' && isMinorKind(version.kind)
            ? 'minor'
            : undefined;
    if (hidden) version.hidden = hidden;
    else lastShown.set(version.region, version);
  }
}

/** Shown versions of one region, oldest first: the chain every list of changes follows. */
export function shownVersions(versions: readonly Version[], region: string): Version[] {
  return versions.filter((v) => v.region === region && !v.hidden);
}

export interface ChangeListEntry {
  before: Version;
  after: Version;
  /** Kind of change from `before` to `after`. */
  kind: KindOfChange;
  /** Shown by default: both ends are shown versions (hidden ones between them are bridged). */
  shown: boolean;
  /** The versions this entry steps over (hidden by default). */
  bridged: Version[];
}

/**
 * Every change of one region, newest first: the bridged changes between
 * shown versions (the default list) and every step from one version to the
 * next (the list with hidden versions shown). A step that is also a bridged
 * change appears once.
 */
export function changeList(versions: readonly Version[], region: string, compare: CompareVersions = compareVersions): ChangeListEntry[] {
  const same = versions.filter((v) => v.region === region);
  const byId = new Map(same.map((v) => [v.id, v]));
  const entries: ChangeListEntry[] = [];
  same.forEach((after, index) => {
    const previous = same[index - 1];
    const from = after.bridgedFrom ? byId.get(after.bridgedFrom) : undefined;
    // The step comes before the bridge here, so that newest first the bridge leads.
    if (previous && (after.hidden || previous !== from)) {
      entries.push({ before: previous, after, kind: kindBetween(previous, after, compare), shown: false, bridged: [] });
    }
    if (!after.hidden && from) {
      const bridged = same.slice(same.indexOf(from) + 1, index);
      entries.push({ before: from, after, kind: after.kind === 'first' ? 'substantive' : after.kind, shown: true, bridged });
    }
  });
  return entries.reverse();
}
