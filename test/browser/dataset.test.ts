/** The JSON dataset as served: found from its index, valid against its schemas, cheaper than the pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { DATASET_SCHEMAS } from '../../src/lib/publish/dataset/dataset.ts';
import { openPage, useBrowser } from './chromium.ts';

const baseUrl = inject('baseUrl');
const siteDir = inject('siteDir');
const browserOf = useBrowser();

describe('the dataset', () => {
  it('is reached from its index, every file valid against its published schema', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/data/index.json`);
    const get = (path: string) => page.evaluate(async (url) => (await fetch(url)).json(), `${baseUrl}${path}`);
    const index = DATASET_SCHEMAS.index.parse(await get('/data/index.json')) as { services: { documents: { url: string; notes: string }[] }[]; schemas: Record<string, string>; bulk: string };
    const documentUrl = index.services[0]!.documents[0]!.url;
    // The document's own notes, which a computed comparison fetches: served, in the notes schema, its notes only.
    const notes = DATASET_SCHEMAS.notes.parse(await get(index.services[0]!.documents[0]!.notes)) as { notes: { document: string }[] };
    expect(notes.notes.length).toBeGreaterThan(0);
    expect(new Set(notes.notes.map((n) => n.document))).toEqual(new Set([documentUrl.split('/').at(-1)!.replace('.json', '')]));
    const document = DATASET_SCHEMAS.document.parse(await get(documentUrl)) as { versions: { url: string }[] };
    DATASET_SCHEMAS.version.parse(await get(document.versions.at(-1)!.url));
    for (const url of Object.values(index.schemas)) {
      const schema = (await get(url)) as { $id: string; $schema: string };
      expect(schema.$schema).toContain('2020-12');
    }
    // The bulk file is gzip (a tenth of the JSON for the archive's collection): unzipped here as a reader would.
    expect(index.bulk).toMatch(/\.json\.gz$/);
    // Read from the built file: servers differ on gzip (some send it as Content-Encoding, and the browser unzips it).
    const bulk = JSON.parse(gunzipSync(readFileSync(join(siteDir, index.bulk))).toString('utf8'));
    const parsed = DATASET_SCHEMAS.bulk.parse(bulk) as { versions: unknown[] };
    expect(parsed.versions.length).toBeGreaterThan(40);
  });

  it('serves a version for fewer bytes than its page', async () => {
    const page = await openPage(browserOf(), `${baseUrl}/data/index.json`);
    const size = (path: string) => page.evaluate(async (url) => (await (await fetch(url)).arrayBuffer()).byteLength, `${baseUrl}${path}`);
    const [json, html] = [await size('/data/x/privacy-policy/2024-10-17.json'), await size('/x/privacy-policy/2024-10-17/')];
    expect(json).toBeGreaterThan(10_000);
    expect(json).toBeLessThan(html);
  });
});
