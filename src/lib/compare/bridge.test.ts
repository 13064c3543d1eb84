import { describe, expect, it } from 'vitest';
import { acmePrivacy, makeCorpus } from '../../../test/fixtures/corpus.ts';
import { ingestCorpus } from '../sources/ingest.ts';
import { compareVersions, type CompareVersions } from './align.ts';
import { bridgeVersions, changeList, type KindCache } from './bridge.ts';
import type { KindOfChange } from './change-kinds.ts';

const privacy = ingestCorpus({
  corpusDir: makeCorpus([
    { path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() },
    // Only a link's address changes: hidden, and bridged.
    { path: 'acme/privacy-notice/2024-04-02.md', content: acmePrivacy().replace('widget order form.', 'widget [order form](https://acme.example/forms/order).') },
    { path: 'acme/privacy-notice/2024-05-02.md', content: acmePrivacy().replace('widget order form.', 'widget [order form](https://acme.example/order).') },
    { path: 'acme/privacy-notice/2024-06-02.md', content: acmePrivacy({ retention: 'We hold order records for two years.' }).replace('widget order form.', 'widget [order form](https://acme.example/order).') },
  ]),
}).services[0]!.documents[0]!;

describe('bridgeVersions', () => {
  it('hides versions without a substantive change and compares the next shown one with the last shown', () => {
    expect(privacy.versions.map((v) => [v.id, v.kind, v.hidden, v.bridgedFrom])).toEqual([
      ['2024-03-02', 'first', undefined, undefined],
      ['2024-04-02', 'link', 'minor', '2024-03-02'],
      ['2024-05-02', 'link', 'minor', '2024-03-02'],
      ['2024-06-02', 'substantive', undefined, '2024-03-02'],
    ]);
    const shown = changeList(privacy.versions, 'worldwide').filter((e) => e.shown);
    expect(shown.map((e) => [e.before.id, e.after.id, e.bridged.map((v) => v.id)])).toEqual([['2024-03-02', '2024-06-02', ['2024-04-02', '2024-05-02']]]);
  });

  it('remembers kinds by the versions\' content, so a second run compares nothing', () => {
    const stored = new Map<string, KindOfChange>();
    const cache: KindCache = { get: (key) => stored.get(key), set: (key, kind) => void stored.set(key, kind) };
    let comparisons = 0;
    const counting: CompareVersions = (a, b) => {
      comparisons += 1;
      return compareVersions(a, b);
    };
    bridgeVersions(privacy.versions, undefined, counting, cache);
    const first = comparisons;
    bridgeVersions(privacy.versions, undefined, counting, cache);
    expect(first).toBe(3);
    expect(comparisons).toBe(first);
    expect(privacy.versions.map((v) => v.kind)).toEqual(['first', 'link', 'link', 'substantive']);
  });
});
