/**
 * Global setup for the browser tests: build the site from the real corpus
 * into a temporary folder and serve it on 127.0.0.1 for the length of the run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
  }
}

const projectRoot = new URL('../..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'termline-site-'));
  const siteDir = join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    env: { ...process.env, TERMLINE_DIST: siteDir },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 170_000,
  });
  const port = await freePort();
  process.env.TERMLINE_OUT_DIR = siteDir;
  const { preview } = await import('astro');
  const server = await preview({ root: projectRoot, outDir: siteDir, server: { host: '127.0.0.1', port }, logLevel: 'error' });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
