/**
 * Computes a comparison no page holds, off the page's thread: fetches the
 * document's and the two versions' JSON and the notes from the dataset, then
 * runs the same align, diff, view and renderer as the prerendered pages.
 */
import { comparePairFromDataset } from '../lib/publish/compare-pair-dataset.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { NotesFile } from '../lib/publish/dataset/notes-schema.ts';
import type { VersionFile } from '../lib/publish/dataset/version-schema.ts';
import { comparePath, compareIndexPath, documentPath, localized, withBase } from '../lib/publish/paths.ts';
import { KINDS_PATH } from '../lib/publish/views.ts';
import { compareStrings } from '../lib/publish/i18n/ui/compare.ts';
import { documentNameIn } from '../lib/publish/i18n/labels.ts';
import { filesOf, type PairAnswer, type PairRequest } from './compare-protocol.ts';

function answer({ base, locale, address, files }: PairRequest): PairAnswer {
  const t = compareStrings[locale];
  const started = performance.now();
  const urls = filesOf(address, base);
  const read = <T>(url: string): T | undefined => (files[url] ? (JSON.parse(files[url]) as T) : undefined);
  const docRef = { service: address.service, id: address.document };
  const document = read<DocumentFile>(urls.document);
  if (!document) {
    return { type: 'problem', problem: 'document', detail: t.unknownDocument(`${address.service}/${address.document}`), links: [{ route: '/#documents', label: 'Termline' }] };
  }
  const index = (id: string) => document.versions.findIndex((v) => v.id === id);
  const choose = [
    { route: compareIndexPath(docRef), label: t.compareIndex },
    { route: documentPath(docRef), label: documentNameIn(locale, document.service, document.document) },
  ];
  const missing = [address.before, address.after].find((id) => index(id) < 0);
  if (missing !== undefined) return { type: 'problem', problem: 'version', detail: t.unknownVersion(missing), links: choose };
  if (address.before === address.after || document.versions[index(address.before)]!.region !== document.versions[index(address.after)]!.region) {
    return { type: 'problem', problem: 'regions', detail: t.differentRegions, links: choose };
  }
  // Older first, whichever way round the address names them.
  const [older, newer] = index(address.before) < index(address.after) ? [urls.before, urls.after] : [urls.after, urls.before];
  const before = read<VersionFile>(older);
  const after = read<VersionFile>(newer);
  const notes = read<NotesFile>(urls.notes);
  if (!before || !after || !notes) return { type: 'problem', problem: 'failed', detail: `${t.failed} ${[older, newer, urls.notes].filter((u) => !files[u]).join(', ')}`, links: choose };
  const at = { service: address.service, document: address.document };
  const html = comparePairFromDataset(
    { document, before, after, notes },
    { locale, href: (route) => withBase(localized(route, locale), base), kindsPath: KINDS_PATH, comparePath: (a, b) => comparePath({ ...at, id: a.id }, b) },
  );
  return {
    type: 'pair',
    html,
    route: comparePath({ ...at, id: before.version.id }, { id: after.version.id }),
    compareIndex: compareIndexPath(docRef),
    computeMs: performance.now() - started,
  };
}

// For the bench: when the worker was ready, on the clock every context shares.
const readyAt = performance.timeOrigin + performance.now();

self.onmessage = (event: MessageEvent<PairRequest>) => {
  const receivedAt = performance.timeOrigin + performance.now();
  let reply: PairAnswer;
  try {
    reply = answer(event.data);
  } catch (error) {
    reply = { type: 'problem', problem: 'failed', detail: String(error), links: [] };
  }
  self.postMessage(reply.type === 'pair' ? { ...reply, readyAt, receivedAt } : reply);
};
