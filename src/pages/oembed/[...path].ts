/** Static oEmbed (https://oembed.com) responses, one per card: type "rich", an iframe to the card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '../../data/cards.ts';
import { cardTitle, type Card } from '../../lib/publish/cards.ts';
import { oembedFor } from '../../lib/publish/oembed.ts';
import { cardAssetPaths } from '../../lib/publish/paths.ts';
import { absolute, base, site } from '../../data/links.ts';

export const getStaticPaths = (() =>
  allCards.map((card) => ({ params: { path: cardAssetPaths(card).oembed.replace(/^\/oembed\//, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const card = props.card as Card;
  return new Response(JSON.stringify(oembedFor({ title: cardTitle(card, 'en'), cardUrl: absolute(card.path), imageUrl: absolute(card.image), address: { site, base } })), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
