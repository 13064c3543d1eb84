/**
 * Remembers a whole built document (its records, versions and bridges), by
 * everything it is built from: each record's file (sha256) and provenance,
 * the document's names and URL, the region rules and what the notes name in
 * it. A new record changes one document; the others come back from here
 * without reading their records' cache entries or building their versions
 * again (issue 13: a rebuild after one new record within 2 minutes).
 *
 * Stored packed like the model file: each distinct block string once.
 */
import type { Block, PolicyDocument, Provenance } from '../model/model.ts';
import type { RegionRule } from '../model/split.ts';
import type { NamedByNotes } from '../notes/named-versions.ts';
import { SHARED_FIELDS, stringTable } from '../model/string-table.ts';
import { sha256 } from './text-file.ts';

export interface DocumentCache {
  get(key: string): PackedDocument | undefined;
  set(key: string, value: PackedDocument): void;
}

export interface PackedDocument {
  strings: string[];
  document: unknown;
}

/** What a document is built from, besides the code (whose fingerprint names the cache folder). */
export interface DocumentInputs {
  service: string;
  document: string;
  meta: { title?: string; url?: string } | undefined;
  regionRules: readonly RegionRule[];
  named: NamedByNotes | undefined;
  records: readonly { name: string; date: string; recordKey: string; provenance: Provenance }[];
}

export function documentKey(inputs: DocumentInputs): string {
  const prefix = `${inputs.service}/${inputs.document}/`;
  const mine = (set: Set<string> | undefined) => [...(set ?? [])].filter((entry) => entry.startsWith(prefix)).sort();
  const material = JSON.stringify({
    service: inputs.service,
    document: inputs.document,
    meta: inputs.meta ? { title: inputs.meta.title, url: inputs.meta.url } : null,
    rules: inputs.regionRules.map((r) => [r.id, r.label, r.pattern.source, r.pattern.flags]),
    // Only what the notes name in this document: a note about another leaves it cached.
    named: { versions: mine(inputs.named?.versions), dates: mine(inputs.named?.dates) },
    records: inputs.records,
  });
  return sha256(new TextEncoder().encode(material));
}


export function packDocument(document: PolicyDocument): PackedDocument {
  const { strings, intern } = stringTable();
  const packed = {
    ...document,
    versions: document.versions.map((version) => ({
      ...version,
      blocks: version.blocks.map((block) => {
        const out: Record<string, unknown> = { ...block };
        for (const field of SHARED_FIELDS) if (typeof out[field] === 'string') out[field] = intern(out[field] as string);
        return out;
      }),
    })),
  };
  return { strings, document: packed };
}

/** The document again, equal strings shared, as ingest builds it. */
export function unpackDocument(packed: PackedDocument): PolicyDocument {
  const document = packed.document as PolicyDocument;
  for (const version of document.versions) {
    for (const block of version.blocks as unknown as Record<string, unknown>[]) {
      for (const field of SHARED_FIELDS) if (typeof block[field] === 'number') block[field] = packed.strings[block[field] as number];
    }
  }
  return document as PolicyDocument & { versions: { blocks: Block[] }[] };
}
