/**
 * The starting point of a new annotation: front matter with the anchor
 * filled in for a clause, and TODO placeholders the schema refuses, so a
 * scaffold cannot be published unfinished.
 */
import { anchorInVersion } from './anchor.ts';
import type { ResolvedClause } from './clause-ref.ts';
import { shortSlug } from '../model/slug.ts';

/** The shortest opening of the clause (from its lead-in or first words) that anchors it unambiguously. */
export function quoteFor(resolved: ResolvedClause): string {
  const { clause, version } = resolved;
  const words = clause.text.split(' ');
  const lead = /^(.{2,80}?)[.:]\s/.exec(clause.text)?.[1];
  const starts = lead ? [lead] : [];
  for (let n = Math.min(6, words.length); n <= words.length; n += 2) starts.push(words.slice(0, n).join(' '));
  starts.push(clause.text);
  for (const exact of starts) {
    const quote = exact.slice(0, 160).trim();
    if (quote.length < 3) continue;
    const result = anchorInVersion({ exact: quote }, version);
    if (result.status === 'exact' && result.match.clauseId === clause.id) return quote;
  }
  return clause.text.slice(0, 160).trim();
}

export function scaffoldAnnotation(resolved: ResolvedClause): { id: string; source: string } {
  const { document, version, clause } = resolved;
  const id = `${document.service}-${document.id}-${shortSlug(clause.id.split('/').at(-1) ?? clause.id, 4)}`.replace(/-+/g, '-');
  const yaml = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    `id: ${id}`,
    'title: "TODO: what the clause does, in a few words"',
    'summary: "TODO: one sentence, in your own words, that a reader can trust."',
    `service: ${document.service}`,
    `document: ${document.id}`,
    ...(document.regions.length > 1 ? [`region: ${version.region}`] : []),
    'anchor:',
    `  exact: ${yaml(quoteFor(resolved))}`,
    `  clause: ${yaml(clause.id)}`,
    'categories:',
    '  - Other',
    'impact: neutral',
    'sources: []',
    'questions:',
    '  - "TODO: a question a reader would type, that this note answers?"',
    '---',
    '',
    `What the clause says and why it matters, in our own words. Quote only the short phrase above; link to the clause with [its text](clause:${document.service}/${document.id}@${version.id}#${clause.id}).`,
    '',
  ];
  return { id, source: lines.join('\n') };
}
