/**
 * The publishing workflow (.github/workflows/publish.yml), checked without
 * GitHub: parsed with `yaml`, its shape validated with zod against the fields
 * it uses (no schema for workflows is at hand offline), and what it runs
 * checked against this repository: its npm scripts exist, the outputs it reads
 * come from steps that exist, and the build gets the site and base it needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../src/lib/config.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const text = readFileSync(join(projectRoot, '.github/workflows/publish.yml'), 'utf8');
const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts as Record<string, string>);

const CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const expression = z.string().min(1);
const step = z.strictObject({
  name: z.string().min(1),
  id: z.string().regex(/^[a-z][\w-]*$/).optional(),
  // A published action at a major version, e.g. actions/checkout@v4.
  uses: z.string().regex(/^[\w-]+\/[\w-]+(\/[\w-]+)?@v\d+$/).optional(),
  run: z.string().min(1).optional(),
  with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  env: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
}).refine((s) => Boolean(s.uses) !== Boolean(s.run), 'a step either uses an action or runs a command');
const job = z.strictObject({
  'runs-on': z.literal('ubuntu-latest'),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  environment: z.strictObject({ name: z.string(), url: expression }).optional(),
  steps: z.array(step).min(1),
});
const workflow = z.strictObject({
  name: z.string().min(1),
  on: z.strictObject({
    schedule: z.array(z.strictObject({ cron: z.string().refine((c) => { const f = c.trim().split(/\s+/); return f.length === 5 && f.every((x) => CRON_FIELD.test(x)); }, 'five cron fields') })).min(1),
    workflow_dispatch: z.null(),
  }),
  permissions: z.strictObject({ contents: z.literal('read'), pages: z.literal('write'), 'id-token': z.literal('write') }),
  concurrency: z.strictObject({ group: z.string(), 'cancel-in-progress': z.boolean() }),
  env: z.record(z.string(), z.string()).optional(),
  jobs: z.strictObject({ build: job, deploy: job }),
});

const parsed = workflow.parse(parse(text));
const buildSteps = parsed.jobs.build.steps;
const at = (predicate: (s: (typeof buildSteps)[number]) => boolean) => buildSteps.findIndex(predicate);

describe('the publishing workflow', () => {
  it('runs on a schedule and by hand, with only the permissions Pages needs', () => {
    expect(parsed.on.schedule[0]!.cron.split(' ')).toHaveLength(5);
    expect(Object.keys(parsed.on)).toEqual(['schedule', 'workflow_dispatch']);
  });

  it('checks out, sets up Node, installs, imports new records, builds, and uploads dist/ in that order', () => {
    const order = [
      at((s) => s.uses?.startsWith('actions/checkout@') ?? false),
      at((s) => s.uses?.startsWith('actions/setup-node@') ?? false),
      at((s) => s.run === 'npm ci'),
      at((s) => /npm run import -- \S+ --out corpus/.test(s.run ?? '')),
      at((s) => s.run === 'npm run build'),
      at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false),
    ];
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(buildSteps[order[5]!]!.with).toEqual({ path: 'dist' });
    expect(buildSteps[order[1]!]!.with!['node-version']).toBe(20);
  });

  it('runs only npm scripts this project has', () => {
    const used = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('builds for the Pages address, from outputs of steps that exist, into settings config.ts reads', () => {
    const build = buildSteps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({ TERMLINE_CORPUS: 'corpus', TERMLINE_SITE: expect.stringMatching(/steps\.pages\.outputs\.origin/), TERMLINE_BASE: expect.stringMatching(/steps\.pages\.outputs\.base_path/) });
    for (const jobSteps of [buildSteps, parsed.jobs.deploy.steps]) {
      const ids = new Set(jobSteps.map((s) => s.id).filter(Boolean));
      const read = [...JSON.stringify(jobSteps).matchAll(/steps\.([\w-]+)\.outputs/g)].map((m) => m[1]!);
      expect(read.filter((id) => !ids.has(id))).toEqual([]);
    }
    expect(buildSteps.find((s) => s.id === 'pages')!.uses).toMatch(/^actions\/configure-pages@/);
    // What configure-pages gives for a project site is a valid site and base.
    expect(loadConfig(projectRoot, { TERMLINE_SITE: 'https://owner.github.io', TERMLINE_BASE: '/termline' })).toMatchObject({ site: 'https://owner.github.io', base: '/termline/', siteIsLocal: false });
  });

  it('deploys what the build uploaded, after it, to the github-pages environment', () => {
    expect(parsed.jobs.deploy.needs).toBe('build');
    expect(parsed.jobs.deploy.environment!.name).toBe('github-pages');
    expect(parsed.jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('keeps the corpus between runs in the Actions cache, never in the repository', () => {
    const restore = at((s) => s.uses?.startsWith('actions/cache/restore@') ?? false);
    const save = at((s) => s.uses?.startsWith('actions/cache/save@') ?? false);
    const importing = at((s) => /npm run import/.test(s.run ?? ''));
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(importing);
    expect(save).toBeGreaterThan(importing);
    expect(buildSteps[restore]!.with!.path).toBe('corpus');
    expect(text).not.toMatch(/git (add|commit|push)/);
  });
});
