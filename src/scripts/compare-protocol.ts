/** Messages between the page's script (compare-pair.ts) and its worker (compare-worker.ts). */
import type { ComparePairHtml } from '../lib/publish/compare-render.ts';
import type { Locale } from '../lib/publish/i18n/locales.ts';
import type { PairAddress } from '../lib/publish/pair-address.ts';
import { documentDataPath, documentNotesDataPath, versionDataPath } from '../lib/publish/dataset/data-paths.ts';
import { withBase } from '../lib/publish/paths.ts';

export interface PairRequest {
  base: string;
  /** The address that names the pair (the page's path, or what `?compare=` asks for): the worker reads it. */
  path: string;
  /**
   * Dataset files the page fetched already, by URL: the text, or null when the site has no such file. The worker
   * fetches any other file the pair needs.
   */
  files: Record<string, string | null>;
  /** When the worker pair-start.js starts fetched the files, for the bench. */
  started?: StartSteps;
  /** The picker's number for the request, sent back with the answer (pair-picker.ts keeps only its latest). */
  id?: number;
}

/**
 * What the version picker of a compare index (pair-picker.ts) tells a worker before the reader asks for a pair:
 * `standby` when the reader first goes to the picker, a menu focused (fetch the document's files, warm up), `prefetch` when two
 * versions are picked (fetch them).
 */
export type PickerMessage =
  | { type: 'standby'; base: string; locale: Locale; service: string; document: string }
  | { type: 'prefetch'; base: string; path: string };

/**
 * When the worker pair-start.js starts began fetching the files (its code's first line) and when the last file's
 * response ended (ms since the epoch); the bytes they took, as they came and decompressed.
 */
export interface StartSteps {
  at: number;
  files: number;
  bytes: number;
  decodedBytes: number;
}

/** The dataset files a pair's address needs, under the base: all known from the address alone, so they are fetched at once. */
export function filesOf(address: PairAddress, base: string) {
  const version = (id: string) => withBase(versionDataPath({ service: address.service, document: address.document, id }), base);
  return { ...documentFilesOf(address, base), before: version(address.before), after: version(address.after) };
}

/** The files of a document that any of its pairs needs, under the base. */
export function documentFilesOf({ service, document }: Pick<PairAddress, 'service' | 'document'>, base: string) {
  return {
    document: withBase(documentDataPath({ service, id: document }), base),
    // The document's notes only (a few KB), not notes.json (149 KB for X's).
    notes: withBase(documentNotesDataPath({ service, id: document }), base),
  };
}

export type PairAnswer =
  | {
      type: 'pair';
      html: ComparePairHtml;
      /** The canonical address: older version first. */
      route: string;
      compareIndex: string;
      /** Milliseconds the worker spent reading the JSON and computing. */
      computeMs: number;
      /** The request's steps, and when the worker was ready and when it had the files (ms since the epoch, for the bench). */
      started?: StartSteps;
      readyAt?: number;
      receivedAt?: number;
      id?: number;
    }
  | {
      type: 'problem';
      problem: 'document' | 'version' | 'regions' | 'failed';
      detail: string;
      /** Routes to offer instead. */
      links: { route: string; label: string }[];
      id?: number;
    };
