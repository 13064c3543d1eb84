/** Every card, computed once per build for card pages, oEmbed files, images and embed pages. */
import { loadConfig } from '../lib/config.ts';
import { readStoryFolder } from '../lib/notes/stories.ts';
import { citedClauses } from '../lib/notes/story-refs.ts';
import { pinnedVersionMap } from '../lib/publish/card-redirects.ts';
import { clauseCards, noteCards, type ClauseCard } from '../lib/publish/cards.ts';
import { allDocuments } from '../lib/publish/views.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus } from './corpus.ts';

// Clauses our stories quote or redline: their cards are the ones likely to be shared, with those notes anchor.
const storyClauses = citedClauses(corpus, readStoryFolder(loadConfig(process.cwd()).storiesDir).stories.map((story) => story.source));

export const clauseCardList = clauseCards(corpus, annotations, { compare: comparison, storyClauses });
export const noteCardList = noteCards(corpus, annotations);
export const allCards = [...clauseCardList, ...noteCardList];
/** Cards that draw a social image of their own: notes, and the default cards of clauses a note or story cites. */
export const imageCards = allCards.filter((card) => card.kind === 'note' || card.ownImage);
/** Per clause default card, its pinned texts, newest first: what its embed page offers. */
export const pinnedByClause = new Map<string, ClauseCard[]>();
for (const card of clauseCardList) if (card.pinned) pinnedByClause.set(card.defaultPath, [card, ...(pinnedByClause.get(card.defaultPath) ?? [])]);

/** Per document, where each clause's old per-version cards went (read by the 404 page). */
export const pinnedVersionMaps = allDocuments(corpus).map(({ document }) => ({
  document,
  map: pinnedVersionMap(
    document.versions,
    clauseCardList
      .filter((card) => card.pinned && card.document === document)
      .map((card) => ({ key: card.defaultPath.slice(`/cards/${document.service}/${document.id}/`.length, -1), hash: card.text!.hash, versions: card.text!.versions })),
  ),
}));
