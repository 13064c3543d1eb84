/**
 * Anchors an annotation's TextQuoteSelector in every version of its
 * document, the way Hypothesis re-anchors web annotations: the exact quote
 * first; failing that, an approximate match (Myers' bit-parallel algorithm,
 * from approx-string-match, the library Hypothesis uses) scored on the quote,
 * the prefix, the suffix and the clause hint; else unanchored.
 */
import search from 'approx-string-match';
import type { Anchor } from './annotation.ts';
import type { PolicyDocument, Version } from '../model/model.ts';
import type { Clause } from '../model/model.ts';
import { contentWords, tokenize } from '../compare/tokens.ts';
import { diffTokens } from '../compare/word-diff.ts';

export interface AnchorMatch {
  versionId: string;
  clauseId: string;
  /** Character offsets of the match in the clause's plain text. */
  start: number;
  end: number;
  /** The clause text at the match: what the quote reads in this version. */
  text: string;
  /** 0..1: how close the match is to the quote (1 = exact). */
  quality: number;
  score: number;
}

export type VersionAnchoring =
  | { status: 'exact' | 'fuzzy'; match: AnchorMatch }
  | { status: 'ambiguous'; candidates: AnchorMatch[] }
  | { status: 'none' };

// Weights as in Hypothesis's match-quote: the quote counts most, context breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const HINT_WEIGHT = 10;
/** A fuzzy match may differ from the quote in at most this share of its characters. */
const MAX_ERROR_RATE = 0.2;
/** A fuzzy match must also keep this much of the stated prefix and suffix, when there are any. */
const MIN_CONTEXT = 0.5;
/** Two candidates closer than this in score are indistinguishable. */
const TIE = 1;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Words whose change always changes what a sentence says: amounts and
 * negations. Names are not among them ("Data Protection Framework" corrected
 * to "Data Privacy Framework" is the same clause); a note about a name
 * declares it in `anchor.essential`.
 */
const DEFINING = /^(?:\p{N}[\p{N}.,]*|not|no|never|nor|without|except)$/iu;

/**
 * The words of the quote that an approximate match replaced or dropped and
 * that the note is about: the anchor's `essential` words, any number, any
 * negation. A match that changes one of them is another clause, not the same
 * clause reworded: with `essential: [Texas]`, "the State of California" is
 * not "the State of Texas" reworded.
 */
export function changedDefiningWords(anchor: Anchor, matched: string): string[] {
  const essential = (anchor.essential ?? []).map((w) => w.toLowerCase());
  const lost: string[] = [];
  for (const word of essential) if (!matched.toLowerCase().includes(word)) lost.push(word);
  for (const edit of diffTokens(tokenize(normalise(anchor.exact)), tokenize(normalise(matched)))) {
    if (edit.op === 'equal') continue;
    for (const token of edit.tokens) if (DEFINING.test(token.trim())) lost.push(token.trim());
  }
  return [...new Set(lost)];
}

/** Similarity of two short strings, 0..1, from their edit distance. */
function closeness(a: string, b: string): number {
  if (!a && !b) return 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let previous = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const current = [i];
    for (let j = 1; j < cols; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[cols - 1]! / Math.max(a.length, b.length);
}

/** How well the text around a match agrees with the stated prefix and suffix: 0..1, or undefined when none is stated. */
function contextAgreement(anchor: Anchor, clauses: Clause[], index: number, start: number, end: number): { prefix?: number; suffix?: number } {
  const text = clauses[index]!.text;
  const agreement: { prefix?: number; suffix?: number } = {};
  if (anchor.prefix) {
    // Context may reach into the clause before.
    const before = `${clauses[index - 1]?.text ?? ''} ${text.slice(0, start)}`;
    agreement.prefix = closeness(normalise(before).slice(-anchor.prefix.length), normalise(anchor.prefix));
  }
  if (anchor.suffix) {
    const after = `${text.slice(end)} ${clauses[index + 1]?.text ?? ''}`;
    agreement.suffix = closeness(normalise(after).slice(0, anchor.suffix.length), normalise(anchor.suffix));
  }
  return agreement;
}

function score(anchor: Anchor, clauses: Clause[], index: number, quality: number, context: { prefix?: number; suffix?: number }): number {
  let total = QUOTE_WEIGHT * quality + PREFIX_WEIGHT * (context.prefix ?? 0) + SUFFIX_WEIGHT * (context.suffix ?? 0);
  if (anchor.clause && clauses[index]!.id === anchor.clause) total += HINT_WEIGHT;
  return total;
}

function exactMatches(anchor: Anchor, version: Version, clauses: Clause[]): AnchorMatch[] {
  const quote = normalise(anchor.exact);
  const found: AnchorMatch[] = [];
  clauses.forEach((clause, index) => {
    for (let at = clause.text.indexOf(quote); at !== -1; at = clause.text.indexOf(quote, at + 1)) {
      const end = at + quote.length;
      const context = contextAgreement(anchor, clauses, index, at, end);
      found.push({ versionId: version.id, clauseId: clause.id, start: at, end, text: quote, quality: 1, score: score(anchor, clauses, index, 1, context) });
    }
  });
  return found;
}

function fuzzyMatches(anchor: Anchor, version: Version, clauses: Clause[]): AnchorMatch[] {
  const quote = normalise(anchor.exact);
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  const found: AnchorMatch[] = [];
  clauses.forEach((clause, index) => {
    if (clause.text.length < quote.length - maxErrors) return;
    const best = new Map<number, { start: number; end: number; errors: number }>();
    for (const match of search(clause.text, quote, maxErrors)) {
      // Overlapping matches end at different places for one occurrence; keep the fewest errors per start.
      const kept = best.get(match.start);
      if (!kept || match.errors < kept.errors) best.set(match.start, match);
    }
    for (const match of best.values()) {
      const quality = 1 - match.errors / quote.length;
      const context = contextAgreement(anchor, clauses, index, match.start, match.end);
      // Near-misses of a quote are common in legal prose; stated context must agree too.
      const stated = [context.prefix, context.suffix].filter((x): x is number => x !== undefined);
      if (stated.length > 0 && stated.reduce((a, b) => a + b, 0) / stated.length < MIN_CONTEXT) continue;
      if (changedDefiningWords(anchor, clause.text.slice(match.start, match.end)).length > 0) continue;
      found.push({
        versionId: version.id,
        clauseId: clause.id,
        start: match.start,
        end: match.end,
        text: clause.text.slice(match.start, match.end),
        quality,
        score: score(anchor, clauses, index, quality, context),
      });
    }
  });
  // Of matches overlapping within one clause, keep the best.
  found.sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: AnchorMatch[] = [];
  for (const match of found) {
    if (!kept.some((k) => k.clauseId === match.clauseId && k.start < match.end && match.start < k.end)) kept.push(match);
  }
  return kept;
}

function decide(candidates: AnchorMatch[], status: 'exact' | 'fuzzy'): VersionAnchoring {
  if (candidates.length === 0) return { status: 'none' };
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.clauseId.localeCompare(b.clauseId) || a.start - b.start);
  const tied = ranked.filter((c) => ranked[0]!.score - c.score < TIE);
  if (tied.length > 1) return { status: 'ambiguous', candidates: tied };
  return { status, match: ranked[0]! };
}

const clausesOf = (version: Version) => version.blocks.filter((b): b is Clause => b.type === 'clause');

export function anchorInVersion(anchor: Anchor, version: Version): VersionAnchoring {
  const clauses = clausesOf(version);
  const exact = exactMatches(anchor, version, clauses);
  if (exact.length > 0) return decide(exact, 'exact');
  return decide(fuzzyMatches(anchor, version, clauses), 'fuzzy');
}

/** Words too common to say which clause a quote came from. */
const COMMON = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'is', 'are', 'be', 'we', 'you', 'your', 'our', 'us', 'it', 'this', 'that', 'with']);

/** The clause most like the quote, for error messages when nothing anchors. */
export function closestClause(anchor: Anchor, versions: readonly Version[]): { version: Version; clause: Clause; similarity: number } | undefined {
  const quote = contentWords(anchor.exact).filter((w) => !COMMON.has(w));
  let best: { version: Version; clause: Clause; similarity: number } | undefined;
  for (const version of versions) {
    for (const clause of clausesOf(version)) {
      const words = new Set(contentWords(clause.text));
      const shared = quote.filter((w) => words.has(w)).length;
      const similarity = quote.length ? shared / quote.length : 0;
      if (!best || similarity > best.similarity) best = { version, clause, similarity };
    }
  }
  return best;
}

/**
 * appears / returns: the quoted text is there and was not in the version before;
 * changes: its wording changed (a fuzzy match); context-changes: it stayed,
 * the clause around it was reworded; vanishes: it is gone.
 */
export type AnchorEvent = {
  kind: 'appears' | 'changes' | 'context-changes' | 'vanishes' | 'returns';
  versionId: string;
  region: string;
  /** The version before, in the region's order, where there is one. */
  previousVersionId?: string;
  /** What the quoted words (or, for context-changes, their clause) read before and after. */
  before?: string;
  after?: string;
  /** Whether the words found in this version are the quote exactly (an approximate match is not). */
  exact?: boolean;
};

export interface DocumentAnchoring {
  /** Per version, in document order. */
  byVersion: { version: Version; result: VersionAnchoring }[];
  /** Where the quoted text appears, changes wording or vanishes, in each region's order. */
  events: AnchorEvent[];
}

/** Anchors in every version of the document (of one region when `region` is given). */
export function anchorInDocument(anchor: Anchor, document: PolicyDocument, region?: string): DocumentAnchoring {
  const versions = document.versions.filter((v) => !region || v.region === region);
  const byVersion = versions.map((version) => ({ version, result: anchorInVersion(anchor, version) }));
  const events: AnchorEvent[] = [];
  for (const { id } of document.regions) {
    let previous: { match: AnchorMatch; clause: string } | undefined;
    let previousVersionId: string | undefined;
    let seen = false;
    for (const { version, result } of byVersion.filter((entry) => entry.version.region === id)) {
      const match = result.status === 'exact' || result.status === 'fuzzy' ? result.match : undefined;
      const clause = match ? clausesOf(version).find((c) => c.id === match.clauseId)!.text : '';
      const at = { versionId: version.id, region: id, ...(previousVersionId ? { previousVersionId } : {}) };
      const exact = match?.quality === 1;
      if (match && !previous) events.push({ kind: seen ? 'returns' : 'appears', ...at, after: match.text, exact });
      else if (match && previous && match.text !== previous.match.text) events.push({ kind: 'changes', ...at, before: previous.match.text, after: match.text, exact });
      else if (match && previous && clause !== previous.clause) events.push({ kind: 'context-changes', ...at, before: previous.clause, after: clause, exact });
      else if (!match && previous) events.push({ kind: 'vanishes', ...at, before: previous.match.text });
      if (match) seen = true;
      previous = match ? { match, clause } : undefined;
      previousVersionId = version.id;
    }
  }
  return { byVersion, events };
}
