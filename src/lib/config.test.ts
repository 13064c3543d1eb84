import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, localSiteWarning } from './config.ts';
import { LOCAL_SITE } from './publish/paths.ts';

function projectWith(config?: object): string {
  const root = mkdtempSync(join(tmpdir(), 'termline-config-'));
  if (config) writeFileSync(join(root, 'termline.config.json'), JSON.stringify(config));
  return root;
}

describe('loadConfig: site and base', () => {
  it('defaults to the local preview at the root, and says the site is local', () => {
    const config = loadConfig(projectWith(), {});
    expect(config).toMatchObject({ site: LOCAL_SITE, base: '/', siteIsLocal: true });
  });

  it('reads base from the file and lets TERMLINE_BASE override it, normalised to /name/', () => {
    const root = projectWith({ site: 'https://news.example', base: 'termline' });
    expect(loadConfig(root, {})).toMatchObject({ site: 'https://news.example', base: '/termline/', siteIsLocal: false });
    expect(loadConfig(root, { TERMLINE_BASE: '/other' }).base).toBe('/other/');
    expect(loadConfig(root, { TERMLINE_SITE: 'https://owner.example/', TERMLINE_BASE: '/' })).toMatchObject({ site: 'https://owner.example', base: '/' });
  });

  it('accepts a site whose path is the base, and rejects one whose path is not, with the fix', () => {
    expect(loadConfig(projectWith(), { TERMLINE_SITE: 'https://owner.example/termline/', TERMLINE_BASE: '/termline/' }).base).toBe('/termline/');
    expect(() => loadConfig(projectWith(), { TERMLINE_SITE: 'https://owner.example/termline/' })).toThrow(/set the site to its origin \(https:\/\/owner\.example\) and the base to "\/termline\/"/);
  });

  it('rejects a base that is not a folder path, naming the file or the variable', () => {
    expect(() => loadConfig(projectWith({ base: 'https://x.example/' }), {})).toThrow(/termline\.config\.json: "base"/);
    expect(() => loadConfig(projectWith(), { TERMLINE_BASE: '/a b/' })).toThrow(/TERMLINE_BASE: "\/a b\/" is not a folder path/);
  });
});

describe('localSiteWarning', () => {
  it('speaks up, with the fix, only while the site is the local preview', () => {
    expect(localSiteWarning(loadConfig(projectWith(), {}))).toMatch(/still the local preview, http:\/\/127\.0\.0\.1:4321.*Fix: set TERMLINE_SITE/);
    expect(localSiteWarning(loadConfig(projectWith(), { TERMLINE_SITE: 'https://news.example' }))).toBeUndefined();
  });
});
