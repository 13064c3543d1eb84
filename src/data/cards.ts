/** Every card, computed once per build for card pages, oEmbed files, images and embed pages. */
import { loadConfig } from '../lib/config.ts';
import { readStoryFolder } from '../lib/notes/stories.ts';
import { citedClauses } from '../lib/notes/story-refs.ts';
import { pinnedVersionMap, splitCardMap } from '../lib/publish/card-redirects.ts';
import type { CardImageText } from '../lib/publish/card-image.ts';
import { cardImageText, cardTitle, clauseCards, noteCards, type Card, type ClauseCard } from '../lib/publish/cards.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/publish/i18n/locales.ts';
import { embedPagePath, localizedCardPath, localizedImagePath } from '../lib/publish/paths.ts';
import { allDocuments } from '../lib/publish/views.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus } from './corpus.ts';
import { noteText } from './translations.ts';
import { rendersDocument } from './rendered.ts';

// Clauses our stories quote or redline: their cards are the ones likely to be shared, with those notes anchor.
const storyClauses = citedClauses(corpus, readStoryFolder(loadConfig(process.cwd()).storiesDir).stories.map((story) => story.source));

// Only the cards of the documents this build renders: every card is one document's (the note cards are made apart).
export const clauseCardList = clauseCards(corpus, annotations, { compare: comparison, storyClauses, only: rendersDocument });
export const noteCardList = noteCards(corpus, annotations);
export const allCards = [...clauseCardList, ...noteCardList];
/** Cards that draw a social image of their own: notes, and the default cards of clauses a note or story cites. */
export const imageCards = allCards.filter((card) => card.kind === 'note' || card.ownImage);
/** Per clause default card, its pinned texts, newest first: what its embed page offers. */
export const pinnedByClause = new Map<string, ClauseCard[]>();
for (const card of clauseCardList) if (card.pinned) pinnedByClause.set(card.defaultPath, [card, ...(pinnedByClause.get(card.defaultPath) ?? [])]);

/** A clause card's key in its document's map: `[<region>/]<clause-id>`. */
const cardKey = (card: ClauseCard) => card.defaultPath.slice(`/cards/${card.document.service}/${card.document.id}/`.length, -1);

/** Per document, where each clause's old per-version cards went and which text each version holds (read by the 404 page). */
export const pinnedVersionMaps = allDocuments(corpus).filter(({ document }) => rendersDocument(document)).map(({ document }) => ({
  document,
  map: pinnedVersionMap(
    document.versions,
    clauseCardList
      .filter((card) => card.pinned && card.document === document)
      .map((card) => ({ key: cardKey(card), hash: card.text!.hash, versions: card.text!.versions })),
    clauseCardList.filter((card) => card.ownImage && card.document === document).map(cardKey),
    clauseCardList.filter((card) => card.readsSameSince && card.document === document).map((card) => ({ key: cardKey(card), version: card.readsSameSince! })),
  ),
}));

/** Each map as published: an index and its shards (the browser reads one shard). */
export const cardMapSplits = pinnedVersionMaps.map(({ document, map }) => ({ document, ...splitCardMap(map) }));

/**
 * Cards with a Chinese twin under /zh/cards/: the ones likely to be shared, as for social images: every note's,
 * and those of clauses a note or story cites (their default card and each of their texts). Every other card
 * stays in English only: a twin for each would double the site's largest set of pages (issue 13).
 */
const sharedClauseCards = new Set(clauseCardList.filter((card) => card.ownImage).map((card) => card.defaultPath));
export const hasTranslatedTwin = (card: Card): boolean => card.kind === 'note' || sharedClauseCards.has(card.defaultPath);
export const translatedCards = allCards.filter(hasTranslatedTwin);
/**
 * The cards prerendered, with their oEmbed files: the same set (the ones likely to be shared). The browser computes
 * every other card from the dataset on the 404 page (card-compute.ts): on a collection, all but a few.
 */
export const sharedCards = translatedCards;
/** Their clauses' embed pages, by default card path. */
export const sharedEmbedCards = clauseCardList.filter((card) => !card.pinned && hasTranslatedTwin(card));

/** A card's address in `locale`: its twin's when it has one, else the English card. */
export function cardPathIn(card: Card, locale: Locale): string {
  return locale !== DEFAULT_LOCALE && hasTranslatedTwin(card) ? localizedCardPath(card.path, locale) : card.path;
}

/** A card's social image in `locale`: a twin's image is drawn in its language; the document's image is shared. */
export function cardImageIn(card: Card, locale: Locale): string {
  return locale !== DEFAULT_LOCALE && hasTranslatedTwin(card) ? localizedImagePath(card.image, locale) : card.image;
}

/** A card's title in `locale`: a note's from its translation (English until it has one). */
export function cardTitleIn(card: Card, locale: Locale): string {
  return card.kind === 'note' ? noteText(card.annotation, locale).title : cardTitle(card, locale);
}

/** What a card's social image shows in `locale`. */
export function cardImageTextIn(card: Card, locale: Locale): CardImageText {
  return card.kind === 'note' ? cardImageText(card, locale, noteText(card.annotation, locale)) : cardImageText(card, locale);
}

/** A clause's embed page in `locale` (by its default card's path): the Chinese one when its cards have twins. */
export function embedPageIn(defaultCardPath: string, locale: Locale): string {
  return localizedCardPath(embedPagePath(defaultCardPath), locale !== DEFAULT_LOCALE && sharedClauseCards.has(defaultCardPath) ? locale : DEFAULT_LOCALE);
}
