/** Per document, where each clause's old per-version card went: read by the 404 page (public/embed/pinned-redirect.js). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pinnedVersionMaps } from '../../../../data/cards.ts';

export const getStaticPaths = (() =>
  pinnedVersionMaps.map(({ document, map }) => ({ params: { service: document.service, document: document.id }, props: { map } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.map), { headers: { 'Content-Type': 'application/json' } });
