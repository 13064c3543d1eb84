/**
 * Quality gates over the built site (the one the global setup built): the W3C
 * Nu HTML checker finds no errors, and no internal link or #fragment is broken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/lib/config.ts';
import { checkLinks, formatBroken } from '../../src/lib/publish/link-check.ts';
import { samplePages } from '../../src/lib/publish/page-sample.ts';

const siteDir = inject('siteDir');
const projectRoot = new URL('../..', import.meta.url).pathname;
// The site and base the global setup built with.
const config = loadConfig(projectRoot);
const VNU = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the Nu checker over files; its JSON report comes on stderr. */
export function nuErrors(files: readonly string[]): NuMessage[] {
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (result.error) throw result.error;
  const report = JSON.parse(result.stderr) as { messages: NuMessage[] };
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

describe('the built site', () => {
  it('has no broken internal link or fragment, on any page, feed or sitemap', () => {
    const report = checkLinks(siteDir, config);
    expect(report.pages).toBeGreaterThan(100);
    expect(report.links).toBeGreaterThan(report.pages);
    expect(report.broken, formatBroken(report.broken)).toEqual([]);
    console.info(`Link check: ${report.pages} pages, ${report.links} links, ${report.broken.length} broken`);
  }, 240_000);

  it('passes the W3C Nu HTML checker with no errors: every page of small types, the largest, first and last of large ones', () => {
    const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((file) => ({ file, bytes: statSync(join(siteDir, file)).size }));
    const { sample, types } = samplePages(files);
    // Every page type the site has is in the sample, the "other" bucket is empty.
    expect([...types.keys()]).not.toContain('other');
    expect([...types.keys()]).toEqual(expect.arrayContaining(['home', 'version', 'comparison', 'clause card', 'pinned clause card', 'note card', 'embed page', 'note', 'story', 'search', 'timeline']));
    const errors = nuErrors(sample.map((file) => join(siteDir, file)));
    const listed = errors.map((m) => `${m.url.replace(`file:${siteDir}/`, '')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(listed).toEqual([]);
    console.info(`Nu checker: ${sample.length} of ${files.length} pages, ${types.size} page types, ${errors.length} errors`);
  }, 300_000);

  it('says on the embed panel when its site is still the local preview', () => {
    const embed = readdirSync(join(siteDir, 'embed'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('index.html'))!;
    const html = readFileSync(join(siteDir, 'embed', embed), 'utf8');
    if (config.siteIsLocal) expect(html).toMatch(/Not ready to embed\.<\/strong> The site(&#39;|')s address is still the local preview/);
    else expect(html).not.toContain('Not ready to embed');
  });
});
