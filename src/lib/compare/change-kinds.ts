/**
 * The kinds of change, defined once. Every change between two texts (a
 * clause, a heading, a whole version) is one of them, from the least to the
 * most meaningful:
 *
 *  - formatting: the same words and links; only the markup differs (bold, a heading level);
 *  - artefact: what differs is the archive's capture, not the service's text: an e-mail
 *    address the captured page's host hid ("[email protected]"), tracking parameters in
 *    an address, and the like;
 *  - link: only the address of a link (or an address written out in the text) changed;
 *  - spelling: only spelling, capitals, punctuation or spacing changed (a typo fixed);
 *  - substantive: words were added, removed or replaced.
 *
 * Each test strips what the kinds below it may change and compares what is
 * left. Pure functions over the tokens and edits of word-diff.ts.
 */
import { LINK_CLOSE, LINK_OPEN } from '../model/marks.ts';
import type { Block } from '../model/model.ts';
import type { ChangeRow, Comparison } from './align.ts';
import { CLAUSE_BREAK, foldSpace, isLinkToken, letterRuns, tokenize } from './tokens.ts';
import type { Edit } from './word-diff.ts';

export type KindOfChange = 'formatting' | 'artefact' | 'link' | 'spelling' | 'substantive';

/** From the least to the most meaningful: a version's kind is the heaviest of its changes. */
export const KIND_ORDER: readonly KindOfChange[] = ['formatting', 'artefact', 'link', 'spelling', 'substantive'];

/** What the site says about each kind: a short label and one sentence. */
export const KINDS_OF_CHANGE: Record<KindOfChange, { label: string; means: string }> = {
  substantive: {
    label: 'substantive change',
    means: 'Words were added, removed or replaced: what the text says may have changed.',
  },
  spelling: {
    label: 'spelling, punctuation or spacing only',
    means: 'Only spelling, capital letters, punctuation or spacing changed (a typo fixed, a comma added); the words are the same.',
  },
  link: {
    label: 'links only',
    means: 'Only the address a link points to changed (or an address written out in the text); the words are the same.',
  },
  artefact: {
    label: 'capture artefact',
    means:
      'What differs comes from how the archive captured the page, not from the service: an e-mail address the page’s host hid as “[email protected]”, tracking parameters added to an address, and the like.',
  },
  formatting: {
    label: 'formatting only',
    means: 'The same words and links; only the layout or markup changed (bold text, a heading level, a list).',
  },
};

export const heavier = (a: KindOfChange, b: KindOfChange): KindOfChange => (KIND_ORDER.indexOf(a) >= KIND_ORDER.indexOf(b) ? a : b);

/** The kinds a reader does not need to see to follow what a service changed: hidden by default, bridged. */
export const isMinorKind = (kind: KindOfChange): boolean => kind !== 'substantive';

// "[email protected]" is Cloudflare's e-mail obfuscation; the space may be a no-break space.
const HIDDEN_EMAIL = /\[email[\s\u00a0]protected\]/giu;
const HAS_HIDDEN_EMAIL = /\[email[\s\u00a0]protected\]/iu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const HIDDEN_EMAIL_LINK = /\/cdn-cgi\/l\/email-protection/i;
const EMAIL_PLACEHOLDER = '\uE000email';
/** Query parameters that track a visit and say nothing about the page: dropped before comparing addresses. */
const TRACKING_PARAMETER = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|ref_src|ref_url|wcmmode)$/i;
// An address written out in the text: a scheme, "www.", or a host with a common top-level domain.
const ADDRESS_IN_TEXT =
  /\b(?:https?:\/\/|www\.)[^\s⟨⟩]+|\b(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|ai|eu|gov|edu|co|uk|ie|de|fr|us)\/[^\s⟨⟩]*/giu;

const MAY_BE_WWW = /www\./i;
const HAS_WORD = /[\p{L}\p{M}\p{N}]/u;

/** A link target without tracking parameters. */
export function withoutTracking(address: string): string {
  const query = address.indexOf('?');
  if (query === -1) return address;
  const hash = address.indexOf('#', query);
  const end = hash === -1 ? address.length : hash;
  const kept = address
    .slice(query + 1, end)
    .split('&')
    .filter((pair) => pair && !TRACKING_PARAMETER.test(pair.split('=')[0]!));
  return `${address.slice(0, query)}${kept.length ? `?${kept.join('&')}` : ''}${address.slice(end)}`;
}

// Made once: a regular expression built per call is compiled per call (most of a cold comparison's time in this module).
const LINK_TARGET = new RegExp(`${LINK_OPEN}([^${LINK_CLOSE}]*)${LINK_CLOSE}`, 'gu');
const LINK_TARGET_AND_SPACE = new RegExp(`\\s*${LINK_OPEN}[^${LINK_CLOSE}]*${LINK_CLOSE}`, 'gu');

/** The text with capture artefacts evened out. E-mail addresses are evened out only when one side hides one. */
function withoutArtefacts(text: string, hiddenEmail: boolean): string {
  let out = text.replace(LINK_TARGET, (_, address: string) => {
    if (hiddenEmail && (address.startsWith('mailto:') || HIDDEN_EMAIL_LINK.test(address))) return `${LINK_OPEN}${EMAIL_PLACEHOLDER}${LINK_CLOSE}`;
    return `${LINK_OPEN}${withoutTracking(address)}${LINK_CLOSE}`;
  });
  if (hiddenEmail) out = out.replace(HIDDEN_EMAIL, EMAIL_PLACEHOLDER).replace(EMAIL, EMAIL_PLACEHOLDER);
  return out;
}

/** The text without link targets or addresses written out. */
function withoutLinks(text: string): string {
  // A link target follows its text after one space: it goes with that space, so adding a link adds no spacing.
  const words = text.replace(LINK_TARGET_AND_SPACE, '');
  // An address needs a "/" or "www." (most clauses have neither): a scan for them is far cheaper than ADDRESS_IN_TEXT,
  // which tries every word as a host name.
  return words.includes('/') || MAY_BE_WWW.test(words) ? words.replace(ADDRESS_IN_TEXT, ' ') : words;
}

/** Lower-case words alone: spelling's neighbours (capitals, punctuation, spacing, clause breaks) gone. */
function wordsOf(text: string): string[] {
  return letterRuns(text.replaceAll(CLAUSE_BREAK, ' ').toLowerCase());
}

/** Damerau-Levenshtein distance, stopping early once above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Words of the two whole versions: a misspelling that was fixed is gone from the text after. */
export interface SpellingContext {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
}

/**
 * A spelling fix: one word for one, a few letters apart, no digits, the
 * word that went is nowhere in the later text and the word that came was
 * already used in the earlier one: "affilitates" → "affiliates" is a fix;
 * "deny" → "defy" is not when "deny" is still used elsewhere, nor when
 * "defy" is new to the text. Erring this way keeps real changes visible.
 */
function isSpellingFix(old: string, young: string, context?: SpellingContext): boolean {
  if (/\p{N}/u.test(old) || /\p{N}/u.test(young)) return false;
  const shorter = Math.min(old.length, young.length);
  if (shorter < 4) return false;
  if (distance(old, young, 2) > (shorter >= 7 ? 2 : 1)) return false;
  if (!context) return true;
  return !context.after.has(old) && context.before.has(young);
}

function sameWordsButSpelling(before: readonly string[], after: readonly string[], context?: SpellingContext): boolean {
  if (before.length !== after.length) return false;
  return before.every((word, i) => word === after[i] || isSpellingFix(word, after[i]!, context));
}

/** The kind of change from one marked text (see renderFragment) to another. Equal texts are 'formatting'. */
export function kindOfTextChange(before: string, after: string, context?: SpellingContext): KindOfChange {
  return kindOfTokenizedChange(tokenize(before).join(''), tokenize(after).join(''), context);
}

/** kindOfTextChange for texts that are already tokens joined (white space folded as tokenize folds it). */
function kindOfTokenizedChange(old: string, young: string, context?: SpellingContext): KindOfChange {
  if (old === young) return 'formatting';
  const hiddenEmail = HAS_HIDDEN_EMAIL.test(old) || HAS_HIDDEN_EMAIL.test(young);
  const [oldClean, youngClean] = [withoutArtefacts(old, hiddenEmail), withoutArtefacts(young, hiddenEmail)];
  if (oldClean === youngClean) return 'artefact';
  const [oldWords, youngWords] = [withoutLinks(oldClean), withoutLinks(youngClean)];
  // Without link targets, whose spaces tokenize keeps, white space folds the same without making tokens.
  if (foldSpace(oldWords) === foldSpace(youngWords)) return 'link';
  return sameWordsButSpelling(wordsOf(oldWords), wordsOf(youngWords), context) ? 'spelling' : 'substantive';
}

/** The two sides of word-level edits as marked text. */
export function sidesOfEdits(edits: readonly Edit[]): { before: string; after: string } {
  let before = '';
  let after = '';
  for (const edit of edits) {
    const text = edit.tokens.join('');
    if (edit.op !== 'insert') before += text;
    if (edit.op !== 'delete') after += text;
  }
  return { before, after };
}

/** The kind of a changed clause or heading, from its word-level edits. */
export function kindOfEdits(edits: readonly Edit[], context?: SpellingContext): KindOfChange {
  // Each side is tokens joined, which tokenize gives back unchanged (tokens.test.ts): no need to tokenize it again.
  const { before, after } = sidesOfEdits(edits);
  return kindOfTokenizedChange(before, after, context);
}

/** Words of a whole text for SpellingContext: lower case, links left out. */
export function wordSet(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const word of wordsOf(withoutLinks(text))) words.add(word);
  return words;
}

/** A clause added or removed whole: substantive, unless it holds no words (a bare link, or nothing). */
export function kindOfWholeClause(marked: string): KindOfChange {
  // wordsOf(...).length > 0 without listing the words: lower-casing makes no letter, mark or number, nor takes one away.
  if (HAS_WORD.test(withoutLinks(marked))) return 'substantive';
  return tokenize(marked).some(isLinkToken) ? 'link' : 'formatting';
}

/** The kind of one aligned row (see align.ts): added, removed and moved clauses count as substantive. */
export function kindOfRow(row: ChangeRow, before: readonly Block[], after: readonly Block[], context?: SpellingContext): KindOfChange | undefined {
  if (row.kind === 'unchanged') return undefined;
  const textOf = (block: Block) => (block.type === 'section' ? block.title : block.marked);
  if (row.kind === 'added') return heaviestOf(row.new.map((i) => kindOfWholeClause(textOf(after[i]!))));
  if (row.kind === 'removed') return heaviestOf(row.old.map((i) => kindOfWholeClause(textOf(before[i]!))));
  if (row.kind === 'moved') return 'substantive';
  return row.edits ? kindOfEdits(row.edits, context) : 'formatting';
}

function heaviestOf(kinds: readonly KindOfChange[]): KindOfChange {
  return kinds.reduce(heavier, 'formatting');
}

/** The heaviest kind with a count above zero ('formatting' when none): a comparison's kind from its rows counted by kind. */
export function heaviestCounted(byKind: Readonly<Record<KindOfChange, number>>): KindOfChange {
  return [...KIND_ORDER].reverse().find((kind) => byKind[kind] > 0) ?? 'formatting';
}

/** The kind of a whole comparison: the heaviest kind of its rows ('formatting' when no clause changed). */
export function kindOfComparison(comparison: Pick<Comparison, 'rows'>, before: readonly Block[], after: readonly Block[]): KindOfChange {
  const context = spellingContext(before, after);
  return heaviestOf(comparison.rows.flatMap((row) => kindOfRow(row, before, after, context) ?? []));
}

const wordsOfVersion = new WeakMap<readonly Block[], Set<string>>();

function versionWords(blocks: readonly Block[]): Set<string> {
  let words = wordsOfVersion.get(blocks);
  if (!words) wordsOfVersion.set(blocks, (words = wordSet(blocks.map((b) => (b.type === 'section' ? b.title : b.marked)))));
  return words;
}

/** The words of two versions, gathered only when a possible typo needs them (most changes never do), once per version. */
export function spellingContext(before: readonly Block[], after: readonly Block[]): SpellingContext {
  return {
    get before() {
      return versionWords(before);
    },
    get after() {
      return versionWords(after);
    },
  };
}
