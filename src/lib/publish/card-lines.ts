/**
 * What a clause card says, from the facts the build's model and the browser's
 * dataset both give: the change that brought its text, the lines it shows,
 * its title. Pure and free of Node (no hashing here: card-texts.ts hashes),
 * so the browser computes the cards no page holds with these same functions
 * (card-compute.ts).
 */
import { redlineHtml } from '../compare/compare-view.ts';
import type { Comparison } from '../compare/align.ts';
import type { Block, Version } from '../model/model.ts';
import { formatDateIn } from './i18n/format.ts';
import type { Locale } from './i18n/locales.ts';
import { documentNameIn, regionLabelIn } from './i18n/labels.ts';
import { cardStrings } from './i18n/ui/cards.ts';
import { comparePath } from './paths.ts';

/** What a card reads of a version: its address, dates and flags (the model's Version has them all). */
export type CardVersion = Pick<Version, 'service' | 'document' | 'id' | 'region' | 'regionLabel' | 'firstRecorded' | 'lastRecorded' | 'effectiveDate' | 'hidden' | 'anomaly' | 'bridgedFrom'>;

export interface CardChange {
  /**
   * On a card following the latest text: how the clause changed in that
   * version since the last shown one. On a pinned card: how its text came
   * to be ('new', 'changed'; 'unchanged' when the words were there before
   * under another clause ID; 'first' in the first version recorded).
   */
  kind: 'new' | 'changed' | 'unchanged' | 'first';
  /** Redline against the version compared with, when the clause changed. */
  redline?: string;
  /** The version the change came in (new, changed) or the clause reads the same since (unchanged). */
  since?: CardVersion;
  compareHref?: string;
}

/** What a pinned card adds: the versions that carried its text, and when the text went. */
export interface PinnedText {
  hash: string;
  /** Every version of the region that held this clause with this text, oldest first. */
  versions: CardVersion[];
  /** The first shown version after the last of them, when the text is gone, and that change. */
  gone?: { version: CardVersion; compareHref: string };
}

/** What the lines and title of a clause card read: a ClauseCard (cards.ts) is one, and so is a computed card. */
export interface ClauseCardFacts {
  pinned: boolean;
  service: { name: string };
  document: { id: string; title: string; regions: readonly unknown[] };
  version: CardVersion;
  sectionTitle: string | undefined;
  change: CardChange;
  text?: PinnedText;
}

/** How a version's blocks compare with an earlier version's (the build caches these; the browser computes one). */
export type CompareVersionPair = <V extends CardVersion & { blocks: readonly Block[] }>(before: V, after: V) => Comparison;

/** How `version`'s block `at` compares with `before` (undefined: nothing before it). */
export function changeFrom<V extends CardVersion & { blocks: readonly Block[] }>(before: V | undefined, version: V, at: number, compare: (before: V, after: V) => Comparison): CardChange {
  if (!before) return { kind: 'first' };
  const row = compare(before, version).rows.find((r) => r.new.includes(at));
  const compareHref = comparePath(before, version);
  if (!row || row.kind === 'added') return { kind: 'new', since: version, compareHref };
  if (row.edits) return { kind: 'changed', redline: redlineHtml(row.edits), since: version, compareHref };
  return { kind: 'unchanged', since: version, compareHref };
}

/**
 * What lists of changes compare a version with (compare/bridge.ts, changeList): a shown version with the last
 * shown one before it, over any hidden ones; a hidden version with the one just before. `regionVersions` oldest first.
 */
export function comparedWithIn<V extends CardVersion>(regionVersions: readonly V[]): (version: V) => V | undefined {
  const byId = new Map(regionVersions.map((v) => [v.id, v]));
  const indexOf = new Map(regionVersions.map((v, i) => [v.id, i]));
  // By ID: the browser's versions carry their blocks in copies.
  return (version) => (version.hidden ? regionVersions[(indexOf.get(version.id) ?? 0) - 1] : byId.get(version.bridgedFrom ?? ''));
}

/**
 * The earliest version since which the clause has read the same, going back from `version`: the same clause ID
 * with the same text (its hash, as pinned cards count texts: words and link targets). A hidden version without it
 * (an anomaly, a flicker, a re-extraction) does not end the run, as it does not end a bridged comparison; a shown
 * one does. `hashIn` gives the clause's text hash in a version (undefined: the version does not hold it).
 */
export function unchangedSince<V extends CardVersion>(version: V, regionVersions: readonly V[], hashIn: (version: V) => string | undefined): V {
  const hash = hashIn(version);
  let first = version;
  for (let i = regionVersions.findIndex((v) => v.id === version.id) - 1; i >= 0; i -= 1) {
    const earlier = regionVersions[i]!;
    if (hashIn(earlier) === hash) first = earlier;
    else if (!earlier.hidden) break;
  }
  return first;
}

/** Where a pinned text went: the first shown version after the last that held it, and the change into it. */
export function goneAfter<V extends CardVersion>(regionVersions: readonly V[], last: V, comparedWith: (version: V) => V | undefined): PinnedText['gone'] {
  const goneIn = regionVersions.slice(regionVersions.findIndex((v) => v.id === last.id) + 1).find((v) => !v.hidden);
  const goneFrom = goneIn && comparedWith(goneIn);
  return goneIn && goneFrom ? { version: goneIn, compareHref: comparePath(goneFrom, goneIn) } : undefined;
}

const documentName = (card: ClauseCardFacts, locale: Locale) => documentNameIn(locale, card.service, card.document);

/**
 * A clause card's title in two parts: ours (the document's name and region, in the locale) and the section's
 * title, the policy's own words (so a page marks it `lang="en"`), after `separator`.
 */
export function cardTitleParts(card: ClauseCardFacts, locale: Locale): { lead: string; separator: string; section?: string } {
  const t = cardStrings[locale];
  const region = card.document.regions.length > 1 ? t.regionInTitle(regionLabelIn(locale, card.version)) : '';
  return { lead: `${documentName(card, locale)}${region}`, separator: t.titleSeparator, ...(card.sectionTitle ? { section: card.sectionTitle } : {}) };
}

/** A clause card's title, for the page, oEmbed and the social image. */
export function clauseCardTitle(card: ClauseCardFacts, locale: Locale): string {
  const { lead, separator, section } = cardTitleParts(card, locale);
  return section ? `${lead}${separator}${section}` : lead;
}

/** One line on which text a card shows: the latest, or the span of versions a pinned text was recorded in. */
export function cardVersionLine(card: ClauseCardFacts, locale: Locale): string {
  const t = cardStrings[locale];
  const date = (iso: string) => formatDateIn(locale, iso);
  if (card.text) {
    const versions = card.text.versions;
    return t.pinnedLine(date(versions[0]!.firstRecorded), date(versions.at(-1)!.lastRecorded), versions.length);
  }
  const effective = card.version.effectiveDate ? t.effective(date(card.version.effectiveDate)) : t.noEffectiveDate;
  return t.latestLine(date(card.version.firstRecorded), effective);
}

/** On a pinned card: the span of versions its text was recorded in, as a heading for it. */
export function cardTextSpan(card: ClauseCardFacts, locale: Locale): string {
  const versions = card.text!.versions;
  return cardStrings[locale].textSpan(formatDateIn(locale, versions[0]!.firstRecorded), formatDateIn(locale, versions.at(-1)!.lastRecorded), versions.length);
}

/** A sentence that may end in a link: what the page renders as text, then `<a>`. */
export interface CardLine {
  text: string;
  link?: { label: string; href: string };
  redline?: string;
}

/** The change line: on a latest card, the change in its version; on a pinned card, the change that brought its text. */
export function cardChangeLine(card: ClauseCardFacts, locale: Locale): CardLine {
  const t = cardStrings[locale];
  const { change } = card;
  const date = (v: CardVersion | undefined) => formatDateIn(locale, v!.firstRecorded);
  if (change.kind === 'first') return { text: t.firstVersion };
  if (card.pinned) {
    if (change.kind === 'unchanged') return { text: t.broughtSame(date(change.since)) };
    const text = change.kind === 'new' ? t.broughtNew(date(change.since)) : t.broughtChanged(date(change.since));
    return { text, link: { label: t.seeTheChange, href: change.compareHref! }, ...(change.redline ? { redline: change.redline } : {}) };
  }
  if (change.kind === 'unchanged') return { text: t.unchangedSince(date(change.since)) };
  if (change.kind === 'new') return { text: t.newHere, link: { label: t.seeTheChange, href: change.compareHref! } };
  return { text: t.changedHere, link: { label: t.wholeComparison, href: change.compareHref! }, redline: change.redline! };
}

/** On a pinned card: whether its text is still the latest, or when it went. */
export function cardGoneLine(card: ClauseCardFacts, locale: Locale): CardLine | undefined {
  if (!card.text) return undefined;
  const t = cardStrings[locale];
  const gone = card.text.gone;
  return gone ? { text: t.goneSince(formatDateIn(locale, gone.version.firstRecorded)), link: { label: t.seeTheChange, href: gone.compareHref } } : { text: t.stillCurrent };
}


/**
 * Whether a clause's HTML holds blocks of its own (paragraphs, lists, tables:
 * an "html" or blockquote clause from some pages), which a <p> cannot hold.
 */
export function holdsBlocks(html: string): boolean {
  return /<(?:p|ul|ol|dl|table|div|blockquote|pre|h[1-6]|figure|section)\b/i.test(html);
}
