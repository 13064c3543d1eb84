import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, Corpus, Version } from './model.ts';
import { MODEL_FORMAT, readSiteModel, writeModel } from './model-file.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'termline-model-'));
  dirs.push(dir);
  return join(dir, 'model.json');
}

const SHARED_WORDS = 'Made-up clause that two versions share, word for word.';

function clause(id: string, text: string, line: number): Block {
  return { type: 'clause', id, kind: 'paragraph', html: text, text, marked: text, section: 'intro', line };
}

function version(id: string, blocks: Block[]): Version {
  return {
    id, service: 'acme', document: 'terms', region: 'default', regionLabel: 'Default', firstRecorded: id, lastRecorded: id,
    sightings: [], source: { path: `acme/terms/${id}.md`, sourceRepo: 'r', sourceCommit: 'c', sourcePath: 'p', sha256: 's', recordedAt: id, commitMessage: 'm' },
    reextraction: false, formattingOnly: false, kind: 'first', contentHash: id, textHash: id, wordCount: 9, blocks,
  };
}

function corpus(): Corpus {
  const intro: Block = { type: 'section', id: 'intro', title: 'Intro', html: 'Intro', depth: 2, line: 1 };
  return {
    root: '/made-up',
    bytes: 10,
    reports: [],
    services: [{
      id: 'acme', name: 'Acme', documents: [{
        service: 'acme', id: 'terms', title: 'Terms', regions: [{ id: 'default', label: 'Default' }], records: [],
        versions: [
          version('2024-01-01', [intro, clause('intro/made-up-clause', SHARED_WORDS, 3)]),
          version('2024-02-01', [intro, clause('intro/new-words', 'New made-up words.', 3), clause('intro/made-up-clause', SHARED_WORDS, 5)]),
        ],
      }],
    }],
  };
}

describe('model file', () => {
  it('reads back exactly what was written', () => {
    const file = tempFile();
    writeModel(corpus(), file);
    const read = readSiteModel(file);
    expect(read.format).toBe(MODEL_FORMAT);
    expect(read.corpus).toEqual(corpus());
    expect(read.annotations).toEqual([]);
  });

  it('is written in pieces, yet is exactly the one JSON text of the model', () => {
    const file = tempFile();
    const model = corpus();
    model.services.push({ ...model.services[0]!, id: 'other', name: 'Other "quoted" \\ name' });
    writeModel(model, file, [], [], {});
    const { strings, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as { strings: string[] };
    const indexes = new Map(strings.map((s, i) => [s, i]));
    const packed = {
      ...model,
      services: model.services.map((s) => ({
        ...s,
        documents: s.documents.map((d) => ({
          ...d,
          versions: d.versions.map((v) => ({
            ...v,
            blocks: v.blocks.map((b) => Object.fromEntries(Object.entries(b).map(([k, value]) => [k, ['id', 'html', 'text', 'marked', 'title', 'section'].includes(k) ? indexes.get(value as string) : value]))),
          })),
        })),
      })),
    };
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify({ format: MODEL_FORMAT, strings, corpus: packed, annotations: [], stories: [], translations: {} }));
    expect(rest).toMatchObject({ format: MODEL_FORMAT });
  });

  it('keeps a clause text that versions share once in the file, and once in memory', () => {
    const file = tempFile();
    writeModel(corpus(), file);
    const raw = readFileSync(file, 'utf8');
    expect(raw.split(SHARED_WORDS).length - 1).toBe(1);
    const [first, second] = readSiteModel(file).corpus.services[0]!.documents[0]!.versions;
    const a = first!.blocks[1]!;
    const b = second!.blocks[2]!;
    expect(a.type === 'clause' && b.type === 'clause' && a.text === b.text).toBe(true);
    // Still two blocks: lines differ between versions.
    expect([a.line, b.line]).toEqual([3, 5]);
  });

  it('is read once per process while the file is unchanged (the pages and the search index share it), again once it changes', () => {
    const file = tempFile();
    writeModel(corpus(), file);
    const first = readSiteModel(file);
    expect(readSiteModel(file)).toBe(first);
    const changed = corpus();
    changed.services[0]!.name = 'Acme, renamed';
    writeModel(changed, file);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(readSiteModel(file).corpus.services[0]!.name).toBe('Acme, renamed');
  });

  it('names the fix when the model is of another format', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ format: MODEL_FORMAT - 1, corpus: { services: [] } }));
    expect(() => readSiteModel(file)).toThrow(/Run "npm run ingest" again/);
  });
});
