/**
 * Word-level edits between two texts, with Jest's diff-sequences (Myers'
 * O(ND) algorithm in linear space, the diff under every Jest assertion) over
 * our own tokens, numbered first so that it compares integers. It finds the
 * same minimal edits as jsdiff's diffArrays, which we used before, in well
 * under half the time on long clauses (a far-apart pair pairs clauses of
 * hundreds of tokens, most of them changed); ties between equally short
 * edit scripts may fall differently.
 */
import diffSequences from '@jest/diff-sequences';
import { tokenize } from './tokens.ts';

export type EditOp = 'equal' | 'insert' | 'delete';

export interface Edit {
  op: EditOp;
  tokens: string[];
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a token holds a letter or a number. Most tokens are words ending in an ASCII letter or digit: no regex. */
function isWordToken(token: string): boolean {
  const last = token.charCodeAt(token.length - 1);
  if ((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57)) return true;
  return LETTER_OR_NUMBER.test(token);
}

const isGlue = (tokens: readonly string[]) => tokens.length <= 2 && !tokens.some(isWordToken);

/**
 * Makes edits read as phrases: a lone space or comma left "equal" between
 * two changes is folded into them ("-a b- +c d+", not "-a- +c- -b- +d-"),
 * and within each change the deletion comes before the insertion.
 */
function tidy(edits: Edit[]): Edit[] {
  const folded: Edit[] = [];
  edits.forEach((edit, i) => {
    const before = edits[i - 1];
    const after = edits[i + 1];
    if (edit.op === 'equal' && before && after && before.op !== 'equal' && after.op !== 'equal' && isGlue(edit.tokens)) {
      folded.push({ op: 'delete', tokens: edit.tokens }, { op: 'insert', tokens: edit.tokens });
    } else {
      folded.push(edit);
    }
  });
  // Gather each run of changes into one deletion then one insertion.
  const out: Edit[] = [];
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    if (deleted.length) out.push({ op: 'delete', tokens: deleted });
    if (inserted.length) out.push({ op: 'insert', tokens: inserted });
    deleted = [];
    inserted = [];
  };
  for (const edit of folded) {
    if (edit.op === 'delete') deleted.push(...edit.tokens);
    else if (edit.op === 'insert') inserted.push(...edit.tokens);
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.tokens.push(...edit.tokens);
      else out.push({ op: 'equal', tokens: [...edit.tokens] });
    }
  }
  flush();
  return out;
}

export function diffTokens(before: readonly string[], after: readonly string[]): Edit[] {
  // Amendments touch a few places in a long clause: align the common head
  // and tail directly and leave only the middle to Myers' algorithm.
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head += 1;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  const edits: Edit[] = [];
  if (head) edits.push({ op: 'equal', tokens: before.slice(0, head) });
  const numbers = new Map<string, number>();
  const number = (token: string) => {
    let id = numbers.get(token);
    if (id === undefined) numbers.set(token, (id = numbers.size));
    return id;
  };
  const x = Int32Array.from(before.slice(head, before.length - tail), number);
  const y = Int32Array.from(after.slice(head, after.length - tail), number);
  // Between common runs: what `before` loses, then what `after` gains.
  let atX = 0;
  let atY = 0;
  const changeUpTo = (toX: number, toY: number) => {
    if (toX > atX) edits.push({ op: 'delete', tokens: before.slice(head + atX, head + toX) });
    if (toY > atY) edits.push({ op: 'insert', tokens: after.slice(head + atY, head + toY) });
  };
  diffSequences(
    x.length,
    y.length,
    (i, j) => x[i] === y[j],
    (common, fromX, fromY) => {
      changeUpTo(fromX, fromY);
      edits.push({ op: 'equal', tokens: before.slice(head + fromX, head + fromX + common) });
      atX = fromX + common;
      atY = fromY + common;
    },
  );
  changeUpTo(x.length, y.length);
  if (tail) edits.push({ op: 'equal', tokens: before.slice(before.length - tail) });
  return tidy(edits);
}

export function diffText(before: string, after: string): Edit[] {
  return diffTokens(tokenize(before), tokenize(after));
}

/** Applies edits to the tokens they were computed from; returns the new tokens. */
export function applyEdits(before: readonly string[], edits: readonly Edit[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.op === 'insert') {
      out.push(...edit.tokens);
      continue;
    }
    for (const token of edit.tokens) {
      if (before[at] !== token) throw new Error(`edit does not fit: expected ${JSON.stringify(token)} at ${at}, found ${JSON.stringify(before[at])}`);
      if (edit.op === 'equal') out.push(token);
      at += 1;
    }
  }
  if (at !== before.length) throw new Error(`edits cover ${at} of ${before.length} tokens`);
  return out;
}

/** Words added and removed (what the timeline's change bars count). */
export function countChangedWords(edits: readonly Edit[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const edit of edits) {
    if (edit.op === 'equal') continue;
    let words = 0;
    for (const token of edit.tokens) if (isWordToken(token)) words += 1;
    if (edit.op === 'insert') added += words;
    else removed += words;
  }
  return { added, removed };
}
