/**
 * A comparison run once on two made-up versions of a document, the reader's own document file and notes around
 * them: a worker that runs it while the reader is still picking has its code compiled, and its date and number
 * formats made, when the reader asks for a real pair (in a fresh worker those cost about as much as aligning a
 * mid-sized pair). What it renders is thrown away.
 */
import { comparePairFromDataset } from '../lib/publish/compare-pair-dataset.ts';
import type { ComparePairHtml } from '../lib/publish/compare-render.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { NotesFile } from '../lib/publish/dataset/notes-schema.ts';
import type { VersionFile, VersionSummary } from '../lib/publish/dataset/version-schema.ts';
import type { Locale } from '../lib/publish/i18n/locales.ts';

/** Two clauses and a heading, one clause reworded, one added: every kind of row the renderer writes but a move. */
const MADE_UP = [
  ['A heading', ['The first clause says what it says.', 'The second clause stays the same.']],
  ['A heading', ['The first clause says something else now.', 'The second clause stays the same.', 'A third clause is new.']],
] as const;

function madeUpVersion(document: DocumentFile, version: VersionSummary, [title, texts]: (typeof MADE_UP)[number]): VersionFile {
  return {
    format: document.format,
    service: document.service.id,
    document: document.document.id,
    version,
    provenance: { path: '', sourceRepo: '', sourceCommit: '', sourcePath: '', sha256: '0'.repeat(64), recordedAt: version.firstRecorded, commitMessage: '' },
    sections: [{ id: 'a-heading', title, depth: 2, at: 0 }],
    clauses: texts.map((text, i) => ({ id: `a-heading/clause-${i + 1}`, kind: 'paragraph', section: 'a-heading', text, at: i + 1 })),
  };
}

/**
 * Runs the comparison of two made-up versions dated as two of `document`'s versions of one region; what it rendered
 * (thrown away but for tests), or undefined when the document has no two such versions.
 */
export function warmUp(document: DocumentFile, notes: NotesFile, locale: Locale): ComparePairHtml | undefined {
  const region = document.document.regions.find((r) => document.versions.filter((v) => v.region === r.id).length >= 2);
  if (!region) return undefined;
  const [older, newer] = document.versions.filter((v) => v.region === region.id);
  return comparePairFromDataset(
    { document, before: madeUpVersion(document, older!, MADE_UP[0]), after: madeUpVersion(document, newer!, MADE_UP[1]), notes },
    // Where links point does not matter: nothing is shown.
    { locale, href: (route) => route, englishHref: (route) => route, kindsPath: '/', comparePath: () => '/' },
  );
}
