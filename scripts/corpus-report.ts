/**
 * npm run corpus-report [-- --all]
 * Reads the corpus (TERMLINE_CORPUS, as ingest does) and prints, per document,
 * how many records were split into several texts and on which marker, and the
 * share of clause IDs that survive between consecutive versions. Documents
 * with no split are summed up unless --all is given.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/lib/config.ts';
import { idSurvival, splitReport } from '../src/lib/model/corpus-report.ts';
import { InputError } from '../src/lib/problems.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';
import { fileRecordCache } from '../src/lib/sources/record-cache.ts';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

if (import.meta.main) {
  const { values } = parseArgs({ options: { all: { type: 'boolean' } } });
  const projectRoot = new URL('..', import.meta.url).pathname;
  const config = loadConfig(projectRoot);
  const started = performance.now();
  let corpus;
  try {
    corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir, cache: fileRecordCache(projectRoot) });
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  console.log(`Read ${config.corpusDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const splits = splitReport(corpus);
  console.log('Records split into several texts, per document (markers: the texts each one split off):');
  let quiet = 0;
  for (const row of splits) {
    if (!values.all && row.split === 0 && row.supplements === 0) {
      quiet += 1;
      continue;
    }
    const markers = Object.entries(row.markers).map(([marker, n]) => `${marker} ${n}`).join(', ') || 'none';
    console.log(`  ${row.document}: ${row.split} of ${row.records} records split (${markers}); ${row.supplements} with a supplement`);
  }
  if (quiet > 0) console.log(`  …and ${quiet} documents with no split and no supplement`);
  const survival = idSurvival(corpus);
  console.log('\nClause IDs between consecutive versions of a region:');
  console.log(`  clauses whose text is unchanged: ${survival.unchanged}, keeping their ID: ${percent(survival.kept, survival.unchanged)}`);
  console.log(`  clause IDs of a version still in the next one: ${percent(survival.idsKept, survival.ids)} of ${survival.ids}`);
  const worst = survival.byDocument.filter((d) => d.unchanged >= 20).sort((a, b) => a.kept / a.unchanged - b.kept / b.unchanged).slice(0, 10);
  console.log('  least stable documents (unchanged clauses keeping their ID):');
  for (const d of worst) console.log(`    ${d.document}: ${percent(d.kept, d.unchanged)} of ${d.unchanged}`);
}
