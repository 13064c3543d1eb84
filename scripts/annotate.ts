/**
 * npm run annotate -- <service>/<document>[@<version>]#<clause-id>
 * Scaffolds content/annotations/<id>.mdx for a clause with the anchor filled
 * in. The title and summary are TODO placeholders that `npm run check` refuses
 * until they are written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveClauseRef } from '../src/lib/notes/clause-ref.ts';
import { loadConfig } from '../src/lib/config.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';
import { InputError } from '../src/lib/problems.ts';
import { fileRecordCache } from '../src/lib/sources/record-cache.ts';
import { scaffoldAnnotation } from '../src/lib/notes/scaffold.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const ref = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
if (!ref) {
  console.error('Usage: npm run annotate -- <service>/<document>[@<version>]#<clause-id>\n  e.g. npm run annotate -- x/privacy-policy#3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators\nCopy the clause ID from the ¶ link beside the clause on its version page.');
  process.exit(2);
}

const config = loadConfig(projectRoot);
let corpus;
try {
  corpus = ingestCorpus({ corpusDir: config.corpusDir, corpusDirSource: config.corpusDirSource, servicesDir: config.servicesDir, cache: fileRecordCache(projectRoot) });
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const resolved = resolveClauseRef(corpus, ref);
if ('error' in resolved) {
  console.error(`${ref}: ${resolved.error}`);
  process.exit(1);
}
const { id, source } = scaffoldAnnotation(resolved);
const file = join(config.annotationsDir, `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${relative(process.cwd(), file)} already exists; edit it, or remove it first.`);
  process.exit(1);
}
mkdirSync(config.annotationsDir, { recursive: true });
writeFileSync(file, source);
console.log(`Wrote ${relative(process.cwd(), file)}, anchored to "${resolved.clause.id}" in version ${resolved.version.id}.`);
console.log('Replace the TODOs, pick categories and impact, add sources, then run npm run check.');
