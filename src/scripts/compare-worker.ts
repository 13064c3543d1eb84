/**
 * Computes a comparison no page holds, off the page's thread: fetches the
 * document's and the two versions' JSON and the notes from the dataset, then
 * runs the same align, diff, view and renderer as the prerendered pages.
 */
import { comparePairFromDataset } from '../lib/publish/compare-pair-dataset.ts';
import { documentDataPath, notesDataPath, versionDataPath } from '../lib/publish/dataset/data-paths.ts';
import { KINDS_PATH } from '../lib/publish/views.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { NotesFile } from '../lib/publish/dataset/notes-schema.ts';
import type { VersionFile } from '../lib/publish/dataset/version-schema.ts';
import { comparePath, compareIndexPath, documentPath, withBase } from '../lib/publish/paths.ts';
import { compareStrings } from '../lib/publish/i18n/ui/compare.ts';
import type { PairAnswer, PairRequest } from './compare-protocol.ts';

let bytes = 0;

async function getJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  if (!response.ok) return undefined;
  const text = await response.text();
  bytes += text.length;
  return JSON.parse(text) as T;
}

async function answer({ base, locale, address }: PairRequest): Promise<PairAnswer> {
  const t = compareStrings[locale];
  const href = (route: string) => withBase(route, base);
  const started = performance.now();
  bytes = 0;
  const docRef = { service: address.service, id: address.document };
  // The notes are fetched alongside the document: both are needed, whatever the versions.
  const [document, notes] = await Promise.all([getJson<DocumentFile>(href(documentDataPath(docRef))), getJson<NotesFile>(href(notesDataPath()))]);
  if (!document) {
    return { type: 'problem', problem: 'document', detail: t.unknownDocument(`${address.service}/${address.document}`), links: [{ route: '/#documents', label: 'Termline' }] };
  }
  const index = (id: string) => document.versions.findIndex((v) => v.id === id);
  const choose = [{ route: compareIndexPath(docRef), label: t.compareIndex }, { route: documentPath(docRef), label: `${document.service.name} ${document.document.title}` }];
  const missing = [address.before, address.after].find((id) => index(id) < 0);
  if (missing !== undefined) return { type: 'problem', problem: 'version', detail: t.unknownVersion(missing), links: choose };
  const [older, newer] = [address.before, address.after].sort((a, b) => index(a) - index(b)) as [string, string];
  if (older === newer || document.versions[index(older)]!.region !== document.versions[index(newer)]!.region) {
    return { type: 'problem', problem: 'regions', detail: t.differentRegions, links: choose };
  }
  const [before, after] = await Promise.all(
    [older, newer].map((id) => getJson<VersionFile>(href(versionDataPath({ service: address.service, document: address.document, id })))),
  );
  if (!before || !after || !notes) return { type: 'problem', problem: 'failed', detail: `${t.failed} ${href(versionDataPath({ ...address, id: older }))}`, links: choose };
  const fetched = performance.now();
  const html = comparePairFromDataset(
    { document, before, after, notes },
    { locale, href, kindsPath: KINDS_PATH, comparePath: (a, b) => comparePath({ service: address.service, document: address.document, id: a.id }, b) },
  );
  return {
    type: 'pair',
    html,
    route: comparePath({ service: address.service, document: address.document, id: older }, { id: newer }),
    compareIndex: compareIndexPath(docRef),
    bytes,
    fetchMs: fetched - started,
    computeMs: performance.now() - fetched,
  };
}

self.onmessage = async (event: MessageEvent<PairRequest>) => {
  let reply: PairAnswer;
  try {
    reply = await answer(event.data);
  } catch (error) {
    reply = { type: 'problem', problem: 'failed', detail: String(error), links: [] };
  }
  self.postMessage(reply);
};
