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

/** Made-up words: two syllables each, 64 of them, so that two unrelated clauses share few. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo'];
const WORDS = SYLLABLES.flatMap((a) => SYLLABLES.map((b) => a + b));

/** Made-up clause n: 12 to 30 words, different for each n; one in nine links a word (as a policy's marked text does). */
function clause(n: number): { text: string; marked?: string } {
  let seed = n + 1;
  // A linear congruential generator's high bits: the same words for the same n, every time.
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
  const words = Array.from({ length: 12 + (n % 19) }, () => WORDS[next() % WORDS.length]!);
  const text = `${words.join(' ')} (${n}).`;
  return n % 9 === 0 ? { text, marked: text.replace(' ', ` ⟨https://example.org/${n}⟩ `) } : { text };
}

/**
 * Ten sections of twelve clauses, and the same amended: every fifth clause reworded, every eleventh gone, one split
 * in two, two moved to another section, ten new. Enough rows of each kind that the code a real pair runs most is
 * compiled and optimised, not only read (a first call runs slowly, a function called a few hundred times is made fast).
 */
function madeUpTexts(): [MadeUp, MadeUp] {
  const older: MadeUp = [];
  const newer: MadeUp = [];
  for (let s = 0; s < 10; s += 1) {
    const before = Array.from({ length: 12 }, (_, i) => clause(s * 12 + i));
    const after = before.flatMap((c, i) => {
      const n = s * 12 + i;
      if (n % 11 === 0 || n === 7 || n === 8) return [];
      if (n === 30) return [{ text: c.text.slice(0, 40) }, { text: c.text.slice(40) }];
      if (n % 5 === 0) return [{ text: c.text.replace(' ', ' sakamo tivo ').replace(/ \S+ \(/, ' runesa (') }];
      return [c];
    });
    if (s === 3) after.push(clause(7), clause(8));
    after.push(clause(1000 + s));
    older.push({ title: `Section ${s + 1}`, clauses: before });
    newer.push({ title: `Section ${s + 1}`, clauses: after });
  }
  return [older, newer];
}

type MadeUp = { title: string; clauses: { text: string; marked?: string }[] }[];

function madeUpVersion(document: DocumentFile, version: VersionSummary, sections: MadeUp): VersionFile {
  const file: VersionFile = {
    format: document.format,
    service: document.service.id,
    document: document.document.id,
    version,
    provenance: { path: '', sourceRepo: '', sourceCommit: '', sourcePath: '', sha256: '0'.repeat(64), recordedAt: version.firstRecorded, commitMessage: '' },
    sections: [],
    clauses: [],
  };
  let at = 0;
  sections.forEach(({ title, clauses }, s) => {
    const id = `section-${s + 1}`;
    file.sections.push({ id, title, depth: 2, at: at++ });
    clauses.forEach((c, i) => file.clauses.push({ id: `${id}/clause-${i + 1}`, kind: 'paragraph', section: id, ...c, at: at++ }));
  });
  return file;
}

/**
 * Runs the comparison of two made-up versions dated as two of `document`'s versions of one region; what it rendered
 * (thrown away but for tests), or undefined when the document has no two such versions.
 */
export function warmUp(document: DocumentFile, notes: NotesFile, locale: Locale): ComparePairHtml | undefined {
  const region = document.document.regions.find((r) => document.versions.filter((v) => v.region === r.id).length >= 2);
  if (!region) return undefined;
  const [older, newer] = document.versions.filter((v) => v.region === region.id);
  const [before, after] = madeUpTexts();
  return comparePairFromDataset(
    { document, before: madeUpVersion(document, older!, before), after: madeUpVersion(document, newer!, after), notes },
    // Where links point does not matter: nothing is shown.
    { locale, href: (route) => route, englishHref: (route) => route, kindsPath: '/', comparePath: () => '/' },
  );
}
