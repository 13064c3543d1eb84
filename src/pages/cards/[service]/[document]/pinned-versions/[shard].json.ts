/** One shard of a document's card map: the clauses whose key falls in it, with their texts' version ranges. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardMapSplits } from '../../../../../data/cards.ts';
import { rendersDocument } from '../../../../../data/rendered.ts';

export const getStaticPaths = (() =>
  cardMapSplits.filter(({ document }) => rendersDocument(document)).flatMap(({ document, shards }) =>
    shards.map((shard, i) => ({ params: { service: document.service, document: document.id, shard: String(i) }, props: { shard } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
