import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_ROOT } from '../lib/publish/dataset/format.ts';
import { pairAddress, PAIR_ROUTE } from '../lib/publish/pair-address.ts';
import { LOCALE_PREFIXES } from '../lib/publish/paths.ts';
import { filesOf } from './compare-protocol.ts';

const source = readFileSync(new URL('./pair-start.js', import.meta.url), 'utf8');

const ORIGIN = 'https://example.org';

class FakeBlob {
  parts: string[];
  constructor(parts: string[]) {
    this.parts = parts;
  }
}

/**
 * Runs pair-start.js as the 404 page does (its data attributes as 404.astro sets them) at an address, and the worker
 * it makes from its own lines, with compare-worker.ts faked (it answers the message it gets); what they did.
 */
async function startAt(pathname: string, base: string, search = '', answer: unknown = { type: 'pair' }, workerCode = '/_astro/w.js') {
  const fetched: string[] = [];
  const workers: { url: string; imported: string[]; posted: unknown[]; formats: string[] }[] = [];
  const blobs = new Map<string, string>();
  const window: Record<string, unknown> = {};
  const fetch = (url: string) => {
    fetched.push(url);
    return Promise.resolve(url.endsWith('missing.json') ? { ok: false } : { ok: true, text: () => Promise.resolve(`text of ${url}`) });
  };
  class FakeURL extends URL {
    static override createObjectURL(blob: Blob | MediaSource) {
      const url = `blob:${ORIGIN}/${blobs.size}`;
      blobs.set(url, (blob as unknown as FakeBlob).parts.join(''));
      return url;
    }
  }
  class FakeWorker {
    onmessage?: (event: { data: unknown }) => void;
    constructor(url: string) {
      const worker = { url, imported: [] as string[], posted: [] as unknown[], formats: [] as string[] };
      const format = (kind: string) =>
        class {
          constructor(tag: string) {
            worker.formats.push(`${kind} ${tag}`);
          }
          format() {}
        };
      workers.push(worker);
      const scope: Record<string, unknown> = {
        fetch,
        Promise,
        Intl: { DateTimeFormat: format('date'), NumberFormat: format('number') },
        MessageEvent: class {
          data: unknown;
          constructor(_type: string, init: { data: unknown }) {
            this.data = init.data;
          }
        },
        performance: { timeOrigin: 1000, now: () => 5, getEntriesByType: () => fetched.map((name, i) => ({ name, responseEnd: 10 + i, transferSize: 10, decodedBodySize: 20 })) },
        importCode: (script: string) => {
          worker.imported.push(script);
          if (script.endsWith('missing.js')) return Promise.reject(new Error('404'));
          // compare-worker.ts: answers the message it gets.
          scope.onmessage = (event: { data: unknown }) => {
            worker.posted.push(event.data);
            queueMicrotask(() => this.onmessage?.({ data: answer }));
          };
          return Promise.resolve({});
        },
        dispatchEvent: (event: { data: unknown }) => (scope.onmessage as (event: unknown) => void)(event),
        postMessage: (data: unknown) => this.onmessage?.({ data }),
      };
      scope.self = scope;
      // A vm runs no import() without a Node flag: the worker's import of its code is the fake's.
      runInNewContext(blobs.get(url)!.replace(/\bimport\(/g, 'importCode('), scope);
    }
    terminate() {}
  }
  runInNewContext(source, {
    document: { currentScript: { dataset: { base, pair: PAIR_ROUTE.source, localePrefixes: LOCALE_PREFIXES.join(' '), datasetRoot: DATASET_ROOT, worker: workerCode, intlTags: 'en-GB zh-Hans' } } },
    location: { pathname, search, origin: ORIGIN, href: `${ORIGIN}${pathname}${search}` },
    URL: FakeURL,
    URLSearchParams,
    Blob: FakeBlob,
    performance,
    window,
    Worker: FakeWorker,
    Promise,
  });
  const started = window.termlinePairStart as { path: string; answer: Promise<unknown> } | undefined;
  return { fetched, workers, started, answer: await started?.answer };
}

describe('pair-start.js, inlined in the 404 page', () => {
  it('starts a worker that fetches the files filesOf names for the pair pairAddress reads, then loads the worker code and hands it them with the address', async () => {
    const path = '/termline/zh/compare/acme/terms/2024-01-01..2024-06-01-eu/';
    const { fetched, workers, answer } = await startAt(path, '/termline/');
    const urls = Object.values(filesOf(pairAddress(path, '/termline/')!, '/termline/'));
    expect(fetched.sort()).toEqual(urls.map((url) => `${ORIGIN}${url}`).sort());
    expect(workers).toHaveLength(1);
    expect(workers[0]!.imported).toEqual([`${ORIGIN}/_astro/w.js`]);
    // The address's language's formats, made while the files come.
    expect(workers[0]!.formats).toEqual(['date zh-Hans', 'number zh-Hans']);
    // The last file's response ended at 13 ms on the worker's clock, which starts at 1000 ms since the epoch; the
    // fake gives no entry for the code.
    const started = { at: 1005, code: 1005, files: 1013, bytes: 40, decodedBytes: 80 };
    expect(workers[0]!.posted).toEqual([{ base: '/termline/', path, files: Object.fromEntries(urls.map((url) => [url, `text of ${ORIGIN}${url}`])), started }]);
    expect(answer).toEqual({ type: 'pair' });
  });

  it('reads ?compare= as the page script does, and tells the worker a missing file is missing', async () => {
    const { fetched, workers } = await startAt('/404.html', '/', '?compare=/compare/acme/terms/2024-01-01..missing/');
    expect(fetched).toContain(`${ORIGIN}/data/acme/terms/missing.json`);
    expect(workers[0]!.formats).toEqual(['date en-GB', 'number en-GB']);
    expect((workers[0]!.posted[0] as { files: Record<string, unknown> }).files['/data/acme/terms/missing.json']).toBeNull();
  });

  it('answers nothing when the worker\'s code does not load, so that the page script computes the pair', async () => {
    const { workers, started, answer } = await startAt('/compare/acme/terms/2024-01-01..2024-06-01/', '/', '', { type: 'pair' }, '/_astro/missing.js');
    expect(workers[0]!.imported).toEqual([`${ORIGIN}/_astro/missing.js`]);
    expect(workers[0]!.posted).toEqual([]);
    expect(started).toBeDefined();
    expect(answer).toBeUndefined();
  });

  it('does nothing at any other address', async () => {
    for (const path of ['/x/privacy-policy/', '/compare/acme/terms/', '/compare/acme/terms/2024-01-01..2024-02-01/', '/cards/x/p/c/v/2024-01-01/']) {
      const { fetched, workers, started } = await startAt(path, path.startsWith('/compare') ? '/termline/' : '/');
      expect({ path, fetched, workers, started }).toEqual({ path, fetched: [], workers: [], started: undefined });
    }
  });

  it('agrees with pairAddress and filesOf on any address, encoded parts and language prefixes included', async () => {
    // Percent-encodings (valid and not), dots and dashes: what decoding and the `..` split must get right.
    const part = fc.array(fc.constantFrom('a', 'b', '1', '-', '.', '~', '%20', '%C3%A9', '%2F', '%E4%B8%AD', '%', '%zz'), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    const path = fc
      .tuple(fc.constantFrom('/', '/termline/'), fc.constantFrom('', 'zh/', 'fr/', 'zh'), fc.constantFrom('compare/', 'compares/', ''), part, part, part, part, fc.constantFrom('/', '', '/x/'))
      .map(([base, prefix, compare, s, d, a, b, end]) => ({ base, path: `${base}${prefix}${compare}${s}/${d}/${a}..${b}${end}` }));
    await fc.assert(
      fc.asyncProperty(path, async ({ base, path }) => {
        const address = pairAddress(path, base);
        const { fetched } = await startAt(path, base);
        expect(fetched.sort()).toEqual(address ? Object.values(filesOf(address, base)).map((url) => `${ORIGIN}${url}`).sort() : []);
      }),
      { numRuns: 500 },
    );
  });
});
