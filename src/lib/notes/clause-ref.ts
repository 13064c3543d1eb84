/**
 * Clause references, as annotations write them: `x/privacy-policy#<clause-id>`
 * (the latest version holding that clause) or `x/privacy-policy@<version>#<clause-id>`.
 */
import { compareBlocks } from '../compare/align.ts';
import { redlineHtml } from '../compare/compare-view.ts';
import type { Corpus, PolicyDocument, Version } from '../model/model.ts';
import type { Clause } from '../model/model.ts';
import { versionLabel } from '../publish/views.ts';
import { changePath, clausePath } from '../publish/paths.ts';

export interface ResolvedClause {
  document: PolicyDocument;
  version: Version;
  clause: Clause;
  href: string;
}

const REF = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)(?:@([^#]+))?#(.+)$/;

export function resolveClauseRef(corpus: Corpus, ref: string): ResolvedClause | { error: string } {
  const match = REF.exec(ref.trim());
  if (!match) return { error: `"${ref}" is not a clause reference; write service/document#clause-id or service/document@version#clause-id` };
  const [, service, documentId, versionId, clauseId] = match as unknown as [string, string, string, string | undefined, string];
  const document = corpus.services.find((s) => s.id === service)?.documents.find((d) => d.id === documentId);
  if (!document) return { error: `no document ${service}/${documentId} in the corpus` };
  const candidates = versionId ? document.versions.filter((v) => v.id === versionId) : [...document.versions].reverse();
  if (versionId && candidates.length === 0) return { error: `${service}/${documentId} has no version ${versionId}` };
  for (const version of candidates) {
    const clause = version.blocks.find((b): b is Clause => b.type === 'clause' && b.id === clauseId);
    if (clause) return { document, version, clause, href: clausePath(version, clause.id) };
  }
  return { error: `no clause ${clauseId} in ${versionId ? `version ${versionId} of ` : 'any version of '}${service}/${documentId}` };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A clause as HTML for a quote: its own sanitised HTML, links as links (a table row, outside its table, as text). */
export function clauseQuoteHtml(clause: { kind: string; html: string; text: string }): string {
  return clause.kind === 'table-row' ? escapeHtml(clause.text) : clause.html;
}

/** The redline of one clause between two versions, for a mini-compare in a note. */
export function clauseChange(
  corpus: Corpus,
  ref: string,
  from: string,
  to: string,
): { kind: string; redline: string; label: string; href: string } | { error: string } {
  const target = resolveClauseRef(corpus, ref.replace(/@[^#]+#/, '#').replace('#', `@${to}#`));
  if ('error' in target) return target;
  const before = target.document.versions.find((v) => v.id === from);
  if (!before) return { error: `${target.document.service}/${target.document.id} has no version ${from}` };
  if (before.region !== target.version.region) return { error: `versions ${from} and ${to} are for different regions` };
  const index = target.version.blocks.indexOf(target.clause);
  const row = compareBlocks(before.blocks, target.version.blocks).rows.find((r) => r.new.includes(index));
  if (!row) return { error: `no change row for ${ref}` };
  // An added clause is all insertion: shown as the text it is (links as links), the badge says it was added.
  const asText = clauseQuoteHtml(target.clause);
  const redline = row.edits && row.kind !== 'added' ? redlineHtml(row.edits) : asText;
  return {
    kind: row.kind,
    redline,
    label: `${versionLabel(before)} → ${versionLabel(target.version)}`,
    href: changePath(before, target.version, target.clause.id),
  };
}
