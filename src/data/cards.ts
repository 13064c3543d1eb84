/** Every card, computed once per build for card pages, oEmbed files, images and embed pages. */
import { clauseCards, noteCards } from '../lib/publish/cards.ts';
import { comparison } from './comparisons.ts';
import { annotations, corpus } from './corpus.ts';

export const clauseCardList = clauseCards(corpus, annotations, comparison);
export const noteCardList = noteCards(corpus, annotations);
export const allCards = [...clauseCardList, ...noteCardList];
/** Cards that get a social image and an embed page: the defaults and the notes (pinned cards share their clause's image). */
export const imageCards = allCards.filter((card) => card.kind === 'note' || !card.pinned);
