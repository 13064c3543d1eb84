/**
 * A note's declared history is checked against the data: `npm run check`
 * passes when a copy of a real note states what the corpus shows, and fails,
 * naming the file, the line, the stated and the computed value, when the
 * copy's history is altered.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const projectRoot = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'termline-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the notes in which one note declares `history`. */
function notesWithHistory(id: string, history: Record<string, unknown>): { dir: string; file: string } {
  const dir = mkdtempSync(join(work, 'notes-'));
  cpSync(join(projectRoot, 'content', 'annotations'), dir, { recursive: true });
  const file = join(dir, `${id}.mdx`);
  const [, front, ...body] = readFileSync(file, 'utf8').split(/^---$/m);
  const data = { ...parse(front!), history };
  writeFileSync(file, `---\n${stringify(data)}---${body.join('---')}`);
  return { dir, file };
}

function check(annotationsDir: string): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['scripts/check.ts'], {
      cwd: projectRoot,
      // The copy's edited note would make its translation stale: translations have their own tests.
      env: { ...process.env, TERMLINE_ANNOTATIONS: annotationsDir, TERMLINE_TRANSLATIONS: join(work, 'no-translations') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('declared history', () => {
  // The 18-month catch-all: in the policy from the first record, gone from the text first recorded 2024-10-17.
  const note = 'x-privacy-retention-18-month-cap';

  it('passes when it states what the records show', () => {
    const { dir } = notesWithHistory(note, { appears: '2022-09-04', vanishes: '2024-10-17' });
    expect(check(dir)).toMatchObject({ status: 0 });
  });

  it('fails in a copy whose history is altered, naming the file, the line, the stated and the computed value', () => {
    const { dir, file } = notesWithHistory(note, { appears: '2022-09-04', vanishes: '2024-11-16' });
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: history\\.vanishes states 2024-11-16, but the data gives 2024-10-17`));
  });
});
