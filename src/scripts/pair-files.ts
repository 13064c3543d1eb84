/**
 * compare-worker.ts's first import, so the first of its code to run: when pair-start.js started the worker with a
 * pair's request in its URL's fragment, fetches that pair's files at once, while the rest of the worker's code runs
 * and warms up. (The browser fetches the worker's code while it starts the worker's thread; a worker made from a
 * blob that fetched the files and then imported the code put the code's request after the thread's start.)
 */
import type { PairRequest, StartSteps } from './compare-protocol.ts';

/** What pair-start.js puts in the worker's fragment: the address, and the files it names under the base. */
export interface StartRequest {
  base: string;
  path: string;
  urls: string[];
}

/** The request a worker URL's fragment (`#` and the request's JSON, URI-encoded) holds, if any. */
export function startRequestIn(hash: string): StartRequest | undefined {
  if (hash.length < 2) return undefined;
  try {
    const request = JSON.parse(decodeURIComponent(hash.slice(1))) as Partial<StartRequest>;
    const isText = (value: unknown) => typeof value === 'string';
    return isText(request.base) && isText(request.path) && Array.isArray(request.urls) && request.urls.every(isText) ? (request as StartRequest) : undefined;
  } catch {
    return undefined;
  }
}

/** Each file this worker fetched or is fetching, by URL: read once, whoever asks (the start, the picker, the answer). */
const fetches = new Map<string, Promise<string | null>>();

/** A file's text, or null when the site has none at that address; fetched once (a failed fetch is tried again). */
export function fetchText(url: string, fetchUrl: (url: string) => Promise<Pick<Response, 'ok' | 'text'>> = fetch): Promise<string | null> {
  let text = fetches.get(url);
  if (!text) {
    text = fetchUrl(url).then((response) => (response.ok ? response.text() : null));
    fetches.set(url, text);
    text.catch(() => fetches.delete(url));
  }
  return text;
}

/** A file's text by URL, null when the site has none; one that could not be fetched is left out (the worker fetches it again and says what failed). */
export async function fetchFiles(urls: readonly string[], fetchUrl: (url: string) => Promise<Pick<Response, 'ok' | 'text'>> = fetch): Promise<PairRequest['files']> {
  const entries = await Promise.all(
    urls.map(async (url) => {
      try {
        return [[url, await fetchText(url, fetchUrl)] as const];
      } catch {
        return [];
      }
    }),
  );
  return Object.fromEntries(entries.flat());
}

/** When the fetches began and the last file's response ended (ms since the epoch), and the bytes they took. */
function steps(urls: readonly string[], at: number): StartSteps {
  const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => urls.some((url) => e.name.endsWith(url)));
  const last = Math.max(0, ...entries.map((e) => e.responseEnd));
  return {
    at,
    files: performance.timeOrigin + (last || performance.now()),
    bytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
    decodedBytes: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
  };
}

export const startRequest: StartRequest | undefined = typeof self === 'undefined' ? undefined : startRequestIn(self.location.hash);

/** The pair's request with its files, once fetched: what compare-worker.ts answers without waiting for a message. */
export const started: Promise<PairRequest> | undefined =
  startRequest &&
  (() => {
    const at = performance.timeOrigin + performance.now();
    const { base, path, urls } = startRequest;
    return fetchFiles(urls).then((files) => ({ base, path, files, started: steps(urls, at) }));
  })();
