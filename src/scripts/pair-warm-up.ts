/**
 * A comparison run on a made-up document: a worker that runs it while the reader picks has its code read and
 * compiled, and its date and number formats made, when the real pair comes. On Instagram's furthest pair from the
 * picker (7 fresh contexts each) the rows were in at a median of 164 ms after the click with one run, 158 with
 * three, 187 without. What it renders is thrown away.
 */
import { comparePairFromDataset } from '../lib/publish/compare-pair-dataset.ts';
import type { ComparePairHtml } from '../lib/publish/compare-render.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
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
 * in two, two moved to another section, ten new: every path the aligner and the renderer take.
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

/** A made-up document with the two made-up versions. */
function madeUpDocument(): DocumentFile {
  const version = (id: string): VersionSummary => ({
    id,
    region: 'worldwide',
    regionLabel: 'Worldwide',
    firstRecorded: id,
    lastRecorded: id,
    recordDates: [id],
    flags: { reextraction: false, formattingOnly: false, kind: 'substantive' },
    wordCount: 2000,
    contentHash: id,
    url: '/',
    page: '/',
  });
  return {
    format: 1,
    service: { id: 'made-up', name: 'Made-up' },
    document: { id: 'terms', title: 'Terms', regions: [{ id: 'worldwide', label: 'Worldwide' }] },
    tracked: { from: '2000-01-01', to: '2000-02-01' },
    versions: [version('2000-01-01'), version('2000-02-01')],
    records: [],
  };
}

/** Runs the comparison of two made-up versions in `locale`; what it rendered (thrown away but for tests). */
export function warmUp(locale: Locale): ComparePairHtml {
  const document = madeUpDocument();
  const [older, newer] = document.versions;
  const [before, after] = madeUpTexts();
  return comparePairFromDataset(
    { document, before: madeUpVersion(document, older!, before), after: madeUpVersion(document, newer!, after), notes: { format: 1, notes: [] } },
    // Where links point does not matter: nothing is shown.
    { locale, href: (route) => route, englishHref: (route) => route, kindsPath: '/', comparePath: () => '/' },
  );
}
