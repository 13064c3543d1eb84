/** Social images, 1200×630 PNG, for default clause cards and note cards; cached by content. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { loadConfig } from '../../lib/config.ts';
import { imageCards } from '../../data/cards.ts';
import { renderCardImage } from '../../lib/publish/card-image.ts';
import { cardImageText, type Card } from '../../lib/publish/cards.ts';
import { cardAssetPaths } from '../../lib/publish/paths.ts';

const cacheDir = join(loadConfig(process.cwd()).cacheDir, 'og');

export const getStaticPaths = (() =>
  imageCards.map((card) => ({ params: { path: cardAssetPaths(card).image.replace(/^\/og\//, '') }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardImage(cardImageText(props.card as Card), cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
