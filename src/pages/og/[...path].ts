/**
 * Social images, 1200×630 PNG, cached by content: one per note card, one per
 * clause a note or story cites (its default card's, which its pinned cards
 * reuse), and one per document for every other card; the same in Chinese for the Chinese twins of those cards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { loadConfig } from '../../lib/config.ts';
import { cardImageIn, cardImageTextIn, imageCards } from '../../data/cards.ts';
import { corpus } from '../../data/corpus.ts';
import { renderCardImage } from '../../lib/publish/card-image.ts';
import { cardImageText, documentImageText } from '../../lib/publish/cards.ts';
import { allDocuments } from '../../lib/publish/views.ts';
import { documentImagePath } from '../../lib/publish/paths.ts';
import { rendersDocument, rendersCard } from '../../data/rendered.ts';

const cacheDir = join(loadConfig(process.cwd()).cacheDir, 'og');
const locale = 'en';

export const getStaticPaths = (() => [
  ...imageCards.filter(rendersCard).map((card) => ({ params: { path: card.image.replace(/^\/og\//, '') }, props: { text: cardImageText(card, locale) } })),
  // The Chinese twins of the same cards (/og/zh/…): the caption and note in Chinese, the clause as it reads.
  ...imageCards.filter(rendersCard).map((card) => ({ params: { path: cardImageIn(card, 'zh').replace(/^\/og\//, '') }, props: { text: cardImageTextIn(card, 'zh') } })),
  ...allDocuments(corpus).filter(({ document }) => rendersDocument(document)).map(({ service, document }) => ({
    params: { path: documentImagePath(document).replace(/^\/og\//, '') },
    props: { text: documentImageText(service, document, locale) },
  })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardImage(props.text as ReturnType<typeof cardImageText>, cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
