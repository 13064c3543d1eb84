/**
 * The distinct texts of each clause, and their content address.
 *
 * A pinned card stands for one text of a clause, not for one version: most
 * versions leave most clauses as they were, so a card per version repeated
 * the same words hundreds of times. The card's address is a short hash of
 * the clause's normalised text (`…/<clause-id>/t/<hash>/`), so it depends on
 * the words alone: it does not move when an earlier record is imported
 * later (which would change which version came first), anyone holding the
 * text can work it out, and a text that comes back after a change gets its
 * old card back.
 */
import { createHash } from 'node:crypto';
import type { Clause, Version } from '../model/model.ts';

/** Hex digits kept: 40 bits, against a handful of texts per clause ID (a clash is detected, never silent). */
export const TEXT_HASH_LENGTH = 10;

/**
 * What counts as the same text: the clause's marked text (words and link
 * targets, as comparisons see them: a changed link is a change), in Unicode
 * NFC with white space folded, so a re-wrapped capture is not a new text.
 */
export function normaliseClauseText(marked: string): string {
  return marked.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function clauseTextHash(marked: string): string {
  return createHash('sha256').update(normaliseClauseText(marked)).digest('hex').slice(0, TEXT_HASH_LENGTH);
}

export interface ClauseText {
  clauseId: string;
  region: string;
  hash: string;
  /** Every version of the region that holds this clause ID with this text, oldest first. */
  versions: Version[];
  /** The clause as the most recent of those versions has it (what the card shows). */
  clause: Clause;
}

/**
 * The distinct texts of every clause of one region's versions (oldest
 * first), in the order they first appear. Throws when two different texts
 * of one clause share a hash, naming both, rather than merge them.
 */
export function distinctClauseTexts(versions: readonly Version[]): ClauseText[] {
  const byKey = new Map<string, ClauseText & { normalised: string }>();
  for (const version of versions) {
    const seen = new Set<string>();
    for (const block of version.blocks) {
      if (block.type !== 'clause' || seen.has(block.id)) continue;
      seen.add(block.id);
      const normalised = normaliseClauseText(block.marked);
      const hash = clauseTextHash(block.marked);
      const key = `${block.id}\u0000${hash}`;
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, { clauseId: block.id, region: version.region, hash, versions: [version], clause: block, normalised });
        continue;
      }
      if (known.normalised !== normalised) {
        throw new Error(
          `Two texts of clause ${block.id} (${version.service}/${version.document}, versions ${known.versions[0]!.id} and ${version.id}) share the content hash ${hash}. ` +
            'Fix: raise TEXT_HASH_LENGTH in src/lib/publish/card-texts.ts.',
        );
      }
      known.versions.push(version);
      known.clause = block;
    }
  }
  return [...byKey.values()].map(({ normalised: _, ...text }) => text);
}
