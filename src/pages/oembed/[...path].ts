/** Static oEmbed (https://oembed.com) responses, one per card: type "rich", an iframe to the card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../data/cards.ts';
import { cardAssetPaths, cardTitle, type Card } from '../../lib/publish/cards.ts';
import { oembedFor } from '../../lib/publish/oembed.ts';

export const getStaticPaths = (() =>
  allCards.map((card) => ({ params: { path: cardAssetPaths(card).oembed.replace(/^\/oembed\//, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const card = props.card as Card;
  const image = cardAssetPaths(card.kind === 'clause' && card.pinned ? { path: card.defaultPath } : card).image;
  return new Response(JSON.stringify(oembedFor({ title: cardTitle(card), cardUrl: new URL(card.path, site).href, imageUrl: new URL(image, site).href, site: site!.href })), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
