/**
 * npm test: every test, browser tests included. Installs Debian's Chromium
 * first when it is missing (playwright's own browser download cannot work
 * here), then runs vitest and ends with one "N passed, N failed" line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.log(`Chromium is not at ${chromium}; installing Debian's chromium package (about 30 s).`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => execFileSync(asRoot[0] ?? args[0]!, asRoot.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
}

// Every temporary folder the tests make (corpora, sites, Chromium profiles) goes under this one, removed at the end,
// so runs do not pile folders up in the system's temporary folder.
const reportDir = mkdtempSync(join(tmpdir(), 'termline-test-'));
const report = join(reportDir, 'vitest.json');
const vitest = new URL('../node_modules/vitest/vitest.mjs', import.meta.url).pathname;
const result = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: reportDir },
});

let status = result.status ?? 1;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTotalTests: number };
  if (summary.numTotalTests === 0) status = 1;
  console.log(`\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed${summary.numPendingTests ? `, ${summary.numPendingTests} skipped` : ''}`);
} else {
  console.log('\nTests: 0 passed, 1 failed');
  status = status || 1;
}
rmSync(reportDir, { recursive: true, force: true });
process.exit(status);
