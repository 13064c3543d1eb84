/** The JSON dataset over the real corpus: every file matches its schema and says what the records say. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltModel } from '../src/lib/pipeline.ts';
import { buildModel } from '../src/lib/pipeline.ts';
import { bulkFile, bulkJsonPieces, documentFile, documentNotesFile, indexFile, jsonSchema, notesFile, versionFile, DATASET_SCHEMAS } from '../src/lib/publish/dataset/dataset.ts';
import { SCHEMA_NAMES } from '../src/lib/publish/dataset/format.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
let model: BuiltModel;
beforeAll(() => {
  model = buildModel(projectRoot);
});
const privacy = () => model.corpus.services.find((s) => s.id === 'x')!.documents.find((d) => d.id === 'privacy-policy')!;

describe('the dataset', () => {
  it('gives each version its clauses with IDs and text, and its provenance', () => {
    const version = privacy().versions.find((v) => v.id === '2024-10-17')!;
    const file = DATASET_SCHEMAS.version.parse(versionFile(version)) as ReturnType<typeof versionFile>;
    expect(file.version).toMatchObject({ id: '2024-10-17', effectiveDate: '2024-11-15', firstRecorded: '2024-10-17', url: '/data/x/privacy-policy/2024-10-17.json' });
    expect(file.clauses.map((c) => c.id)).toContain('3-sharing-information/3-2-with-third-parties-third-party-integrations/third-party-collaborators');
    expect(file.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.provenance.sourceRepo).toBe('github.com/OpenTermsArchive/pga-versions');
  });

  it('gives each document every record, flagged, and every version', () => {
    const file = documentFile(model.corpus.services[0]!, privacy());
    DATASET_SCHEMAS.document.parse(file);
    expect(file.records).toHaveLength(25);
    // The corpus README: 2022-09-20 is a "Refilter" record.
    expect(file.records.find((r) => r.date === '2022-09-20')!.flags.reextraction).toBe(true);
    expect(file.versions.map((v) => v.id)).toEqual(privacy().versions.map((v) => v.id));
  });

  it('says each version\'s kind of change, why it is hidden and what it is bridged from', () => {
    const file = documentFile(model.corpus.services[0]!, privacy());
    const flags = (id: string) => file.versions.find((v) => v.id === id)!.flags;
    expect(flags('2025-05-21')).toMatchObject({ kind: 'link', hidden: 'minor', bridgedFrom: '2025-05-09' });
    expect(flags('2025-06-28')).toMatchObject({ kind: 'substantive', bridgedFrom: '2025-05-09' });
    expect(flags('2025-06-28').hidden).toBeUndefined();
  });

  it('states the licence of the texts and credits the archive, and lists every schema', () => {
    const index = indexFile(model.corpus, '2026-11-24T00:00:00Z');
    DATASET_SCHEMAS.index.parse(index);
    expect(index.licences.texts.name).toContain('ODC-By');
    expect(index.licences.texts.credit).toContain('Open Terms Archive');
    expect(Object.keys(index.schemas)).toEqual([...SCHEMA_NAMES]);
  });

  it('gives the notes with W3C TextQuoteSelectors and the versions they anchor in', () => {
    const file = notesFile(model.annotations);
    DATASET_SCHEMAS.notes.parse(file);
    const texas = file.notes.find((n) => n.id === 'x-terms-texas-law')!;
    expect(texas.selector.type).toBe('TextQuoteSelector');
    expect(texas.anchors.every((a) => a.versionId >= '2024-10-17')).toBe(true);
  });

  it("gives each document's own notes in a file of their own, each as notes.json gives it, and the index says where", () => {
    const all = notesFile(model.annotations);
    const file = documentNotesFile(model.annotations, privacy());
    DATASET_SCHEMAS.notes.parse(file);
    expect(file.notes.length).toBeGreaterThan(0);
    expect(file.notes).toEqual(all.notes.filter((n) => n.service === 'x' && n.document === 'privacy-policy'));
    // Another document's notes are left out: X's terms have notes of their own.
    expect(all.notes.some((n) => n.document === 'terms-of-service')).toBe(true);
    expect(JSON.stringify(file).length).toBeLessThan(JSON.stringify(all).length);
    const entry = indexFile(model.corpus, '2026-11-24T00:00:00Z').services.find((s) => s.id === 'x')!.documents.find((d) => d.id === 'privacy-policy')!;
    expect(entry.notes).toBe('/data/x/privacy-policy/notes.json');
  });

  it('holds everything in one file, and publishes JSON Schema for each kind', () => {
    const bulk = bulkFile(model.corpus, model.annotations, '2026-11-24T00:00:00Z');
    DATASET_SCHEMAS.bulk.parse(bulk);
    // Written in pieces (no string of the whole file), the same text.
    const pieces = [...bulkJsonPieces(model.corpus, model.annotations, '2026-11-24T00:00:00Z')];
    expect(pieces.length).toBeGreaterThan(bulk.versions.length);
    expect(pieces.join('')).toBe(JSON.stringify(bulk));
    expect(bulk.versions.length).toBe(model.corpus.services.flatMap((s) => s.documents.flatMap((d) => d.versions)).length);
    for (const name of SCHEMA_NAMES) {
      const schema = jsonSchema(name, { site: 'https://termline.example', base: '/' });
      expect(schema.$id).toBe(`https://termline.example/data/schema/v1/${name}.json`);
      expect(schema.type).toBe('object');
    }
  });
});
