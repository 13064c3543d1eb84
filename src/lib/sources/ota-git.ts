/**
 * Reads an Open Terms Archive versions repository with git's own CLI: the
 * commit list from one `git log --raw -z` (metadata only, fast even over the
 * whole history) and file contents streamed through one `git cat-file
 * --batch` process. Git's CLI over a library: it reads bundles, bare
 * repositories and clones alike, and a collection's packs are git's own.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One file a commit added, modified or renamed. */
export interface CommitChange {
  /** Git's status letter: A, M, D, R (rename), C (copy), T (type change). */
  status: string;
  path: string;
  /** For R and C: the path before. */
  fromPath?: string;
  /** Git blob ID of the file after the commit (all zeros when deleted). */
  blob: string;
}

export interface OtaCommit {
  id: string;
  parents: string[];
  /** Author date, ISO 8601 as git prints it (with the committer's offset). */
  date: string;
  subject: string;
  body: string;
  changes: CommitChange[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function git(gitDir: string, args: readonly string[], input?: string): Buffer {
  return execFileSync('git', ['--git-dir', gitDir, ...args], {
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input !== undefined ? { input } : {}),
  });
}

export class GitSourceError extends Error {}

function isGitDir(path: string): boolean {
  try {
    execFileSync('git', ['--git-dir', path, 'rev-parse', '--git-dir'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The git directory to read `source` from. A clone or a bare repository is
 * read in place; a `.bundle` file is cloned once (bare) into `cacheDir` and
 * fetched into on later runs, so its history is read like any repository.
 */
export function openSource(source: string, cacheDir: string): { gitDir: string; ref: string } {
  const path = resolve(source);
  if (!existsSync(path)) {
    throw new GitSourceError(`${path}: no such file or folder; give a clone, a bare repository or a .bundle file of an Open Terms Archive versions collection`);
  }
  if (statSync(path).isFile()) {
    const gitDir = resolve(cacheDir, 'source.git');
    if (!existsSync(gitDir)) {
      mkdirSync(dirname(gitDir), { recursive: true });
      try {
        execFileSync('git', ['clone', '--quiet', '--bare', path, gitDir], { stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (error) {
        throw new GitSourceError(`${path}: git could not read it as a bundle (${(error as { stderr?: Buffer }).stderr?.toString().trim() ?? error}); give a .bundle made by \`git bundle create\`, a clone or a bare repository`);
      }
    } else {
      // A rewritten history must replace ours: force, and drop what it no longer holds.
      execFileSync('git', ['--git-dir', gitDir, 'fetch', '--quiet', '--force', '--prune', path, '+refs/heads/*:refs/heads/*'], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    return { gitDir, ref: defaultBranch(gitDir) };
  }
  const dotGit = resolve(path, '.git');
  if (existsSync(dotGit) && isGitDir(dotGit)) return { gitDir: dotGit, ref: 'HEAD' };
  if (isGitDir(path)) return { gitDir: path, ref: 'HEAD' };
  throw new GitSourceError(`${path}: not a git repository; give a clone, a bare repository or a .bundle file of an Open Terms Archive versions collection`);
}

/** HEAD when it names a commit; else (a bundle made without HEAD) main, master or the only branch. */
function defaultBranch(gitDir: string): string {
  if (resolveRef(gitDir, 'HEAD')) return 'HEAD';
  const branches = git(gitDir, ['for-each-ref', '--format=%(refname)', 'refs/heads']).toString().split('\n').filter(Boolean);
  return branches.find((b) => b === 'refs/heads/main') ?? branches.find((b) => b === 'refs/heads/master') ?? branches[0] ?? 'HEAD';
}

/** The commit `ref` names, or undefined when the repository has no commit yet. */
export function resolveRef(gitDir: string, ref: string): string | undefined {
  try {
    return git(gitDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether `commit` exists here and is an ancestor of (or equal to) `head`. */
export function isAncestor(gitDir: string, commit: string, head: string): boolean {
  try {
    execFileSync('git', ['--git-dir', gitDir, 'merge-base', '--is-ancestor', commit, head], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The URL of the `origin` remote, when the source has one. */
export function originUrl(gitDir: string): string | undefined {
  try {
    return git(gitDir, ['config', '--get', 'remote.origin.url']).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses `git log --raw -z --no-abbrev` output in the format written by
 * `readCommits`. Exported for tests.
 */
export function parseLog(output: string): OtaCommit[] {
  const commits: OtaCommit[] = [];
  for (const chunk of output.split('\x1e')) {
    if (chunk === '') continue;
    const fields = chunk.split('\x1f');
    if (fields.length < 5) throw new GitSourceError(`unexpected git log output near "${chunk.slice(0, 60)}"`);
    const [id, parents, date, message] = fields as [string, string, string, string];
    const raw = fields.slice(4).join('\x1f');
    const lines = message.replace(/\r\n/g, '\n').replace(/\n+$/, '');
    const newline = lines.indexOf('\n');
    const subject = (newline === -1 ? lines : lines.slice(0, newline)).trim();
    const body = newline === -1 ? '' : lines.slice(newline + 1).trim();
    const tokens = raw.split('\0').map((t) => t.replace(/^\n/, ''));
    const changes: CommitChange[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const meta = tokens[i]!;
      if (!meta.startsWith(':')) continue;
      // ":100644 100644 <old blob> <new blob> <status>"
      const [, , , blob, status] = meta.slice(1).split(' ');
      const letter = (status ?? '').charAt(0);
      if (letter === 'R' || letter === 'C') {
        changes.push({ status: letter, fromPath: tokens[i + 1]!, path: tokens[i + 2]!, blob: blob! });
        i += 2;
      } else {
        changes.push({ status: letter, path: tokens[i + 1]!, blob: blob! });
        i += 1;
      }
    }
    commits.push({ id, parents: parents.split(' ').filter(Boolean), date, subject, body, changes });
  }
  return commits;
}

/**
 * Every commit reachable from `ref` that records files (merges are left out:
 * they record nothing of their own), oldest first, with the files each one
 * changed. Renames are detected by git (-M) when a commit moves a file.
 */
export function readCommits(gitDir: string, ref: string): OtaCommit[] {
  const output = git(gitDir, [
    '-c', 'core.quotePath=false',
    'log', '--no-merges', '--topo-order', '--reverse', '--raw', '-z', '--no-abbrev', '-M',
    '--format=%x1e%H%x1f%P%x1f%aI%x1f%B%x1f',
    ref,
  ]);
  let text: string;
  try {
    text = utf8.decode(output);
  } catch {
    throw new GitSourceError(`${gitDir}: the history holds a file name or commit message that is not UTF-8; the archive writes UTF-8, so the repository is damaged: clone it again`);
  }
  return parseLog(text);
}

/**
 * Streams blobs out of one `git cat-file --batch` process: ask for many,
 * get them back in order, without a process per file.
 */
export class BlobReader {
  readonly #child: ChildProcessWithoutNullStreams;
  #buffer: Buffer = Buffer.alloc(0);
  readonly #waiting: { id: string; resolve: (data: Buffer) => void; reject: (error: Error) => void }[] = [];
  #failed: Error | undefined;

  constructor(gitDir: string) {
    this.#child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stdout.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    const fail = (error: Error) => {
      this.#failed = error;
      for (const waiter of this.#waiting.splice(0)) waiter.reject(error);
    };
    this.#child.on('error', fail);
    this.#child.on('exit', (code) => {
      if (this.#waiting.length > 0) fail(new GitSourceError(`git cat-file stopped (exit code ${code}) with ${this.#waiting.length} blobs unread`));
    });
  }

  #drain(): void {
    while (this.#waiting.length > 0) {
      const newline = this.#buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.#buffer.subarray(0, newline).toString();
      const waiter = this.#waiting[0]!;
      const parts = header.split(' ');
      if (parts[1] === 'missing') {
        this.#waiting.shift();
        this.#buffer = this.#buffer.subarray(newline + 1);
        waiter.reject(new GitSourceError(`blob ${waiter.id} is missing from the repository`));
        continue;
      }
      const size = Number(parts[2]);
      if (this.#buffer.length < newline + 1 + size + 1) return;
      const data = Buffer.from(this.#buffer.subarray(newline + 1, newline + 1 + size));
      this.#buffer = this.#buffer.subarray(newline + 1 + size + 1);
      this.#waiting.shift();
      waiter.resolve(data);
    }
  }

  read(id: string): Promise<Buffer> {
    if (this.#failed) return Promise.reject(this.#failed);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ id, resolve, reject });
      this.#child.stdin.write(`${id}\n`);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.#child.exitCode !== null) return resolve();
      this.#child.once('exit', () => resolve());
      this.#child.stdin.end();
    });
  }
}
