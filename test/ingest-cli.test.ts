/**
 * npm run ingest, as a reader runs it (not on a terminal here): records read
 * with the time left, then the summary; a bad record names file, line and fix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from './fixtures/corpus.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const files: FixtureFile[] = [
  { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
  { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy({ retention: 'We hold order records for ten days.' }) },
  { path: 'acme/terms-of-use/2024-03-02.md', content: acmeTerms() },
];

function ingest(corpus: string) {
  const scratch = mkdtempSync(join(tmpdir(), 'termline-ingest-'));
  return spawnSync(process.execPath, ['scripts/ingest.ts', '--out', join(scratch, 'model.json'), '--workers', '2'], {
    cwd: projectRoot,
    encoding: 'utf8',
    // No notes, stories or translations: a made-up corpus holds none of the documents ours are about.
    env: { ...process.env, TERMLINE_CORPUS: corpus, TERMLINE_CACHE: join(scratch, 'cache'), TERMLINE_ANNOTATIONS: join(scratch, 'none'), TERMLINE_STORIES: join(scratch, 'none'), TERMLINE_TRANSLATIONS: join(scratch, 'none') },
  });
}

it('shows records read of the total, then the summary', () => {
  const result = ingest(makeCorpus(files));
  expect(result.stderr).not.toMatch(/Error/);
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Reading records 1\/3 \(33%\)/);
  expect(result.stdout).toMatch(/\n {2}acme\/privacy-notice: 2 records/);
  expect(result.stdout).toMatch(/\nModel written to /);
}, 120_000);

it('stops on a bad record read in a worker thread, naming the file, the line and the fix', () => {
  const bad = Uint8Array.from([...new TextEncoder().encode('Acme\n\nMade-up words '), 0xfe, 0x0a]);
  const result = ingest(makeCorpus([...files, { path: 'acme/terms-of-use/2024-04-02.md', content: bad }]));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/acme\/terms-of-use\/2024-04-02\.md:3: invalid UTF-8 at byte 20/);
  expect(result.stderr).toMatch(/restore the file from its source/);
  expect(result.stderr).toMatch(/Ingest stopped; nothing was written/);
}, 120_000);
