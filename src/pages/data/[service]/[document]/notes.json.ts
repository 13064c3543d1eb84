/** The notes anchored in one document (notes.json's shape): what a comparison computed in the browser fetches. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { annotations, corpus, translations } from '../../../../data/corpus.ts';
import { documentNotesFile } from '../../../../lib/publish/dataset/dataset.ts';
import { rendersDocument } from '../../../../data/rendered.ts';

export const getStaticPaths = (() =>
  corpus.services.flatMap((service) => service.documents.filter(rendersDocument).map((document) => ({ params: { service: service.id, document: document.id }, props: { document } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(documentNotesFile(annotations, props.document, translations));
