/**
 * Comparisons computed once per build: the timeline, the cards and the
 * compare pages all need the comparison of each version with the one before.
 */
import { compareVersions, type CompareVersions, type Comparison } from '../lib/compare/align.ts';

const done = new WeakMap<object, WeakMap<object, Comparison>>();

export const comparison: CompareVersions = (before, after) => {
  let byAfter = done.get(before);
  if (!byAfter) done.set(before, (byAfter = new WeakMap()));
  let result = byAfter.get(after);
  if (!result) byAfter.set(after, (result = compareVersions(before, after)));
  return result;
};
