/** The build stops on bad input and leaves the previous site untouched. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acmePrivacy, makeCorpus } from './fixtures/corpus.ts';

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
