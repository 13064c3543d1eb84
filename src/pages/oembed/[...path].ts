/** Static oEmbed (https://oembed.com) responses, one per prerendered card (those likely to be shared) and one per Chinese twin; a computed card has none, a static host cannot compute JSON: type "rich", an iframe to the card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImageIn, cardPathIn, cardTitleIn, sharedCards } from '../../data/cards.ts';
import type { Card } from '../../lib/publish/cards.ts';
import type { Locale } from '../../lib/publish/i18n/locales.ts';
import { oembedFor } from '../../lib/publish/oembed.ts';
import { cardAssetPaths } from '../../lib/publish/paths.ts';
import { absolute, base, site } from '../../data/links.ts';
import { rendersCard } from '../../data/rendered.ts';

const entry = (card: Card, locale: Locale) => ({ params: { path: cardAssetPaths({ path: cardPathIn(card, locale) }).oembed.replace(/^\/oembed\//, '') }, props: { card, locale } });

export const getStaticPaths = (() => [...sharedCards.filter(rendersCard).map((card) => entry(card, 'en')), ...sharedCards.filter(rendersCard).map((card) => entry(card, 'zh'))]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { card, locale } = props as { card: Card; locale: Locale };
  const body = oembedFor({ title: cardTitleIn(card, locale), cardUrl: absolute(cardPathIn(card, locale)), imageUrl: absolute(cardImageIn(card, locale)), address: { site, base } });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json+oembed' } });
};
