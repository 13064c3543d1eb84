/**
 * The build stops on bad input and leaves the previous site untouched; an incremental build writes what a full
 * one does. One file: Astro builds in one project share node_modules/.astro, so they must not run at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../src/lib/publish/incremental-build.ts';
import { acmeModelNote, acmeNews, acmePrivacy, acmeTerms, makeCorpus, type FixtureFile } from './fixtures/corpus.ts';

const projectRoot = new URL('..', import.meta.url).pathname;

/** A dist/ folder holding a stand-in for the previous build. */
function previousSite(): string {
  const site = join(mkdtempSync(join(tmpdir(), 'termline-prev-')), 'dist');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<p>the previous build</p>');
  return site;
}

function build(env: Record<string, string>, timeout = 120_000) {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, env: { ...process.env, ...env }, encoding: 'utf8', timeout });
}

describe('npm run build on bad input', () => {
  it('exits non-zero, names the file, line and fix, and keeps the previous site', () => {
    const corpus = makeCorpus([
      { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
      { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy(), sha256: 'b'.repeat(64) },
    ]);
    const site = previousSite();
    const result = build({ TERMLINE_CORPUS: corpus, TERMLINE_DIST: site });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SOURCES\.tsv:3: sha256 mismatch for acme\/privacy-notice\/2024-04-02\.md/);
    expect(result.stderr).toMatch(/fix: restore the file as it was recorded/);
    expect(result.stderr).toContain('is unchanged');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>the previous build</p>');
    // No staging folder is left behind.
    expect(readdirSync(join(site, '..'))).toEqual(['dist']);
  });

  it('says how to point at a corpus when the folder is missing, and writes no model', () => {
    const model = join(mkdtempSync(join(tmpdir(), 'termline-model-')), 'model.json');
    const result = spawnSync(process.execPath, ['scripts/ingest.ts'], {
      cwd: projectRoot,
      env: { ...process.env, TERMLINE_CORPUS: '/no/such/corpus', TERMLINE_MODEL: model },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/no/such/corpus: the corpus folder does not exist (taken from the TERMLINE_CORPUS environment variable)');
    expect(result.stderr).toContain('fix: point TERMLINE_CORPUS at the corpus folder');
    expect(existsSync(model)).toBe(false);
  });
});

describe('npm run build with a broken annotation anchor', () => {
  it('stops, naming the note, the line and the closest clause, and keeps the previous site', () => {
    const notes = mkdtempSync(join(tmpdir(), 'termline-notes-'));
    writeFileSync(
      join(notes, 'x-broken.mdx'),
      [
        '---',
        'id: x-broken',
        'title: A note whose quote is not in the policy',
        'summary: This note quotes words that no version of the policy contains.',
        'service: x',
        'document: privacy-policy',
        'anchor:',
        '  exact: "we will never share your data with third-party collaborators"',
        'categories:',
        '  - Third Party Sharing/Collection',
        'impact: limits',
        'questions: ["Does the made-up clause say anything?"]',
        '---',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
    const site = previousSite();
    const result = build({ TERMLINE_ANNOTATIONS: notes, TERMLINE_DIST: site });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/x-broken\.mdx:8: the quote "we will never share your data with third-party collaborators" is in no version of x\/privacy-policy/);
    expect(result.stderr).toMatch(/fix: the closest clause is [\w/-]+ in version [\w-]+: "/);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>the previous build</p>');
  });
});

describe('npm run build on an imported corpus without X, with two services', () => {
  const bundle = join(projectRoot, '..', 'shared', 'ota', 'pga-versions.bundle');

  it.runIf(existsSync(bundle))('builds, leaving out and listing the notes about X', async () => {
    const { importCollection } = await import('../src/lib/sources/ota-import.ts');
    const corpus = mkdtempSync(join(tmpdir(), 'termline-moltbook-'));
    await importCollection({ source: bundle, out: corpus, services: ['Moltbook', 'BeReal'] });
    const site = join(mkdtempSync(join(tmpdir(), 'termline-site-')), 'dist');
    // A whole site (every clause's card and image): minutes on a shared machine.
    const result = build({ TERMLINE_CORPUS: corpus, TERMLINE_DIST: site }, 400_000);
    expect(result.stderr).not.toMatch(/Broken clause reference/);
    expect(result.status).toBe(0);
    const notes = readdirSync(join(projectRoot, 'content', 'annotations')).filter((name) => name.endsWith('.mdx')).length;
    expect(result.stdout).toContain(`annotations left out: ${notes}, about documents this corpus does not hold`);
    expect(result.stdout).toMatch(/stories: 0; left out: x-15-november-2024 \(the corpus holds no service x\)/);
    expect(result.stdout).toMatch(/x\/terms-of-service: x-terms-class-action-waiver/);
    expect(readFileSync(join(site, 'moltbook', 'privacy-policy', 'index.html'), 'utf8')).toContain('Moltbook');
    expect(existsSync(join(site, 'notes', 'x-terms-texas-law'))).toBe(false);
    // Two services: the services index lists both, the timeline offers a filter by service.
    expect(readFileSync(join(site, 'services', 'index.html'), 'utf8')).toMatch(/href="\/bereal\/">BeReal<\/a>[\s\S]*href="\/moltbook\/">Moltbook<\/a>/);
    const timeline = readFileSync(join(site, 'timeline', 'index.html'), 'utf8');
    expect(timeline).toMatch(/<select id="timeline-service" name="service">[\s\S]*<option value="bereal">BeReal<\/option>/);
    expect(timeline).toMatch(/class="event kind-recorded service-moltbook/);
    expect(existsSync(join(site, 'bereal', 'feed.xml'))).toBe(true);
    expect(existsSync(join(site, 'stories', 'x-15-november-2024'))).toBe(false);
  }, 420_000);
});

/*
 * The proof of the incremental build (issue 13): a site built, then one record added and the site rebuilt by
 * document, holds the same files, byte for byte, as a full build of the same corpus. On a made-up corpus of two
 * services and three documents, with a note, a report and a base, as a newsroom's GitHub Pages site has.
 */
const INCREMENTAL_BRAVO = `Bravo Privacy Notice
====================

Photographs
-----------

Bravo keeps the parcel photographs its couriers take for ninety days.
`;

const INCREMENTAL_FILES: FixtureFile[] = [
  { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
  { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy({ effective: 'June 1, 2024', retention: 'We hold order records for a year.' }) },
  { path: 'acme/terms-of-use/2024-04-03.md', content: acmeTerms({ effective: 'May 1, 2024' }) },
  { path: 'bravo/privacy-notice/2024-05-01.md', content: INCREMENTAL_BRAVO },
];
// The new record: a new version of the terms that states the date the privacy notice's second version states, so
// the timeline's event for that date (and both documents' pages that show it) names both documents.
const NEW_RECORD: FixtureFile = { path: 'acme/terms-of-use/2024-07-03.md', content: acmeTerms({ effective: 'June 1, 2024', fee: '$90 USD' }) };
const INCREMENTAL_NEWS = { '2024-04-05-example-acme.md': acmeNews({ date: '2024-04-05' }) };

let root: string;
let corpus: string;
let incrementalEnv: Record<string, string>;

function buildInto(dist: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: projectRoot, env: { ...process.env, ...incrementalEnv, TERMLINE_DIST: dist }, encoding: 'utf8', timeout: 170_000 });
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

const setUp = () => {
  root = mkdtempSync(join(tmpdir(), 'termline-incremental-'));
  corpus = makeCorpus(INCREMENTAL_FILES, INCREMENTAL_NEWS);
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'acme-model-builders.mdx'), acmeModelNote());
  incrementalEnv = {
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
  firstOutput = buildInto(join(root, 'a', 'dist'));
  // One record more, written into the same corpus folder as an import would (its file and its provenance rows).
  cpSync(makeCorpus([...INCREMENTAL_FILES, NEW_RECORD], INCREMENTAL_NEWS), corpus, { recursive: true });
  incrementalOutput = buildInto(join(root, 'a', 'dist'));
  fullOutput = buildInto(join(root, 'b', 'dist'), '--full');
};

describe('an incremental build after one new record', () => {
  beforeAll(setUp, 540_000);

  it('says why the first build is full, and which documents the second renders and why', () => {
    expect(firstOutput).toContain('Full build: there is no previous site.');
    expect(incrementalOutput).toMatch(/Incremental build: rendering 2 of 3 documents' pages: acme\/privacy-notice \(states 2024-06-01 as acme\/terms-of-use does\), acme\/terms-of-use \(changed\)/);
    expect(incrementalOutput).toMatch(/Kept [1-9]\d* files of 1 unchanged documents from the previous site/);
    expect(incrementalOutput).toContain('Built the site incrementally into');
    // Every per-document route filters: the partial build wrote none of the kept document's files itself.
    expect(incrementalOutput).not.toContain('Warning: the partial build rendered');
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
