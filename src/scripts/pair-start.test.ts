import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASET_ROOT } from '../lib/publish/dataset/format.ts';
import { pairAddress, PAIR_ROUTE } from '../lib/publish/pair-address.ts';
import { LOCALE_PREFIXES } from '../lib/publish/paths.ts';
import { filesOf } from './compare-protocol.ts';
import { startRequestIn, type StartRequest } from './pair-files.ts';

const source = readFileSync(new URL('./pair-start.js', import.meta.url), 'utf8');

/** Runs pair-start.js as the 404 page does (its data attributes as 404.astro sets them) at an address; what it did. */
async function startAt(pathname: string, base: string, search = '', answer: unknown = { type: 'pair' }) {
  const workers: { url: string; options: unknown; request?: StartRequest }[] = [];
  const window: Record<string, unknown> = {};
  class FakeWorker {
    onmessage?: (event: { data: unknown }) => void;
    constructor(url: string, options: unknown) {
      const hash = url.indexOf('#');
      workers.push({ url: url.slice(0, hash < 0 ? url.length : hash), options, request: hash < 0 ? undefined : startRequestIn(url.slice(hash)) });
      // The worker answers once it has fetched the files its address names.
      queueMicrotask(() => this.onmessage?.({ data: answer }));
    }
    terminate() {}
  }
  runInNewContext(source, {
    document: { currentScript: { dataset: { base, pair: PAIR_ROUTE.source, localePrefixes: LOCALE_PREFIXES.join(' '), datasetRoot: DATASET_ROOT, worker: '/_astro/w.js' } } },
    location: { pathname, search },
    URLSearchParams,
    performance,
    window,
    Worker: FakeWorker,
    Promise,
  });
  const started = window.termlinePairStart as { path: string; answer: Promise<unknown> } | undefined;
  const fetched = workers.flatMap((w) => w.request?.urls ?? []);
  return { fetched, workers, started, answer: await started?.answer };
}

describe('pair-start.js, inlined in the 404 page', () => {
  it('starts the worker with the address and the files filesOf names for the pair pairAddress reads, in its fragment', async () => {
    const path = '/termline/zh/compare/acme/terms/2024-01-01..2024-06-01-eu/';
    const { fetched, workers, answer } = await startAt(path, '/termline/');
    expect([...fetched].sort()).toEqual(Object.values(filesOf(pairAddress(path, '/termline/')!, '/termline/')).sort());
    expect(workers).toHaveLength(1);
    expect(workers[0]!.url).toBe('/_astro/w.js');
    expect(workers[0]!.options).toEqual({ type: 'module' });
    expect(workers[0]!.request).toEqual({ base: '/termline/', path, urls: fetched });
    expect(answer).toEqual({ type: 'pair' });
  });

  it('reads ?compare= as the page script does', async () => {
    const { workers } = await startAt('/404.html', '/', '?compare=/compare/acme/terms/2024-01-01..missing/');
    expect(workers[0]!.request?.path).toBe('/compare/acme/terms/2024-01-01..missing/');
    expect(workers[0]!.request?.urls).toContain('/data/acme/terms/missing.json');
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
        expect(fetched.sort()).toEqual(address ? Object.values(filesOf(address, base)).sort() : []);
      }),
      { numRuns: 500 },
    );
  });
});
