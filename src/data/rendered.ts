/**
 * Which documents' own pages this build renders: all, or, in an incremental build (scripts/build.ts), the ones
 * TERMLINE_RENDER_DOCUMENTS lists (a JSON file of `<service>/<document>` keys). Every per-document route's
 * getStaticPaths keeps only these; the pages of the whole site are always rendered.
 */
import { readFileSync } from 'node:fs';
import { documentKeyOf } from '../lib/publish/paths.ts';

const listFile = process.env.TERMLINE_RENDER_DOCUMENTS;
const only = listFile ? new Set(JSON.parse(readFileSync(listFile, 'utf8')) as string[]) : undefined;

/** Whether this build renders the pages of `document` (`{ service, id }`). */
export function rendersDocument(document: { service: string; id: string }): boolean {
  return !only || only.has(documentKeyOf(document));
}

/** Whether this build renders a card: a note's always (its pages belong to the whole site), a clause's with its document. */
export function rendersCard(card: { kind: string; document: { service: string; id: string } }): boolean {
  return card.kind === 'note' || rendersDocument(card.document);
}
