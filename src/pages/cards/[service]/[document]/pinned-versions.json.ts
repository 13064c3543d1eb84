/**
 * Per document, the index of its card map: the version IDs and how many shards hold the clauses (card-redirects.ts).
 * Read by the 404 page: old per-version card addresses (public/embed/pinned-redirect.js) and computed cards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardMapSplits } from '../../../../data/cards.ts';
import { rendersDocument } from '../../../../data/rendered.ts';

export const getStaticPaths = (() =>
  cardMapSplits.filter(({ document }) => rendersDocument(document)).map(({ document, index }) => ({ params: { service: document.service, document: document.id }, props: { index } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.index), { headers: { 'Content-Type': 'application/json' } });
