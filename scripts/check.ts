/**
 * npm run check: validates every annotation (front matter, anchors in every
 * version, clause references in the body) against the corpus, and every
 * translation against its English file (stale, quotes, questions,
 * components, links), and prints where each note anchors. Exits 1, naming file, line and fix, on any problem.
 */
import { buildModel } from '../src/lib/pipeline.ts';
import { InputError } from '../src/lib/problems.ts';

const projectRoot = new URL('..', import.meta.url).pathname;

try {
  const { corpus, annotations, skipped, stories, translations } = buildModel(projectRoot);
  const documents = new Map(corpus.services.flatMap((s) => s.documents.map((d) => [`${s.id}/${d.id}`, d] as const)));
  console.log(`${annotations.length} annotations, all anchored:\n`);
  for (const annotation of annotations) {
    const document = documents.get(`${annotation.data.service}/${annotation.data.document}`)!;
    const total = document.versions.filter((v) => !annotation.data.region || v.region === annotation.data.region).length;
    const fuzzy = annotation.anchors.filter((a) => a.quality < 1).length;
    const history = annotation.events.map((e) => `${e.kind} ${e.versionId}`).join(', ');
    console.log(`  ${annotation.data.id}: ${annotation.anchors.length}/${total} versions${fuzzy ? ` (${fuzzy} with changed wording)` : ''}; ${history}`);
  }
  for (const note of skipped) console.log(`  ${note.id}: left out, the corpus holds no ${note.about}`);
  for (const [locale, set] of Object.entries(translations)) {
    const notes = Object.keys(set.notes).length;
    const untranslated = annotations.filter((a) => !set.notes[a.data.id]).map((a) => a.data.id);
    console.log(`\nTranslations (${locale}), each up to date with its English file and quoting only what it quotes:`);
    console.log(`  notes: ${notes} of ${annotations.length + skipped.length}${untranslated.length ? `; not yet translated: ${untranslated.join(', ')}` : ''}`);
    console.log(`  stories: ${Object.keys(set.stories).length} of ${stories.length}`);
  }
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
