/** Our own metadata about services and documents: display names and canonical URLs. */
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { parseYamlData } from './yaml-data.ts';

export const serviceMetaSchema = z.strictObject({
  name: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
  documents: z
    .record(
      z.string(),
      z.strictObject({
        title: z.string().trim().min(1),
        url: z.url({ protocol: /^https?$/ }).optional(),
      }),
    )
    .default({}),
});

export type ServiceMeta = z.infer<typeof serviceMetaSchema>;

export function parseServiceMeta(source: string, file: string): { meta?: ServiceMeta; problems: Problem[] } {
  const { data, problems } = parseYamlData(source, serviceMetaSchema, file, 1, (key) =>
    `correct "${key}" (name: text; url: an https URL; documents: <document>: { title, url })`,
  );
  return { meta: data, problems };
}

/** "terms-of-service" -> "Terms of Service": the fallback when no metadata names a document. */
export function titleFromSlug(slug: string): string {
  const small = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'or']);
  return slug
    .split('-')
    .map((word, i) => (i > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
