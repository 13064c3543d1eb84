import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, keptSitemapUrls, linkTree, linkUnchangedFiles, planBuild, removeTree, siteFingerprint, type BuildManifest } from './incremental-build.ts';
import { folderOf } from '../../../test/fixtures/folder.ts';

const manifest = (documents: Record<string, [string, string[]?]>, site = 'site-1'): BuildManifest => ({
  format: 1,
  site,
  documents: Object.fromEntries(Object.entries(documents).map(([key, [fingerprint, dates]]) => [key, { fingerprint, effectiveDates: dates ?? [] }])),
});

describe('planBuild', () => {
  const before = manifest({ 'acme/terms': ['t1', ['2024-05-01']], 'acme/privacy': ['p1', ['2024-06-01']], 'bravo/privacy': ['b1'] });

  it('builds in full without a previous site or manifest, on --full, or when the whole site’s inputs changed', () => {
    expect(planBuild(undefined, before, { previousSite: true })).toEqual({ kind: 'full', reason: 'the previous site has no build manifest' });
    expect(planBuild(before, before, { previousSite: false })).toEqual({ kind: 'full', reason: 'there is no previous site' });
    expect(planBuild(before, before, { previousSite: true, full: true })).toEqual({ kind: 'full', reason: '--full was given' });
    expect(planBuild(before, { ...before, site: 'site-2' }, { previousSite: true }).kind).toBe('full');
    expect(planBuild({ ...before, format: 0 }, before, { previousSite: true }).kind).toBe('full');
  });

  it('renders nothing again when nothing changed', () => {
    expect(planBuild(before, before, { previousSite: true })).toEqual({ kind: 'incremental', rebuild: [], removed: [], kept: ['acme/privacy', 'acme/terms', 'bravo/privacy'] });
  });

  it('renders a changed or new document, and one that states a date the changed one states or stated', () => {
    const after = manifest({ 'acme/terms': ['t2', ['2024-05-01', '2024-06-01']], 'acme/privacy': ['p1', ['2024-06-01']], 'bravo/privacy': ['b1'], 'carol/terms': ['c1'] });
    expect(planBuild(before, after, { previousSite: true })).toEqual({
      kind: 'incremental',
      rebuild: [
        { key: 'acme/privacy', why: 'states 2024-06-01 as acme/terms does' },
        { key: 'acme/terms', why: 'changed' },
        { key: 'carol/terms', why: 'new' },
      ],
      removed: [],
      kept: ['bravo/privacy'],
    });
    // A date the old text stated counts too: the event named the document before.
    const dropped = manifest({ 'acme/terms': ['t1', ['2024-05-01']], 'acme/privacy': ['p2'], 'bravo/privacy': ['b1'] });
    const previous = manifest({ 'acme/terms': ['t1', ['2024-05-01']], 'acme/privacy': ['p1', ['2024-05-01']], 'bravo/privacy': ['b1'] });
    expect(planBuild(previous, dropped, { previousSite: true })).toMatchObject({ rebuild: [{ key: 'acme/privacy' }, { key: 'acme/terms', why: 'states 2024-05-01 as acme/privacy does' }] });
  });

  it('leaves a removed document’s files behind, and renders what shared a date with it', () => {
    const after = manifest({ 'acme/privacy': ['p1', ['2024-06-01']], 'bravo/privacy': ['b1', ['2024-05-01']] });
    expect(planBuild(before, after, { previousSite: true })).toEqual({
      kind: 'incremental',
      rebuild: [{ key: 'bravo/privacy', why: 'states 2024-05-01 as acme/terms does' }],
      removed: ['acme/terms'],
      kept: ['acme/privacy'],
    });
  });
});

const site = (files: Record<string, string>) => folderOf(files, 'termline-site-');

describe('linkUnchangedFiles', () => {
  const documents = new Set(['acme/terms', 'acme/privacy', 'bravo/privacy']);

  it('links the kept documents’ files the new site lacks, and nothing else', () => {
    const previous = site({
      'index.html': 'old home',
      'acme/index.html': 'old service page',
      'acme/terms/index.html': 'old terms',
      'acme/privacy/2024-01-01/index.html': 'old privacy version',
      'zh/compare/acme/privacy/a..b/index.html': 'old comparison',
      'og/zh/acme/privacy/clause.png': 'old image',
      'bravo/privacy/index.html': 'old bravo, rendered again by the new build',
      'notes/acme-note/index.html': 'old note',
    });
    const next = site({ 'index.html': 'new home', 'acme/terms/index.html': 'new terms', 'bravo/privacy/index.html': 'new bravo' });
    const { linked, renderedAnyway } = linkUnchangedFiles(previous, next, documents, new Set(['acme/privacy', 'bravo/privacy']));
    expect(linked).toBe(3);
    // bravo is kept, yet the new site has its page already: a route without the filter rendered it.
    expect(renderedAnyway).toEqual(['bravo/privacy/index.html']);
    expect(filesUnder(next)).toEqual([
      'acme/privacy/2024-01-01/index.html',
      'acme/terms/index.html',
      'bravo/privacy/index.html',
      'index.html',
      'og/zh/acme/privacy/clause.png',
      'zh/compare/acme/privacy/a..b/index.html',
    ]);
    expect(readFileSync(join(next, 'index.html'), 'utf8')).toBe('new home');
    expect(readFileSync(join(next, 'bravo/privacy/index.html'), 'utf8')).toBe('new bravo');
    // A hard link: the same file, not a copy.
    expect(statSync(join(next, 'acme/privacy/2024-01-01/index.html')).ino).toBe(statSync(join(previous, 'acme/privacy/2024-01-01/index.html')).ino);
    expect(existsSync(join(next, 'notes/acme-note/index.html'))).toBe(false);
  });
});

describe('keptSitemapUrls', () => {
  it('keeps the kept documents’ pages under the base', () => {
    const urls = ['https://n.example/t/', 'https://n.example/t/acme/', 'https://n.example/t/acme/terms/', 'https://n.example/t/zh/acme/privacy/2024-01-01/', 'https://n.example/t/timeline/acme/privacy/'];
    expect(keptSitemapUrls(urls, '/t/', new Set(['acme/terms', 'acme/privacy']), new Set(['acme/privacy']))).toEqual([
      'https://n.example/t/zh/acme/privacy/2024-01-01/',
      'https://n.example/t/timeline/acme/privacy/',
    ]);
  });
});

describe('siteFingerprint', () => {
  it('changes with a file’s content or name and with the settings, not otherwise', () => {
    const dir = site({ 'src/a.ts': 'one', 'src/b/c.ts': 'two' });
    const print = (extra = 'base /') => siteFingerprint(dir, ['src', 'missing.json'], [extra]);
    const first = print();
    expect(print()).toBe(first);
    expect(print('base /t/')).not.toBe(first);
    writeFileSync(join(dir, 'src/b/c.ts'), 'three');
    const changed = print();
    expect(changed).not.toBe(first);
    writeFileSync(join(dir, 'missing.json'), '{}');
    expect(print()).not.toBe(changed);
  });
});

describe('linkTree and removeTree', () => {
  it('links a folder’s files into another, then removes a folder without touching the linked files', () => {
    const from = site({ 'a.json': 'one', 'fragment/b.pf': 'two' });
    const to = join(mkdtempSync(join(tmpdir(), 'termline-link-')), 'bundle');
    linkTree(from, to);
    expect(filesUnder(to)).toEqual(['a.json', 'fragment/b.pf']);
    expect(statSync(join(to, 'fragment/b.pf')).ino).toBe(statSync(join(from, 'fragment/b.pf')).ino);
    removeTree(from);
    expect(existsSync(from)).toBe(false);
    expect(readFileSync(join(to, 'fragment/b.pf'), 'utf8')).toBe('two');
    removeTree(join(to, 'no-such-folder'));
  });
});
