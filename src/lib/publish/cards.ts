/**
 * Embeddable cards: per clause, one that follows the latest text and one
 * pinned to each distinct text the clause has had (card-texts.ts); one per
 * note. This module decides what each card says; pages, oEmbed files and
 * images only render it.
 */
import { compareVersions, type CompareVersions } from '../compare/align.ts';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Corpus, PolicyDocument, Service, Version } from '../model/model.ts';
import { documentOf, latestAnchor } from '../notes/notes-view.ts';
import type { Clause, Section } from '../model/model.ts';
import { changeFrom, clauseCardTitle, comparedWithIn, goneAfter, unchangedSince, type CardChange, type PinnedText } from './card-lines.ts';
import { distinctClauseTexts } from './card-texts.ts';
import { formatDateIn } from './i18n/format.ts';
import type { Locale } from './i18n/locales.ts';
import { documentNameIn } from './i18n/labels.ts';
import { cardStrings } from './i18n/ui/cards.ts';
import { cardAssetPaths, clauseCardPath, clausePath, documentImagePath, noteCardPath, notePath, textCardPath } from './paths.ts';

// What a card says line by line lives in card-lines.ts (the browser's computed cards use it too).
export { cardChangeLine, cardGoneLine, cardTextSpan, cardTitleParts, cardVersionLine, holdsBlocks, type CardChange, type CardLine, type PinnedText } from './card-lines.ts';

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
  /**
   * On a latest card whose clause reads as before: the version its words stand since, when that is not where a walk
   * back over the clause's own texts stops (the words stood under another clause ID). The card map carries it.
   */
  readsSameSince?: Version;
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
  /** The documents whose cards to make (all when absent): an incremental build renders some documents' pages. */
  only?: (document: PolicyDocument) => boolean;
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

/**
 * The earliest version since which the clause's words have stood, going back
 * from `version`, under any clause ID: a hidden version without them (an
 * anomaly, a flicker, a re-extraction) does not end the run, as it does not
 * end a bridged comparison; a shown one does.
 */
function unchangedSinceWords(version: Version, text: string, regionVersions: readonly Version[]): Version {
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
  const compare = (before: Version, after: Version) => {
    const key = `${before.service}/${before.document}/${before.id}..${after.id}`;
    let result = compared.get(key);
    if (!result) compared.set(key, (result = given(before, after)));
    return result;
  };
  const shared = sharedClauses(corpus, annotations, options.storyClauses);
  const cards: ClauseCard[] = [];
  for (const service of corpus.services) {
    for (const document of service.documents) {
      if (options.only && !options.only(document)) continue;
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
        const comparedWith = comparedWithIn(versions);
        // Each clause's text hash per version: what "unchanged since" walks back over.
        const hashes = new Map<string, Map<Version, string>>();
        for (const text of texts) {
          const byVersion = hashes.get(text.clauseId) ?? new Map<Version, string>();
          for (const v of text.versions) byVersion.set(v, text.hash);
          hashes.set(text.clauseId, byVersion);
        }
        for (const [clauseId, version] of latestOf) {
          const defaultPath = clauseCardPath(document, region.id, clauseId);
          const at = version.blocks.findIndex((b) => b.type === 'clause' && b.id === clauseId);
          const clause = version.blocks[at] as Clause;
          // Compared with the last shown version before it, as every list of changes is (compare/bridge.ts).
          let change = changeFrom(comparedWith(version), version, at, compare);
          let readsSameSince: Version | undefined;
          if (change.kind === 'unchanged') {
            const since = unchangedSinceWords(version, clause.text, versions);
            change = { kind: 'unchanged', since };
            // The browser walks back over the clause's own texts (the card map has no words): where the words stood
            // longer (under another clause ID, say, before a heading was renamed), the map says since when.
            if (since !== unchangedSince(version, versions, (v) => hashes.get(clauseId)!.get(v))) readsSameSince = since;
          }
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
            ...(readsSameSince ? { readsSameSince } : {}),
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
          const gone = goneAfter(versions, last, comparedWith);
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
            text: { hash: text.hash, versions: text.versions, ...(gone ? { gone } : {}) },
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

/** A card's title, for the page, oEmbed and the social image (a note's is its English title: translations are the data's). */
export function cardTitle(card: Card, locale: Locale): string {
  return card.kind === 'note' ? card.annotation.data.title : clauseCardTitle(card, locale);
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

