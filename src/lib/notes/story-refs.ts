/**
 * The clauses a note or story body quotes, links or redlines: the `ref` of
 * <ClauseQuote>/<MiniCompare> and `clause:` links (remark-clause-refs.ts
 * checks them at build time; here they only say which clauses are cited).
 */
import type { Corpus, Version } from '../model/model.ts';
import { resolveClauseRef } from './clause-ref.ts';

const CLAUSE_REFS = /(?:\bref=["']|\(clause:)([a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*(?:@[^#"'\s)]+)?#[^"'\s)]+)/g;

export function clauseRefsIn(source: string): string[] {
  return [...new Set([...source.matchAll(CLAUSE_REFS)].map((m) => m[1]!))];
}

/** The clauses our stories cite, resolved in the corpus (a reference that does not resolve is the remark plugin's to report). */
export function citedClauses(corpus: Corpus, sources: readonly string[]): { service: string; document: string; version: Version; clauseId: string }[] {
  return sources.flatMap((source) =>
    clauseRefsIn(source).flatMap((ref) => {
      const resolved = resolveClauseRef(corpus, ref);
      return 'error' in resolved ? [] : [{ service: resolved.document.service, document: resolved.document.id, version: resolved.version, clauseId: resolved.clause.id }];
    }),
  );
}
