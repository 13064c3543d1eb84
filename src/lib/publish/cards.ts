/**
 * Embeddable cards: per clause, one that follows the latest text and one
 * pinned to each distinct text the clause has had (card-texts.ts); one per
 * note. This module decides what each card says; pages, oEmbed files and
 * images only render it.
 */
import { compareVersions, type CompareVersions } from '../compare/align.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import { redlineHtml } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import { documentOf, latestAnchor } from '../notes/notes-view.ts';
import type { Clause, Section } from '../model/model.ts';
import { distinctClauseTexts } from './card-texts.ts';
import { formatDateIn } from './i18n/format.ts';
import type { Locale } from './i18n/locales.ts';
import { documentNameIn, regionLabelIn } from './i18n/labels.ts';
import { cardStrings } from './i18n/ui/cards.ts';
import { cardAssetPaths, clauseCardPath, clausePath, comparePath, documentImagePath, noteCardPath, notePath, textCardPath } from './paths.ts';

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
  since?: Version;
  compareHref?: string;
}

/** What a pinned card adds: the versions that carried its text, and when the text went. */
export interface PinnedText {
  hash: string;
  /** Every version of the region that held this clause with this text, oldest first. */
  versions: Version[];
  /** The first shown version after the last of them, when the text is gone, and that change. */
  gone?: { version: Version; compareHref: string };
}

export interface ClauseCard {
  kind: 'clause';
  /** The card's own path, e.g. `/cards/x/privacy-policy/<clause-id>/` or `…/t/<hash>/`. */
  path: string;
  /** The card that follows the latest version: the default one. */
  defaultPath: string;
  pinned: boolean;
  service: Service;
  document: PolicyDocument;
  /** The latest version that has the clause, or (pinned) the latest that has this text. */
  version: Version;
  clause: Clause;
  sectionTitle: string | undefined;
  change: CardChange;
  /** Set on pinned cards. */
  text?: PinnedText;
  notes: { id: string; title: string; summary: string; href: string }[];
  /** Where to read the clause in context. */
  contextHref: string;
  /** The social image's route: the clause's own when it is likely to be shared, else the document's. */
  image: string;
  /** Whether `image` is drawn for this clause (on its default card) rather than borrowed. */
  ownImage: boolean;
}

export interface NoteCard {
  kind: 'note';
  path: string;
  annotation: AnchoredAnnotation;
  service: Service;
  document: PolicyDocument;
  /** The clause in the latest version that holds the note's words. */
  version?: Version;
  clause?: Clause;
  contextHref: string;
  image: string;
}

export type Card = ClauseCard | NoteCard;

/** A clause a story quotes or redlines, as resolved from its references. */
export interface SharedClauseRef {
  service: string;
  document: string;
  version: Pick<Version, 'region'>;
  clauseId: string;
}

export interface ClauseCardOptions {
  compare?: CompareVersions;
  /** Clauses our stories quote: their cards are likely to be shared, so they get images of their own. */
  storyClauses?: readonly SharedClauseRef[];
}

const sectionTitleOf = (version: Version, clause: Clause): string | undefined =>
  version.blocks.find((b): b is Section => b.type === 'section' && b.id === clause.section)?.title;

const clauseKey = (service: string, document: string, region: string, clauseId: string) => `${service}/${document}/${region}#${clauseId}`;

/**
 * The clauses whose cards are likely to be shared: those a note anchors (in
 * any version) or a story quotes. Only these draw a social image; every other
 * card shows its document's.
 */
export function sharedClauses(corpus: Corpus, annotations: readonly AnchoredAnnotation[], storyClauses: readonly SharedClauseRef[] = []): Set<string> {
  const shared = new Set(storyClauses.map((r) => clauseKey(r.service, r.document, r.version.region, r.clauseId)));
  for (const annotation of annotations) {
    const document = documentOf(corpus, annotation);
    const regionOf = new Map(document.versions.map((v) => [v.id, v.region]));
    for (const anchor of annotation.anchors) shared.add(clauseKey(document.service, document.id, regionOf.get(anchor.versionId)!, anchor.clauseId));
  }
  return shared;
}

/** How `version`'s clause `at` compares with `before` (undefined: nothing before it). */
type CompareVersionPair = (before: Version, after: Version) => ReturnType<CompareVersions>;

function changeFrom(before: Version | undefined, version: Version, at: number, compare: CompareVersionPair): CardChange {
  if (!before) return { kind: 'first' };
  const row = compare(before, version).rows.find((r) => r.new.includes(at));
  const compareHref = comparePath(before, version);
  if (!row || row.kind === 'added') return { kind: 'new', since: version, compareHref };
  if (row.edits) return { kind: 'changed', redline: redlineHtml(row.edits), since: version, compareHref };
  return { kind: 'unchanged', since: version, compareHref };
}

/**
 * The earliest version since which the clause's words have stood, going back
 * from `version`: a hidden version without them (an anomaly, a flicker, a
 * re-extraction) does not end the run, as it does not end a bridged
 * comparison; a shown one does.
 */
function unchangedSince(version: Version, text: string, regionVersions: readonly Version[]): Version {
  let first = version;
  for (let i = regionVersions.indexOf(version) - 1; i >= 0; i -= 1) {
    const earlier = regionVersions[i]!;
    if (earlier.blocks.some((b) => b.type === 'clause' && b.text === text)) first = earlier;
    else if (!earlier.hidden) break;
  }
  return first;
}

/** Every clause card: per region and clause, one following the latest text, then one per distinct text. */
export function clauseCards(corpus: Corpus, annotations: readonly AnchoredAnnotation[], options: ClauseCardOptions = {}): ClauseCard[] {
  // Many cards of one document compare the same two versions: align each pair once.
  const compared = new Map<string, ReturnType<CompareVersions>>();
  const given = options.compare ?? compareVersions;
  const compare: CompareVersionPair = (before, after) => {
    const key = `${before.service}/${before.document}/${before.id}..${after.id}`;
    let result = compared.get(key);
    if (!result) compared.set(key, (result = given(before, after)));
    return result;
  };
  const shared = sharedClauses(corpus, annotations, options.storyClauses);
  const cards: ClauseCard[] = [];
  for (const service of corpus.services) {
    for (const document of service.documents) {
      const byId = new Map(document.versions.map((v) => [v.id, v]));
      const notesHere = annotations.filter((a) => a.data.service === service.id && a.data.document === document.id);
      const notesOn = (versions: readonly Version[], clauseId: string) =>
        notesHere
          .filter((a) => a.anchors.some((x) => x.clauseId === clauseId && versions.some((v) => v.id === x.versionId)))
          .map((a) => ({ id: a.data.id, title: a.data.title, summary: a.data.summary, href: notePath(a) }));
      for (const region of document.regions) {
        const versions = document.versions.filter((v) => v.region === region.id);
        const latestOf = new Map<string, Version>();
        // A capture anomaly is never the latest text a card follows.
        for (const version of versions) {
          if (version.anomaly) continue;
          for (const block of version.blocks) if (block.type === 'clause') latestOf.set(block.id, version);
        }
        const texts = distinctClauseTexts(versions);
        // What lists of changes compare a version with (compare/bridge.ts, changeList): a shown version
        // with the last shown one before it, over any hidden ones; a hidden version with the one just before.
        const comparedWith = (version: Version): Version | undefined =>
          version.hidden ? versions[versions.indexOf(version) - 1] : byId.get(version.bridgedFrom ?? '');
        for (const [clauseId, version] of latestOf) {
          const defaultPath = clauseCardPath(document, region.id, clauseId);
          const at = version.blocks.findIndex((b) => b.type === 'clause' && b.id === clauseId);
          const clause = version.blocks[at] as Clause;
          // Compared with the last shown version before it, as every list of changes is (compare/bridge.ts).
          let change = changeFrom(comparedWith(version), version, at, compare);
          if (change.kind === 'unchanged') change = { kind: 'unchanged', since: unchangedSince(version, clause.text, versions) };
          const ownImage = shared.has(clauseKey(service.id, document.id, region.id, clauseId));
          const image = ownImage ? cardAssetPaths({ path: defaultPath }).image : documentImagePath(document);
          cards.push({
            kind: 'clause',
            path: defaultPath,
            defaultPath,
            pinned: false,
            service,
            document,
            version,
            clause,
            sectionTitle: sectionTitleOf(version, clause),
            change,
            notes: notesOn([version], clauseId),
            contextHref: clausePath(version, clauseId),
            image,
            ownImage,
          });
        }
        for (const text of texts) {
          const defaultPath = clauseCardPath(document, region.id, text.clauseId);
          const first = text.versions[0]!;
          const last = text.versions.at(-1)!;
          const change = changeFrom(
            comparedWith(first),
            first,
            first.blocks.findIndex((b) => b.type === 'clause' && b.id === text.clauseId),
            compare,
          );
          const goneIn = versions.slice(versions.indexOf(last) + 1).find((v) => !v.hidden);
          const goneFrom = goneIn && comparedWith(goneIn);
          const ownImage = shared.has(clauseKey(service.id, document.id, region.id, text.clauseId));
          cards.push({
            kind: 'clause',
            path: textCardPath(defaultPath, text.hash),
            defaultPath,
            pinned: true,
            service,
            document,
            version: last,
            clause: text.clause,
            sectionTitle: sectionTitleOf(last, text.clause),
            change,
            text: { hash: text.hash, versions: text.versions, ...(goneIn && goneFrom ? { gone: { version: goneIn, compareHref: comparePath(goneFrom, goneIn) } } : {}) },
            notes: notesOn(text.versions, text.clauseId),
            contextHref: clausePath(last, text.clauseId),
            // Pinned cards show their clause's image: one drawing per clause, not per text.
            image: ownImage ? cardAssetPaths({ path: defaultPath }).image : documentImagePath(document),
            ownImage: false,
          });
        }
      }
    }
  }
  return cards;
}

export function noteCards(corpus: Corpus, annotations: readonly AnchoredAnnotation[]): NoteCard[] {
  return annotations.map((annotation) => {
    const document = documentOf(corpus, annotation);
    const service = corpus.services.find((s) => s.id === document.service)!;
    const latest = latestAnchor(annotation, document);
    const clause = latest?.version.blocks.find((b): b is Clause => b.type === 'clause' && b.id === latest.clauseId);
    const path = noteCardPath(annotation);
    return {
      kind: 'note',
      path,
      annotation,
      service,
      document,
      ...(latest ? { version: latest.version } : {}),
      ...(clause ? { clause } : {}),
      contextHref: notePath(annotation),
      image: cardAssetPaths({ path }).image,
    };
  });
}

const documentName = (card: Card, locale: Locale) => documentNameIn(locale, card.service, card.document);

/**
 * A clause card's title in two parts: ours (the document's name and region, in the locale) and the section's
 * title, the policy's own words (so a page marks it `lang="en"`), after `separator`.
 */
export function cardTitleParts(card: ClauseCard, locale: Locale): { lead: string; separator: string; section?: string } {
  const t = cardStrings[locale];
  const region = card.document.regions.length > 1 ? t.regionInTitle(regionLabelIn(locale, card.version)) : '';
  return { lead: `${documentName(card, locale)}${region}`, separator: t.titleSeparator, ...(card.sectionTitle ? { section: card.sectionTitle } : {}) };
}

/** A card's title, for the page, oEmbed and the social image (a note's is its English title: translations are the data's). */
export function cardTitle(card: Card, locale: Locale): string {
  if (card.kind === 'note') return card.annotation.data.title;
  const { lead, separator, section } = cardTitleParts(card, locale);
  return section ? `${lead}${separator}${section}` : lead;
}

/** One line on which text a card shows: the latest, or the span of versions a pinned text was recorded in. */
export function cardVersionLine(card: ClauseCard, locale: Locale): string {
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
export function cardTextSpan(card: ClauseCard, locale: Locale): string {
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
export function cardChangeLine(card: ClauseCard, locale: Locale): CardLine {
  const t = cardStrings[locale];
  const { change } = card;
  const date = (v: Version | undefined) => formatDateIn(locale, v!.firstRecorded);
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
export function cardGoneLine(card: ClauseCard, locale: Locale): CardLine | undefined {
  if (!card.text) return undefined;
  const t = cardStrings[locale];
  const gone = card.text.gone;
  return gone ? { text: t.goneSince(formatDateIn(locale, gone.version.firstRecorded)), link: { label: t.seeTheChange, href: gone.compareHref } } : { text: t.stillCurrent };
}

/** What the social image shows: a title, the clause or summary (shortened), and a footer. */
export function cardImageText(card: Card, locale: Locale, note: { title: string; summary: string } = card.kind === 'note' ? card.annotation.data : { title: '', summary: '' }): { title: string; body: string; footer: string } {
  const t = cardStrings[locale];
  const shorten = (text: string, max = 330) => (text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text);
  // Chinese has no spaces between words: a translated summary is cut at the limit (the clause, English, still at a word's end).
  const shortenChinese = (text: string, max = 150) => (text.length > max ? `${text.slice(0, max)}…` : text);
  if (card.kind === 'note') {
    return { title: note.title, body: /\p{Script=Han}/u.test(note.summary) ? shortenChinese(note.summary) : shorten(note.summary), footer: t.imageNoteFooter(documentName(card, locale)) };
  }
  const when = card.version.effectiveDate ? t.effective(formatDateIn(locale, card.version.effectiveDate)) : t.imageRecorded(formatDateIn(locale, card.version.firstRecorded));
  return { title: cardTitle(card, locale), body: shorten(card.clause.text), footer: t.imageFooter(when) };
}

/** A document's social image, for cards and pages without one of their own. */
export function documentImageText(service: Service, document: PolicyDocument, locale: Locale): { title: string; body: string; footer: string } {
  const t = cardStrings[locale];
  const first = document.versions[0];
  return {
    title: `${service.name} ${document.title}`,
    body: first ? t.imageDocumentBody(document.versions.length, formatDateIn(locale, first.firstRecorded)) : '',
    footer: 'Termline',
  };
}

/**
 * Whether a clause's HTML holds blocks of its own (paragraphs, lists, tables:
 * an "html" or blockquote clause from some pages), which a <p> cannot hold.
 */
export function holdsBlocks(html: string): boolean {
  return /<(?:p|ul|ol|dl|table|div|blockquote|pre|h[1-6]|figure|section)\b/i.test(html);
}
