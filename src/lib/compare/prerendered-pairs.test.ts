import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Version } from '../model/model.ts';
import { countAllPairs, miniComparesIn, prerenderedPairs } from './prerendered-pairs.ts';

/** Only what the pair set reads: IDs, regions, and the bridge flags ingest sets. */
const version = (id: string, region: string, flags: Partial<Pick<Version, 'hidden' | 'bridgedFrom'>> = {}) =>
  ({ id, service: 'acme', document: 'privacy-notice', region, ...flags }) as Version;

const document = {
  service: 'acme',
  id: 'privacy-notice',
  regions: [
    { id: 'worldwide', label: 'Worldwide' },
    { id: 'eu', label: 'EU' },
  ],
  versions: [
    version('2024-01-01', 'worldwide'),
    version('2024-01-01-eu', 'eu'),
    version('2024-02-01', 'worldwide', { hidden: 'reextraction', bridgedFrom: '2024-01-01' }),
    version('2024-03-01', 'worldwide', { hidden: 'minor', bridgedFrom: '2024-01-01' }),
    version('2024-04-01', 'worldwide', { bridgedFrom: '2024-01-01' }),
    version('2024-04-01-eu', 'eu', { bridgedFrom: '2024-01-01-eu' }),
    version('2024-05-01', 'worldwide', { bridgedFrom: '2024-04-01' }),
  ],
} as unknown as PolicyDocument;

const ids = (pairs: [Version, Version][]) => pairs.map(([a, b]) => `${a.id}..${b.id}`);

describe('prerenderedPairs', () => {
  it('takes each version against the one before it and against the last shown one before it, per region', () => {
    expect(ids(prerenderedPairs(document))).toEqual([
      '2024-01-01..2024-02-01',
      '2024-01-01..2024-03-01',
      '2024-02-01..2024-03-01',
      '2024-01-01..2024-04-01',
      '2024-03-01..2024-04-01',
      '2024-01-01-eu..2024-04-01-eu',
      '2024-04-01..2024-05-01',
    ]);
  });

  it('adds the pairs notes and stories name, older first and once, and ignores what cannot be a pair', () => {
    const named = [
      { service: 'acme', document: 'privacy-notice', before: '2024-05-01', after: '2024-02-01' },
      { service: 'acme', document: 'privacy-notice', before: '2024-01-01', after: '2024-04-01' },
      { service: 'acme', document: 'privacy-notice', before: '2024-01-01', after: '2024-04-01-eu' },
      { service: 'acme', document: 'privacy-notice', before: '2023-01-01', after: '2024-04-01' },
      { service: 'acme', document: 'terms', before: '2024-01-01', after: '2024-03-01' },
    ];
    const pairs = ids(prerenderedPairs(document, named));
    expect(pairs).toContain('2024-02-01..2024-05-01');
    expect(pairs).toHaveLength(8);
  });

  it('grows with the versions, not with their square', () => {
    const many = {
      ...document,
      regions: [{ id: 'worldwide', label: 'Worldwide' }],
      versions: Array.from({ length: 200 }, (_, i) => version(`v${String(i).padStart(3, '0')}`, 'worldwide', i ? { bridgedFrom: `v${String(i - 1).padStart(3, '0')}` } : {})),
    } as unknown as PolicyDocument;
    expect(prerenderedPairs(many)).toHaveLength(199);
    expect(countAllPairs(many)).toBe(19_900);
  });
});

describe('miniComparesIn', () => {
  it('reads the document and both versions whatever the order of the attributes', () => {
    const source = [
      'Some words of ours.',
      '<MiniCompare ref="acme/privacy-notice@2024-04-01#sharing/partners" from="2024-01-01" to="2024-04-01" />',
      "<MiniCompare to='2024-05-01' from='2024-04-01' ref='acme/terms#fees' />",
      '<MiniCompare ref="acme/terms#fees" />',
    ].join('\n');
    expect(miniComparesIn(source)).toEqual([
      { service: 'acme', document: 'privacy-notice', before: '2024-01-01', after: '2024-04-01' },
      { service: 'acme', document: 'terms', before: '2024-04-01', after: '2024-05-01' },
    ]);
  });
});
