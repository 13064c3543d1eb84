/** One document: versions with dates and flags, and every record with its provenance. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../data/corpus.ts';
import { documentFile } from '../../../lib/publish/dataset/dataset.ts';
import { DEFAULT_LOCALE } from '../../../lib/publish/i18n/locales.ts';
import { versionPages } from '../../../data/version-pages.ts';

export const getStaticPaths = (() =>
  corpus.services.flatMap((service) =>
    service.documents.map((document) => ({ params: { service: service.id, document: document.id }, props: { service, document } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  Response.json(documentFile(props.service, props.document, versionPages.has(props.document) ? undefined : [DEFAULT_LOCALE]));
