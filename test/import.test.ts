/**
 * The import over the real collection (../shared/ota/pga-versions.bundle):
 * three services, checked against facts read from the archive with git, and
 * against the hand-made X corpus it must reproduce byte for byte.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/lib/config.ts';
import { importCollection, type ImportSummary } from '../src/lib/sources/ota-import.ts';
import { readRecordFile } from '../src/lib/sources/record.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const bundle = join(projectRoot, '..', 'shared', 'ota', 'pga-versions.bundle');
const handMade = loadConfig(projectRoot, {}).corpusDir;
const out = mkdtempSync(join(tmpdir(), 'termline-pga-'));
let summary: ImportSummary;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const rows = (name: string) =>
  new Map(
    readFileSync(join(out, name), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map((fields) => [fields[0]!, fields]),
  );

beforeAll(async () => {
  summary = await importCollection({ source: bundle, out, services: ['X', 'Moltbook', 'Instagram'] });
});

describe.runIf(existsSync(bundle))('importing X, Moltbook and Instagram from the pga-versions bundle', () => {
  it('keeps every record the archive made for them', () => {
    expect(summary.written).toBe(1680);
    const count = (service: string) => summary.documents.filter((d) => d.service === service).reduce((n, d) => n + d.records, 0);
    expect([count('x'), count('moltbook'), count('instagram')]).toEqual([303, 3, 1374]);
    expect(summary.documents.find((d) => d.service === 'x' && d.document === 'privacy-policy')).toMatchObject({
      serviceName: 'X',
      documentName: 'Privacy Policy',
      records: 26,
      archivePaths: ['Twitter/Privacy Policy.md', 'X/Privacy Policy.md'],
    });
  });

  it("reproduces the hand-made X corpus byte for byte, under the same names, and adds the archive's move to X/", () => {
    for (const document of ['privacy-policy', 'terms-of-service']) {
      for (const name of readdirSync(join(handMade, 'x', document)).filter((n) => n.endsWith('.md'))) {
        expect(sha(join(out, 'x', document, name)), `x/${document}/${name}`).toBe(sha(join(handMade, 'x', document, name)));
      }
    }
    const sources = rows('SOURCES.tsv');
    expect(sources.get('x/privacy-policy/2022-09-04.md')!.slice(4, 7)).toEqual([
      'github.com/OpenTermsArchive/pga-versions', '687b71c242a486a56d5865bf675a9048d72c45c3', 'Twitter/Privacy Policy.md',
    ]);
    // The first record under X/ is Twitter's last text, moved.
    expect(sources.get('x/privacy-policy/2024-02-21.md')![6]).toBe('X/Privacy Policy.md');
    expect(sha(join(out, 'x/privacy-policy/2024-02-21.md'))).toBe(sha(join(out, 'x/privacy-policy/2023-10-17.md')));
  });

  it('records the 2024 change with its commit, kind and snapshot', () => {
    expect(sha(join(out, 'x/privacy-policy/2024-10-17.md'))).not.toBe(sha(join(out, 'x/privacy-policy/2024-07-25.md')));
    expect(rows('SOURCES.tsv').get('x/privacy-policy/2024-10-17.md')![5]).toBe('32b88003bee089a1b0de0f1c92634ee357ce977a');
    const record = rows('RECORDS.tsv').get('x/privacy-policy/2024-10-17.md')!;
    expect(record.slice(1, 4)).toEqual(['2024-10-17T00:36:53+00:00', 'Record new changes of X Privacy Policy', 'change']);
    expect(record[4]).toMatch(/^https:\/\/github\.com\/OpenTermsArchive\/pga-snapshots\/commit\/[0-9a-f]{40}$/);
    expect(rows('RECORDS.tsv').get('x/privacy-policy/2025-10-23.md')![3]).toBe('technical-upgrade');
  });

  it('keeps four records of X Community Guidelines made on 2024-05-17', () => {
    const names = readdirSync(join(out, 'x', 'community-guidelines')).filter((n) => n.startsWith('2024-05-17'));
    expect(names).toEqual(['2024-05-17.md', '2024-05-17T063853.md', '2024-05-17T123907.md', '2024-05-17T183649.md']);
    expect(rows('RECORDS.tsv').get('x/community-guidelines/2024-05-17.md')![1]).toBe('2024-05-17T00:38:58+00:00');
  });

  it('keeps a capture failure (Instagram Privacy Policy holding a heading only) as a flagged record', () => {
    expect(rows('SOURCES.tsv').get('instagram/privacy-policy/2025-05-21.md')![5]).toBe('01bc3e804241a1a3b3c02fb1590c29d3b33f95f1');
    const read = readRecordFile({ absolute: join(out, 'instagram/privacy-policy/2025-05-21.md') });
    expect([read.problems, read.texts, read.anomaly]).toEqual([[], [], 'no body text: the record holds headings only']);
    // Its second record that day is a policy again.
    expect(readRecordFile({ absolute: join(out, 'instagram/privacy-policy/2025-05-21T123131.md') }).texts.length).toBeGreaterThan(0);
  });

  it('writes the names the archive uses', () => {
    const names = readFileSync(join(out, 'SERVICES.yaml'), 'utf8');
    expect(names).toMatch(/^x:\n {2}name: X\n/m);
    expect(names).toMatch(/^moltbook:\n {2}name: Moltbook\n/m);
  });

  it('writes nothing on a second run', async () => {
    const again = await importCollection({ source: bundle, out, services: ['X', 'Moltbook', 'Instagram'] });
    expect([again.written, again.unchanged, again.newCommits]).toEqual([0, 1680, 0]);
  });
});
