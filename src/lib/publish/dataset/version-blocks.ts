/**
 * A version's blocks back from its dataset file: what the browser's
 * comparison reads. Pure and free of Node and zod, so the worker bundles it.
 */
import type { Block } from '../../model/model.ts';
import type { VersionFile } from './version-schema.ts';
import { escapeHtml } from '../../escape-html.ts';

/** The escape the dataset assumes for a block whose HTML it leaves out. */
export const escapeText = escapeHtml;

/** Sections and clauses in reading order, as the model holds them (less the record lines, which no comparison reads). */
export function versionBlocks(file: Pick<VersionFile, 'sections' | 'clauses'>): Block[] {
  const blocks: Block[] = [];
  for (const s of file.sections) blocks[s.at] = { type: 'section', id: s.id, title: s.title, depth: s.depth, html: s.html ?? escapeText(s.title), line: 0 };
  for (const c of file.clauses) {
    blocks[c.at] = {
      type: 'clause',
      id: c.id,
      kind: c.kind as Extract<Block, { type: 'clause' }>['kind'],
      section: c.section,
      text: c.text,
      marked: c.marked ?? c.text,
      html: c.html ?? escapeText(c.text),
      line: 0,
    };
  }
  return blocks.filter(Boolean);
}
