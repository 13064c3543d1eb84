/** One version: its clauses with IDs, headings and text, and its provenance. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpus } from '../../../../data/corpus.ts';
import { versionFile } from '../../../../lib/publish/dataset/dataset.ts';
import { rendersDocument } from '../../../../data/rendered.ts';

export const getStaticPaths = (() =>
  corpus.services.flatMap((service) =>
    service.documents.filter(rendersDocument).flatMap((document) =>
      document.versions.map((version) => ({ params: { service: service.id, document: document.id, version: version.id }, props: { version } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(versionFile(props.version));
