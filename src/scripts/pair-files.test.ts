import { describe, expect, it } from 'vitest';
import { fetchFiles, fetchText, startRequestIn } from './pair-files.ts';

describe('startRequestIn', () => {
  it('reads the request pair-start.js puts in the worker address\'s fragment, and nothing else', () => {
    const request = { base: '/termline/', path: '/termline/zh/compare/acme/terms/a..b/', urls: ['/termline/data/acme/terms.json'] };
    expect(startRequestIn(`#${encodeURIComponent(JSON.stringify(request))}`)).toEqual(request);
    expect(startRequestIn('')).toBeUndefined();
    expect(startRequestIn('#')).toBeUndefined();
    expect(startRequestIn('#%E0%A4%A')).toBeUndefined();
    expect(startRequestIn('#not-json')).toBeUndefined();
    expect(startRequestIn(`#${encodeURIComponent(JSON.stringify({ ...request, urls: [1] }))}`)).toBeUndefined();
    expect(startRequestIn(`#${encodeURIComponent(JSON.stringify({ base: '/', urls: [] }))}`)).toBeUndefined();
  });
});

describe('fetchFiles', () => {
  it('gives each file\'s text, null for one the site does not have, and leaves out one that could not be fetched', async () => {
    const fetchUrl = async (url: string) => {
      if (url.endsWith('offline.json')) throw new TypeError('Failed to fetch');
      return { ok: !url.endsWith('missing.json'), text: async () => `text of ${url}` };
    };
    expect(await fetchFiles(['/data/a.json', '/data/missing.json', '/data/offline.json'], fetchUrl)).toEqual({ '/data/a.json': 'text of /data/a.json', '/data/missing.json': null });
  });
});

describe('fetchText', () => {
  it('fetches a file once for every caller, and again after a failed fetch', async () => {
    const asked: string[] = [];
    let online = false;
    const fetchUrl = async (url: string) => {
      asked.push(url);
      if (!online) throw new TypeError('Failed to fetch');
      return { ok: true, text: async () => `text of ${url}` };
    };
    await expect(fetchText('/data/once.json', fetchUrl)).rejects.toThrow('Failed to fetch');
    online = true;
    const [a, b] = await Promise.all([fetchText('/data/once.json', fetchUrl), fetchText('/data/once.json', fetchUrl)]);
    expect([a, b]).toEqual(['text of /data/once.json', 'text of /data/once.json']);
    expect(await fetchFiles(['/data/once.json'], fetchUrl)).toEqual({ '/data/once.json': 'text of /data/once.json' });
    expect(asked).toEqual(['/data/once.json', '/data/once.json']);
  });
});
