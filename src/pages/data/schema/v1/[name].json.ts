/** JSON Schema of each kind of dataset file, generated from the zod schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchema } from '../../../../lib/publish/dataset/dataset.ts';
import { SCHEMA_NAMES } from '../../../../lib/publish/dataset/format.ts';
import { base, site } from '../../../../data/links.ts';

export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(jsonSchema(props.name, { site, base }));
