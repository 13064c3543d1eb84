/**
 * The change between two versions: their sections and clauses aligned, each
 * pair classed unchanged / modified / added / removed / moved, with word-level
 * edits inside what changed.
 *
 * Alignment, in order:
 *  1. identical text (link targets included) pairs first, in document order;
 *  2. what remains pairs by similarity, best first: the Dice coefficient of
 *     the two clauses' word multisets, which suits legal prose, where a
 *     clause is amended by inserting or striking phrases and keeps most of
 *     its words (a threshold of 0.5 keeps unrelated boilerplate apart);
 *  3. an unpaired clause mostly contained in its neighbour's partner joins
 *     that pair: a split (one old clause, two new) or a merge (two old, one new);
 *     then what is still unpaired may pair by containment (a clause grown by
 *     whole sentences), and splits and merges are looked for once more;
 *  4. pairs outside the longest run that keeps document order are moves.
 * Renumbered sections do not matter: nothing here compares numbers or IDs,
 * only text and order.
 */
import type { Block } from '../model/model.ts';
import { CLAUSE_BREAK, contentWordNumberer, tokenize } from './tokens.ts';
import { bagger, overlap, type Bag } from './word-bags.ts';
import { applyEdits, countChangedWords, diffTokens, type Edit } from './word-diff.ts';

export type ChangeKind = 'unchanged' | 'modified' | 'added' | 'removed' | 'moved';

export interface ChangeRow {
  kind: ChangeKind;
  type: 'section' | 'clause';
  /** Indexes into the old version's blocks (empty when added). */
  old: number[];
  /** Indexes into the new version's blocks (empty when removed). */
  new: number[];
  /** Word-level edits from the old text to the new; absent when the words are the same. */
  edits?: Edit[];
  /** For a move: the section the clause stood in before ('' at the top level). */
  movedFrom?: string;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  modified: number;
  moved: number;
  unchanged: number;
}

export interface Comparison {
  /** In reading order: the new version's order, each removal after what preceded it in the old. */
  rows: ChangeRow[];
  /** Clause rows by kind (a section heading is not a clause). */
  counts: ChangeCounts;
  /** Words inserted and deleted across all clauses. */
  words: { added: number; removed: number };
}

/** Similarity at or above which two clauses are taken for one amended clause. */
export const MATCH_THRESHOLD = 0.5;
/** Share of a clause's words found in its neighbour's partner for it to count as split off or merged in. */
const CONTAINMENT_THRESHOLD = 0.7;

interface Item {
  type: 'section' | 'clause';
  /** What is compared: marked text of a clause, title of a section. */
  text: string;
  section: string;
  /** What similarity is measured on; counted only for items left unpaired by identical text. */
  compared: string;
  counted?: Bag;
}

/** The items of one comparison, numbering their words with one numberer so that both sides share the numbers. */
function counter(): (item: Item) => Bag {
  const numbers = contentWordNumberer();
  const bagOf = bagger();
  return (item) => (item.counted ??= bagOf(numbers(item.compared)));
}

function items(blocks: readonly Block[]): Item[] {
  return blocks.map((block) =>
    block.type === 'section'
      ? {
          type: 'section',
          text: block.title,
          section: block.id.split('/').slice(0, -1).join('/'),
          // A section's number is its place, not its meaning: "9. Contact" and "10. Contact" are one heading.
          compared: block.title.replace(/^\d+(?:\.\d+)*\.?\s*/, ''),
        }
      : { type: 'clause', text: block.marked, section: block.section, compared: block.text },
  );
}

/**
 * How alike two items are: the Dice coefficient of their word multisets, or,
 * when one is a clause grown or cut by whole sentences, how much of the
 * shorter one the longer holds (discounted, so that a true rewording wins).
 */
function similarity(a: Item, b: Item, counted: (item: Item) => Bag): { dice: number; contained: number } {
  const x = counted(a);
  const y = counted(b);
  if (x.size === 0 && y.size === 0) return a.text === b.text ? { dice: 1, contained: 1 } : { dice: 0, contained: 0 };
  const shared = overlap(x, y);
  const dice = (2 * shared) / (x.size + y.size);
  const shorter = Math.min(x.size, y.size);
  const contained = shorter >= 6 ? (0.85 * shared) / shorter : 0;
  return { dice, contained };
}

/** Share of `part`'s words that `whole` also holds. */
function containment(part: Item, whole: Item, counted: (item: Item) => Bag): number {
  const x = counted(part);
  return x.size === 0 ? 0 : overlap(x, counted(whole)) / x.size;
}

/** Indexes (into `values`) of one longest strictly increasing subsequence, smallest-last ties. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) keep.add(i);
  return keep;
}

const joined = (list: readonly Item[], indexes: readonly number[]) => indexes.map((i) => list[i]!.text).join(CLAUSE_BREAK);

export function compareBlocks(oldBlocks: readonly Block[], newBlocks: readonly Block[]): Comparison {
  const before = items(oldBlocks);
  const after = items(newBlocks);
  const counted = counter();
  const rowOfOld = new Array<Pair | undefined>(before.length);
  const rowOfNew = new Array<Pair | undefined>(after.length);
  interface Pair {
    old: number[];
    new: number[];
  }
  const pairs: Pair[] = [];
  const pair = (o: number, n: number) => {
    const row = { old: [o], new: [n] };
    pairs.push(row);
    rowOfOld[o] = row;
    rowOfNew[n] = row;
  };

  // 1. Identical text, first come first paired.
  const waiting = new Map<string, number[]>();
  before.forEach((item, o) => {
    const key = `${item.type}\u0000${item.text}`;
    waiting.set(key, [...(waiting.get(key) ?? []), o]);
  });
  after.forEach((item, n) => {
    const queue = waiting.get(`${item.type}\u0000${item.text}`);
    if (queue?.length) pair(queue.shift()!, n);
  });

  // 2. Similar text, best pairs first; ties go to the closer wording, then the nearer position.
  //    Pairs by wording (Dice) come first; containment only pairs what is left after
  //    splits and merges had their turn, so a clause that shed a sentence is a split,
  //    not a match for the sentence.
  const distance = (o: number, n: number) => Math.abs(o / Math.max(1, before.length) - n / Math.max(1, after.length));
  // Every pair left after identical text, measured once for both passes (a pair's words do not change between them):
  // only pairs that could score MATCH_THRESHOLD by either measure are kept, in columns (a far-apart pair keeps
  // tens of thousands: one object each was much of the garbage collector's work).
  const measured = { o: [] as number[], n: [] as number[], dice: [] as number[], contained: [] as number[], distance: [] as number[] };
  {
    const freeOld = before.flatMap((_, o) => (rowOfOld[o] ? [] : [o]));
    const keep = (o: number, n: number, dice: number, contained: number) => {
      if (Math.max(dice, contained) < MATCH_THRESHOLD) return;
      measured.o.push(o);
      measured.n.push(n);
      measured.dice.push(dice);
      measured.contained.push(contained);
      measured.distance.push(distance(o, n));
    };
    // Words shared by every pair at once, from an index of the free old items' words (word → old item, its count of
    // the word, old item, count…): a pair sharing no word scores 0, so only the old items that share one with a new
    // item are measured, as similarity() would measure them, to the bit.
    // The index in typed arrays: word w's entries are postingOld/postingCount[start[w] .. start[w + 1]).
    let words = 0;
    for (const o of freeOld) for (const w of counted(before[o]!).words) words = Math.max(words, w + 1);
    const start = new Int32Array(words + 1);
    for (const o of freeOld) for (const w of counted(before[o]!).words) start[w + 1] = start[w + 1]! + 1;
    for (let w = 0; w < words; w += 1) start[w + 1] = start[w + 1]! + start[w]!;
    const postingOld = new Int32Array(start[words]!);
    const postingCount = new Int32Array(start[words]!);
    const filled = start.slice(0, words);
    for (const o of freeOld) {
      const x = counted(before[o]!);
      for (let k = 0; k < x.words.length; k += 1) {
        const at = filled[x.words[k]!]!;
        filled[x.words[k]!] = at + 1;
        postingOld[at] = o;
        postingCount[at] = x.counts[k]!;
      }
    }
    const shared = new Int32Array(before.length);
    const touched = new Int32Array(before.length);
    const oldSize = Int32Array.from(before, (item) => (item.counted ? item.counted.size : 0));
    after.forEach((b, n) => {
      if (rowOfNew[n]) return;
      const y = counted(b);
      if (y.size === 0) {
        // No words: only an old item without words can match it, by its text.
        for (const o of freeOld) {
          if (before[o]!.type !== b.type || oldSize[o] !== 0) continue;
          const { dice, contained } = similarity(before[o]!, b, counted);
          keep(o, n, dice, contained);
        }
        return;
      }
      let touchedCount = 0;
      for (let k = 0; k < y.words.length; k += 1) {
        const w = y.words[k]!;
        if (w >= words) continue;
        const count = y.counts[k]!;
        for (let i = start[w]!, end = start[w + 1]!; i < end; i += 1) {
          const o = postingOld[i]!;
          const both = postingCount[i]! < count ? postingCount[i]! : count;
          if (shared[o] === 0) touched[touchedCount++] = o;
          shared[o] = shared[o]! + both;
        }
      }
      for (let t = 0; t < touchedCount; t += 1) {
        const o = touched[t]!;
        const overlap = shared[o]!;
        shared[o] = 0;
        const size = oldSize[o]!;
        const shorter = size < y.size ? size : y.size;
        // Most pairs share only common words: in integers, far below both thresholds (Dice 0.5 needs 4 × overlap >=
        // both sizes; containment 0.5 needs more than half the shorter), so they skip the division and the type.
        if (4 * overlap < size + y.size && (shorter < 6 || 2 * overlap < shorter)) continue;
        if (before[o]!.type !== b.type) continue;
        keep(o, n, (2 * overlap) / (size + y.size), shorter >= 6 ? (0.85 * overlap) / shorter : 0);
      }
    });
  }
  const pairBest = (measure: 'dice' | 'contained') => {
    const { o, n, dice, contained, distance } = measured;
    const score = measure === 'dice' ? dice : dice.map((d, i) => Math.max(d, contained[i]!));
    const candidates: number[] = [];
    for (let i = 0; i < o.length; i += 1) if (!rowOfOld[o[i]!] && !rowOfNew[n[i]!] && score[i]! >= MATCH_THRESHOLD) candidates.push(i);
    candidates.sort((x, y) => score[y]! - score[x]! || dice[y]! - dice[x]! || distance[x]! - distance[y]! || n[x]! - n[y]! || o[x]! - o[y]!);
    for (const i of candidates) if (!rowOfOld[o[i]!] && !rowOfNew[n[i]!]) pair(o[i]!, n[i]!);
  };
  pairBest('dice');

  // 3. Splits and merges: an unpaired clause mostly contained in a neighbour's partner.
  const joinNeighbour = (
    index: number,
    list: Item[],
    rowOf: (Pair | undefined)[],
    side: 'old' | 'new',
    other: Item[],
  ) => {
    const item = list[index]!;
    if (item.type !== 'clause' || counted(item).size < 4) return;
    for (const neighbour of [index - 1, index + 1]) {
      const row = rowOf[neighbour];
      if (!row || list[neighbour]!.type !== 'clause') continue;
      const partners = side === 'new' ? row.old : row.new;
      if (partners.length !== 1) continue;
      // The neighbour's partner must also hold more than the neighbour alone explains.
      const partner = other[partners[0]!]!;
      if (containment(item, partner, counted) < CONTAINMENT_THRESHOLD) continue;
      const own = side === 'new' ? row.new : row.old;
      own.push(index);
      own.sort((x, y) => x - y);
      rowOf[index] = row;
      return;
    }
  };
  const joinSplitsAndMerges = () => {
    after.forEach((_, n) => {
      if (!rowOfNew[n]) joinNeighbour(n, after, rowOfNew, 'new', before);
    });
    before.forEach((_, o) => {
      if (!rowOfOld[o]) joinNeighbour(o, before, rowOfOld, 'old', after);
    });
  };
  joinSplitsAndMerges();
  pairBest('contained');
  joinSplitsAndMerges();

  // 4. Moves: pairs outside the longest run that keeps the old order.
  pairs.sort((x, y) => x.new[0]! - y.new[0]!);
  const inOrder = longestIncreasing(pairs.map((p) => p.old[0]!));
  const rows = new Map<Pair, ChangeRow>();
  pairs.forEach((p, i) => {
    const type = before[p.old[0]!]!.type;
    const oldText = joined(before, p.old);
    const newText = joined(after, p.new);
    const same = oldText === newText;
    const moved = !inOrder.has(i);
    const row: ChangeRow = { kind: moved ? 'moved' : same ? 'unchanged' : 'modified', type, old: p.old, new: p.new };
    if (!same) row.edits = diffTokens(tokenize(oldText), tokenize(newText));
    if (moved) row.movedFrom = before[p.old[0]!]!.section;
    rows.set(p, row);
  });

  // Reading order: the new version's, each removal after the old neighbour it followed.
  const ordered: ChangeRow[] = [];
  const seen = new Set<Pair>();
  after.forEach((item, n) => {
    const p = rowOfNew[n];
    if (p) {
      if (!seen.has(p)) {
        seen.add(p);
        ordered.push(rows.get(p)!);
      }
    } else {
      ordered.push({ kind: 'added', type: item.type, old: [], new: [n], edits: [{ op: 'insert', tokens: tokenize(item.text) }] });
    }
  });
  const removed = before.flatMap((item, o) =>
    rowOfOld[o] ? [] : [{ kind: 'removed', type: item.type, old: [o], new: [], edits: [{ op: 'delete', tokens: tokenize(item.text) }] } satisfies ChangeRow],
  );
  // Each removal goes right after the nearest earlier old clause that is placed and not moved (a removal before it
  // included), or first. A linked list, not splicing into an array: a far-apart pair removes hundreds of clauses.
  const following = new Map<ChangeRow | null, ChangeRow | null>();
  ordered.reduce<ChangeRow | null>((previous, row) => (following.set(previous, row), row), null);
  const removedAt = new Map<number, ChangeRow>();
  for (const row of removed) {
    const o = row.old[0]!;
    let anchor: ChangeRow | null = null;
    for (let k = o - 1; k >= 0 && anchor === null; k -= 1) {
      const p = rowOfOld[k];
      const placed = p ? rows.get(p) : removedAt.get(k);
      if (placed && placed.kind !== 'moved') anchor = placed;
    }
    following.set(row, following.get(anchor) ?? null);
    following.set(anchor, row);
    removedAt.set(o, row);
  }
  ordered.length = 0;
  for (let row = following.get(null) ?? null; row; row = following.get(row) ?? null) ordered.push(row);

  const counts: ChangeCounts = { added: 0, removed: 0, modified: 0, moved: 0, unchanged: 0 };
  let added = 0;
  let deleted = 0;
  for (const row of ordered) {
    if (row.type !== 'clause') continue;
    counts[row.kind] += 1;
    if (row.edits) {
      const changed = countChangedWords(row.edits);
      added += changed.added;
      deleted += changed.removed;
    }
  }
  return { rows: ordered, counts, words: { added, removed: deleted } };
}

/** Compares two versions; the timeline, cards and compare pages take one of these so a build can share results. */
export type CompareVersions = (before: { blocks: readonly Block[] }, after: { blocks: readonly Block[] }) => Comparison;

export const compareVersions: CompareVersions = (before, after) => compareBlocks(before.blocks, after.blocks);

/**
 * Rebuilds the new version's texts from the old version and a comparison
 * alone: the proof that a comparison says everything that changed.
 */
export function applyComparison(oldBlocks: readonly Block[], comparison: Comparison): { type: 'section' | 'clause'; text: string }[] {
  const before = items(oldBlocks);
  const out: { type: 'section' | 'clause'; text: string }[] = [];
  for (const row of comparison.rows) {
    if (row.kind === 'removed') continue;
    const oldText = joined(before, row.old);
    const newText = row.edits ? applyEdits(tokenize(oldText), row.edits).join('') : oldText;
    for (const text of newText.split(CLAUSE_BREAK)) out.push({ type: row.type, text });
  }
  return out;
}

/** The texts a comparison is measured against (what applyComparison must rebuild). */
export function comparedTexts(blocks: readonly Block[]): { type: 'section' | 'clause'; text: string }[] {
  return items(blocks).map((item) => ({ type: item.type, text: item.text }));
}
