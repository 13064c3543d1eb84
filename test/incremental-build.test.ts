/**
 * The proof of the incremental build (issue 13): a site built, then one record added and the site rebuilt by
 * document, holds the same files, byte for byte, as a full build of the same corpus. On a made-up corpus of two
 * services and three documents, with a note, a report and a base, as a newsroom's GitHub Pages site has.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../src/lib/publish/incremental-build.ts';
import { acmeNews, acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from './fixtures/corpus.ts';

const projectRoot = new URL('..', import.meta.url).pathname;

const NOTE = `---
id: acme-model-builders
title: Outside firms can model your orders
summary: A made-up note on the made-up Acme notice.
service: acme
document: privacy-notice
anchor:
  exact: "Outside firms may build prediction models"
categories:
  - Third Party Sharing/Collection
impact: limits
questions:
  - "Who can build models from my orders?"
---

Acme lets others build models unless you say no.
`;

const BRAVO_NOTICE = `Bravo Privacy Notice
====================

Photographs
-----------

Bravo keeps the parcel photographs its couriers take for ninety days.
`;

const FILES: FixtureFile[] = [
  { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
  { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy({ effective: 'June 1, 2024', retention: 'We hold order records for a year.' }) },
  { path: 'acme/terms-of-use/2024-04-03.md', content: acmeTerms({ effective: 'May 1, 2024' }) },
  { path: 'bravo/privacy-notice/2024-05-01.md', content: BRAVO_NOTICE },
];
// The new record: a new version of the terms that states the date the privacy notice's second version states, so
// the timeline's event for that date (and both documents' pages that show it) names both documents.
const NEW_RECORD: FixtureFile = { path: 'acme/terms-of-use/2024-07-03.md', content: acmeTerms({ effective: 'June 1, 2024', fee: '$90 USD' }) };
const NEWS = { '2024-04-05-example-acme.md': acmeNews({ date: '2024-04-05' }) };

let root: string;
let corpus: string;
let env: Record<string, string>;

function build(dist: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env: { ...process.env, ...env, TERMLINE_DIST: dist }, encoding: 'utf8', timeout: 170_000 });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, output).toBe(0);
  return output;
}

/** A dataset file's text without its generation time. */
function withoutGenerated(file: string): string {
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  expect(text).toMatch(/"generated":\s*"\d{4}-\d\d-\d\dT[^"]+"/);
  return text.replace(/"generated":\s*"[^"]+"/g, '"generated":""');
}

let firstOutput: string;
let incrementalOutput: string;
let fullOutput: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'termline-incremental-'));
  corpus = makeCorpus(FILES, NEWS);
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'acme-model-builders.mdx'), NOTE);
  env = {
    TERMLINE_CORPUS: corpus,
    TERMLINE_ANNOTATIONS: join(root, 'notes'),
    TERMLINE_STORIES: join(root, 'stories'),
    TERMLINE_TRANSLATIONS: join(root, 'translations'),
    TERMLINE_CACHE: join(root, 'cache'),
    TERMLINE_BASE: '/termline/',
    TERMLINE_SITE: 'https://owner.example',
    CI: '1',
  };
  mkdirSync(join(root, 'a'));
  mkdirSync(join(root, 'b'));
  firstOutput = build(join(root, 'a', 'dist'));
  // One record more, written into the same corpus folder as an import would (its file and its provenance rows).
  cpSync(makeCorpus([...FILES, NEW_RECORD], NEWS), corpus, { recursive: true });
  incrementalOutput = build(join(root, 'a', 'dist'));
  fullOutput = build(join(root, 'b', 'dist'), '--full');
}, 540_000);

describe('an incremental build after one new record', () => {
  it('says why the first build is full, and which documents the second renders and why', () => {
    expect(firstOutput).toContain('Full build: there is no previous site.');
    expect(incrementalOutput).toMatch(/Incremental build: rendering 2 of 3 documents' pages: acme\/privacy-notice \(states 2024-06-01 as acme\/terms-of-use does\), acme\/terms-of-use \(changed\)/);
    expect(incrementalOutput).toMatch(/Kept [1-9]\d* files of 1 unchanged documents from the previous site/);
    expect(incrementalOutput).toContain('Built the site incrementally into');
    expect(fullOutput).toContain('Full build: --full was given.');
  });

  it('writes the same files, byte for byte, as a full build of the same corpus', () => {
    const incremental = join(root, 'a', 'dist');
    const full = join(root, 'b', 'dist');
    const files = filesUnder(full);
    expect(filesUnder(incremental)).toEqual(files);
    // The new version's pages are there, and the sitemap lists the kept document's pages as well as the new ones.
    expect(files).toContain('acme/terms-of-use/2024-07-03/index.html');
    const sitemap = readFileSync(join(incremental, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://owner.example/termline/bravo/privacy-notice/</loc>');
    expect(sitemap).toContain('https://owner.example/termline/acme/terms-of-use/2024-07-03/</loc>');
    const differing = files.filter((file) => !readFileSync(join(incremental, file)).equals(readFileSync(join(full, file))));
    // The dataset's index and bulk file state when they were generated: that alone differs between any two builds.
    expect(differing).toEqual(['data/index.json', 'data/termline-dataset.json.gz']);
    for (const file of differing) expect(withoutGenerated(join(incremental, file))).toBe(withoutGenerated(join(full, file)));
  });
});
