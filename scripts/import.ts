/**
 * npm run import -- <source> --out <corpus folder> [--service <name>]… [--repo <name>]
 * Imports an Open Terms Archive versions collection (a clone, a bare
 * repository or a .bundle) into a corpus folder, or updates one: a second
 * run writes only the records it lacks. Then build it with
 * TERMLINE_CORPUS=<corpus folder> npm run build.
 */
import { parseArgs } from 'node:util';
import { GitSourceError } from '../src/lib/sources/ota-git.ts';
import { importCollection } from '../src/lib/sources/ota-import.ts';
import { InputError } from '../src/lib/problems.ts';

function progress(): (done: number, total: number) => void {
  let lastPrinted = 0;
  return (done, total) => {
    if (process.stdout.isTTY) {
      if (done === total || done % 25 === 0) process.stdout.write(`\r  records ${done}/${total}`);
      if (done === total) process.stdout.write('\n');
      return;
    }
    const now = performance.now();
    if (done === total || now - lastPrinted > 5000) {
      lastPrinted = now;
      console.log(`  records ${done}/${total}`);
    }
  };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, service: { type: 'string', multiple: true }, repo: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.out) {
    console.error('usage: npm run import -- <clone, bare repository or .bundle> --out <corpus folder> [--service <archive folder name>]… [--repo <repository to cite>]');
    process.exit(2);
  }
  const started = performance.now();
  try {
    const summary = await importCollection({
      source: positionals[0]!,
      out: values.out,
      ...(values.service ? { services: values.service } : {}),
      ...(values.repo ? { repo: values.repo } : {}),
      onProgress: progress(),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Imported ${summary.repo} at ${summary.head.slice(0, 12)} into ${values.out} in ${seconds} s`);
    console.log(
      `  ${summary.commits} commits read` +
        (summary.historyRewritten
          ? ' (the last import\'s commit is no longer in the history: records matched by content)'
          : summary.newCommits !== undefined ? `, ${summary.newCommits} new since the last import` : ''),
    );
    for (const doc of summary.documents) {
      const paths = doc.archivePaths.length > 1 ? ` (followed ${doc.archivePaths.join(' → ')})` : '';
      console.log(`  ${doc.service}/${doc.document}: ${doc.records} records, ${doc.written} written — ${doc.serviceName} ${doc.documentName}${paths}`);
    }
    console.log(
      `  ${summary.written} records written, ${summary.unchanged} already held, ${summary.resynced} re-synced to new commits` +
        (summary.notInHistory > 0 ? `, ${summary.notInHistory} held but no longer in the history (kept)` : ''),
    );
    console.log(`Next: TERMLINE_CORPUS=${values.out} npm run build`);
  } catch (error) {
    if (error instanceof InputError || error instanceof GitSourceError) {
      console.error(error.message);
      console.error('\nImport stopped.');
      process.exit(1);
    }
    throw error;
  }
}
