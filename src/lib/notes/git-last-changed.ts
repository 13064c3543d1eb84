/** The day git last committed a change to a file (YYYY-MM-DD), or undefined outside a repository or for a new file. */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

export function gitLastChanged(file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', basename(file)], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}
