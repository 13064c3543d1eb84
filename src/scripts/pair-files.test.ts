import { describe, expect, it } from 'vitest';
import { fetchFiles, startRequestIn } from './pair-files.ts';

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
