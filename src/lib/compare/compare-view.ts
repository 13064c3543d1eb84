/**
 * A comparison as the compare page shows it: rows with their redline HTML,
 * unchanged runs gathered for collapsing, a jump list of every change.
 * Pure: pages only render what this returns.
 */
import { compareVersions, type ChangeCounts, type ChangeKind, type ChangeRow, type CompareVersions } from './align.ts';
import type { PolicyDocument, Version } from '../model/model.ts';
import type { Block } from '../model/model.ts';
import { CLAUSE_BREAK, isLinkToken, linkTarget } from './tokens.ts';
import { LINK_OPEN } from '../model/marks.ts';
import type { Edit } from './word-diff.ts';
import { kindOfRow, spellingContext, type KindOfChange } from './change-kinds.ts';
import { escapeHtml as escape } from '../escape-html.ts';

/** One token as text: link targets read "link: host/path", clause breaks become line breaks. */
function tokenHtml(token: string, inChange: boolean): string {
  if (token === CLAUSE_BREAK) return '<br class="clause-break">';
  if (isLinkToken(token)) {
    if (!inChange) return '';
    const target = linkTarget(token).replace(/^https?:\/\//, '');
    return ` <span class="link-target">[link: ${escape(target)}]</span>`;
  }
  return escape(token);
}

/** Tokens as text. Escaping goes character by character: a run without links or clause breaks is escaped at once. */
function tokensHtml(tokens: readonly string[], inChange: boolean): string {
  const text = tokens.join('');
  return text.includes(LINK_OPEN) || text.includes(CLAUSE_BREAK) ? tokens.map((t) => tokenHtml(t, inChange)).join('') : escape(text);
}

const TAG = { insert: 'ins', delete: 'del' } as const;

/** What a screen reader says around an insertion and a deletion, in the page's language. */
export interface RedlineWords {
  inserted: string;
  deleted: string;
}
const ENGLISH: RedlineWords = { inserted: 'inserted', deleted: 'deleted' };

/**
 * Edits as HTML: <del> and <ins>, each opened and closed with words a
 * screen reader says ("deleted: ... end deleted"), so the change is not
 * carried by colour or line style alone. A leading space stays outside.
 */
export function redlineHtml(edits: readonly Edit[], words: RedlineWords = ENGLISH): string {
  return edits
    .map((edit) => {
      if (edit.op === 'equal') return tokensHtml(edit.tokens, false);
      const tag = TAG[edit.op];
      const said = edit.op === 'insert' ? words.inserted : words.deleted;
      let inner = tokensHtml(edit.tokens, true);
      const lead = inner.startsWith(' ') ? ' ' : '';
      inner = inner.slice(lead.length);
      return `${lead}<${tag}><span class="visually-hidden">[${said}: </span>${inner}<span class="visually-hidden"> :end ${said}]</span></${tag}>`;
    })
    .join('');
}

export interface ViewRow {
  kind: ChangeKind;
  /** Kind of change of a changed row (see change-kinds.ts); absent when unchanged. */
  changeKind?: KindOfChange;
  type: 'section' | 'clause';
  /** Anchor for the row: `change-<clause ID>`, or `change-removed-<old clause ID>`. */
  anchor: string;
  /** A clause's ID on the new side (or the old, when removed), for linking to the version page. */
  clauseId: string;
  /** The first clause's ID on the old side, when the row has one. */
  oldClauseId?: string;
  /** Heading of the section the row stands in, for the jump list. */
  where: string;
  /** The clause's first words, for the jump list. */
  excerpt: string;
  /** HTML of an unchanged row (the clause as published). */
  html?: string;
  /** Redline HTML of a changed row. */
  redline?: string;
  /** Heading level for a section row, 2..6. */
  level?: number;
  /** For a move: the title of the section it came from. */
  movedFrom?: string;
  /** For a split or merge: how many clauses stand on each side. */
  split?: { old: number; new: number };
}

/**
 * A row of the page, or a run of unchanged rows the page names in one line: its clauses, and the headings of
 * sections that hold no change (a heading above a change stays a row of its own, for its context).
 */
export type ViewItem = { type: 'row'; row: ViewRow } | { type: 'unchanged-run'; rows: ViewRow[]; clauses: number };

export interface CompareView {
  items: ViewItem[];
  counts: ChangeCounts;
  words: { added: number; removed: number };
  /** Every changed clause or heading, in reading order. */
  jump: ViewRow[];
  /** Changed rows by kind of change. */
  byKind: Record<KindOfChange, number>;
}

/** The first words of a text, what `text.split(/\s+/)` gives up to `words`, without splitting the whole clause. */
function excerpt(text: string, words = 10): string {
  const space = /\s+/g;
  const first: string[] = [];
  let from = 0;
  for (let match = space.exec(text); match && first.length < words; match = space.exec(text)) {
    first.push(text.slice(from, match.index));
    from = match.index + match[0].length;
  }
  return first.length === words ? `${first.join(' ')}…` : text;
}

/**
 * Runs of this many unchanged clauses or more become one line; shorter ones stay in full, as context between two
 * nearby changes that costs about what the line would.
 */
const FOLD_AT = 3;

function sectionTitles(blocks: readonly Block[]): Map<string, string> {
  return new Map(blocks.flatMap((b) => (b.type === 'section' ? [[b.id, b.title] as const] : [])));
}

/** The blocks of a version: all a comparison reads, whether from the model or from the dataset's JSON. */
export type ComparedVersion = Pick<Version, 'blocks'>;

export function compareView(before: ComparedVersion, after: ComparedVersion, compare: CompareVersions = compareVersions, words: RedlineWords = ENGLISH): CompareView {
  const comparison = compare(before, after);
  const oldTitles = sectionTitles(before.blocks);
  const newTitles = sectionTitles(after.blocks);
  let level = 1;
  const context = spellingContext(before.blocks, after.blocks);
  const byKind: Record<KindOfChange, number> = { substantive: 0, spelling: 0, link: 0, artefact: 0, formatting: 0 };
  const rows = comparison.rows.map((row: ChangeRow): ViewRow => {
    const side = row.new.length ? after.blocks : before.blocks;
    const first = side[(row.new.length ? row.new : row.old)[0]!]!;
    const removed = row.new.length === 0;
    const titles = removed ? oldTitles : newTitles;
    const where = first.type === 'clause' ? (titles.get(first.section) ?? '') : first.title;
    const view: ViewRow = {
      kind: row.kind,
      type: row.type,
      anchor: `change-${removed ? 'removed-' : ''}${first.id}`,
      clauseId: first.id,
      ...(row.old.length ? { oldClauseId: before.blocks[row.old[0]!]!.id } : {}),
      where,
      excerpt: excerpt(first.type === 'clause' ? first.text : first.title),
    };
    const changeKind = kindOfRow(row, before.blocks, after.blocks, context);
    if (changeKind) {
      view.changeKind = changeKind;
      byKind[changeKind] += 1;
    }
    if (first.type === 'section') {
      level = Math.min(first.depth, level + 1, 6);
      view.level = Math.max(2, level);
    }
    if (row.edits) view.redline = redlineHtml(row.edits, words);
    // A table row's cells cannot stand outside their table: show its text.
    else view.html = first.type === 'clause' && first.kind === 'table-row' ? escape(first.text) : first.html;
    if (row.kind === 'moved') view.movedFrom = oldTitles.get(row.movedFrom ?? '') ?? '';
    if (row.old.length > 1 || row.new.length > 1) view.split = { old: row.old.length, new: row.new.length };
    return view;
  });

  // The headings a change stands under (the open sections when a changed row comes) stay rows of their own.
  const depths = rows.map((row, i) => {
    const first = comparison.rows[i]!;
    const block = (first.new.length ? after.blocks[first.new[0]!] : before.blocks[first.old[0]!])!;
    return block.type === 'section' ? block.depth : undefined;
  });
  const kept = new Set<number>();
  const open: number[] = [];
  rows.forEach((row, i) => {
    const depth = depths[i];
    if (depth !== undefined) while (open.length > 0 && depths[open.at(-1)!]! >= depth) open.pop();
    if (row.kind !== 'unchanged') for (const index of open) kept.add(index);
    if (depth !== undefined) open.push(i);
  });

  const items: ViewItem[] = [];
  let run: ViewRow[] = [];
  const flush = () => {
    const clauses = run.filter((row) => row.type === 'clause').length;
    if (clauses >= FOLD_AT) items.push({ type: 'unchanged-run', rows: run, clauses });
    else for (const row of run) items.push({ type: 'row', row });
    run = [];
  };
  rows.forEach((row, i) => {
    if (row.kind === 'unchanged' && !kept.has(i)) run.push(row);
    else {
      flush();
      items.push({ type: 'row', row });
    }
  });
  flush();
  relevel(items);
  return { items, counts: comparison.counts, words: comparison.words, jump: rows.filter((r) => r.kind !== 'unchanged'), byKind };
}

/**
 * Heading levels among the headings the page shows: one folded away must not leave a gap (an h2 then an h4),
 * which screen readers announce as a missing level.
 */
function relevel(items: readonly ViewItem[]): void {
  let level = 1;
  for (const item of items) {
    if (item.type !== 'row' || item.row.type !== 'section') continue;
    level = Math.min(item.row.level!, level + 1);
    item.row.level = level;
  }
}

/**
 * A version is minor (hidden by default) when it changes nothing substantive
 * since the last shown version, came from a re-extraction, is a capture
 * anomaly or a flicker no note names: see bridge.ts.
 */
export const isMinor = (version: Version) => version.hidden !== undefined;

/** Every ordered pair (older first) of versions of the same region: all are prerendered. */
export function comparablePairs(document: PolicyDocument): [Version, Version][] {
  const pairs: [Version, Version][] = [];
  for (const region of document.regions) {
    const versions = document.versions.filter((v) => v.region === region.id);
    versions.forEach((older, i) => {
      for (const newer of versions.slice(i + 1)) pairs.push([older, newer]);
    });
  }
  return pairs;
}

/** The version before this one in its region, skipping minor ones unless `includeMinor`. */
export function previousVersion(document: PolicyDocument, version: Version, includeMinor = false): Version | undefined {
  return olderVersions(document, version).find((v) => includeMinor || !isMinor(v));
}

export function nextVersion(document: PolicyDocument, version: Version, includeMinor = false): Version | undefined {
  const same = document.versions.filter((v) => v.region === version.region);
  const index = same.findIndex((v) => v.id === version.id);
  return same.slice(index + 1).find((v) => includeMinor || !isMinor(v));
}

/** Versions of the same region before this one, newest first. */
export function olderVersions(document: PolicyDocument, version: Version): Version[] {
  const same = document.versions.filter((v) => v.region === version.region);
  return same.slice(0, same.findIndex((v) => v.id === version.id)).reverse();
}
