/**
 * Computes a comparison no page holds, off the page's thread: reads the
 * document's and the two versions' JSON and the document's notes from the dataset (pair-files.ts
 * fetches them as this starts, when pair-start.js put the request in this worker's address; this
 * fetches any it could not, and all of them when compare-pair.ts or pair-picker.ts posts the request), then runs the
 * same align, diff, view and renderer as the prerendered pages. Started by a compare index's version picker
 * (pair-picker.ts) before the reader asks, it fetches what the picker names and warms up meanwhile.
 */
// First, so that it runs first: starts fetching the pair's files when the worker's address names them.
import { fetchText, started, startRequest } from './pair-files.ts';
import { comparePairFromDataset } from '../lib/publish/compare-pair-dataset.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { NotesFile } from '../lib/publish/dataset/notes-schema.ts';
import type { VersionFile } from '../lib/publish/dataset/version-schema.ts';
import { notesDataPath } from '../lib/publish/dataset/data-paths.ts';
import { comparePath, compareIndexPath, documentPath, localized, withBase } from '../lib/publish/paths.ts';
import { KINDS_PATH } from '../lib/publish/views.ts';
import { compareStrings } from '../lib/publish/i18n/ui/compare.ts';
import { documentNameIn } from '../lib/publish/i18n/labels.ts';
import { formatDateIn, formatNumberIn } from '../lib/publish/i18n/format.ts';
import { pairAddress } from '../lib/publish/pair-address.ts';
import { documentFilesOf, filesOf, type PairAnswer, type PairRequest, type PickerMessage } from './compare-protocol.ts';
import { warmUp } from './pair-warm-up.ts';

async function answer({ base, path, files: given, started: steps }: PairRequest): Promise<PairAnswer> {
  const address = pairAddress(path, base);
  // The page asks only for addresses that name a pair: this would be a bug in pair-start.js.
  if (!address) return { type: 'problem', problem: 'failed', detail: `${compareStrings.en.failed} ${path}`, links: [] };
  const { locale } = address;
  const t = compareStrings[locale];
  const urls = filesOf(address, base);
  // pair-files.ts fetched them as this worker started, when pair-start.js started it; what it could not is fetched here.
  const unfetched = Object.values(urls).filter((url) => !(url in given));
  const fetching = Promise.all(unfetched.map(async (url) => [url, await fetchText(url)] as const));
  // While they come (if any): the first date and number formats of a fresh worker cost tens of ms (paid below while
  // pair-files.ts's fetches run, when it made them).
  formatDateIn(locale, '2000-01-01');
  formatNumberIn(locale, 0);
  const files = { ...given, ...Object.fromEntries(await fetching) };
  // A dataset published before documents had a notes file of their own: every note, which holds the document's.
  if (files[urls.notes] === null) files[urls.notes] = await fetchText(withBase(notesDataPath(), base));
  const receivedAt = performance.timeOrigin + performance.now();
  const started = performance.now();
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
    { locale, href: (route) => withBase(localized(route, locale), base), englishHref: (route) => withBase(route, base), kindsPath: KINDS_PATH, comparePath: (a, b) => comparePath({ ...at, id: a.id }, b) },
  );
  return {
    type: 'pair',
    html,
    route: comparePath({ ...at, id: before.version.id }, { id: after.version.id }),
    compareIndex: compareIndexPath(docRef),
    computeMs: performance.now() - started,
    ...(steps ? { started: steps } : {}),
    receivedAt,
  };
}

// While pair-files.ts's fetches run: the first date and number formats of the address's language (tens of ms in a
// fresh worker). Not the picker's whole warm-up (below): at a pair's address it did not make the pair sooner
// (Instagram's furthest, 9 fresh contexts: rows at 562 ms with two runs of it, 556 without).
const startLocale = startRequest && pairAddress(startRequest.path, startRequest.base)?.locale;
if (startLocale) {
  formatDateIn(startLocale, '2000-01-01');
  formatNumberIn(startLocale, 0);
}

// For the bench: when the worker was ready, on the clock every context shares.
const readyAt = performance.timeOrigin + performance.now();

async function reply(request: PairRequest): Promise<void> {
  let reply: PairAnswer;
  try {
    reply = await answer(request);
  } catch (error) {
    reply = { type: 'problem', problem: 'failed', detail: String(error), links: [] };
  }
  const id = request.id === undefined ? {} : { id: request.id };
  self.postMessage(reply.type === 'pair' ? { ...reply, readyAt, ...id } : { ...reply, ...id });
}

/** The reader has gone to the picker: the document's files fetched, and the made-up pair of pair-warm-up.ts run meanwhile. */
function standBy({ base, locale, service, document }: Extract<PickerMessage, { type: 'standby' }>): void {
  for (const url of Object.values(documentFilesOf({ service, document }, base))) fetchText(url).catch(() => {});
  warmUp(locale);
}

// Started by pair-start.js, the request in its address: answered once the files are in, no message needed. Started
// by compare-pair.ts (when pair-start.js did not run): the request is its message. Started by pair-picker.ts: its
// messages say what to fetch ahead, then each request.
if (started) void started.then(reply);
self.onmessage = (event: MessageEvent<PairRequest | PickerMessage>) => {
  const message = event.data;
  if (!('type' in message)) return void reply(message);
  if (message.type === 'standby') return standBy(message);
  const address = pairAddress(message.path, message.base);
  if (address) for (const url of Object.values(filesOf(address, message.base))) fetchText(url).catch(() => {});
};
