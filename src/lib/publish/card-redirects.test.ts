import { describe, expect, it } from 'vitest';
import type { Version } from '../model/model.ts';
import { encodeRanges, pinnedVersionMap, resolvePinnedVersion } from './card-redirects.ts';

const v = (id: string) => ({ id }) as Version;

describe('encodeRanges', () => {
  it('writes runs of indexes as ranges', () => {
    expect(encodeRanges([0, 1, 2, 3, 7])).toBe('0-3,7');
    expect(encodeRanges([4])).toBe('4');
    expect(encodeRanges([])).toBe('');
  });
});

describe('pinnedVersionMap', () => {
  const versions = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-03-01-eu'].map(v);
  const map = pinnedVersionMap(versions, [
    { key: 'sharing', hash: 'aaaaaaaaaa', versions: [versions[0]!, versions[2]!] },
    { key: 'sharing', hash: 'bbbbbbbbbb', versions: [versions[1]!] },
    { key: 'eu/sharing', hash: 'cccccccccc', versions: [versions[3]!] },
  ]);

  it('maps each old per-version card to the text that version had', () => {
    expect(map).toEqual({
      format: 1,
      versions: ['2024-01-01', '2024-02-01', '2024-03-01', '2024-03-01-eu'],
      clauses: { sharing: { aaaaaaaaaa: '0,2', bbbbbbbbbb: '1' }, 'eu/sharing': { cccccccccc: '3' } },
    });
    expect(resolvePinnedVersion(map, 'sharing', '2024-03-01')).toBe('aaaaaaaaaa');
    expect(resolvePinnedVersion(map, 'sharing', '2024-02-01')).toBe('bbbbbbbbbb');
    expect(resolvePinnedVersion(map, 'eu/sharing', '2024-03-01-eu')).toBe('cccccccccc');
  });

  it('finds nothing for a version or clause it does not know', () => {
    expect(resolvePinnedVersion(map, 'sharing', '2024-03-01-eu')).toBeUndefined();
    expect(resolvePinnedVersion(map, 'sharing', '1999-01-01')).toBeUndefined();
    expect(resolvePinnedVersion(map, 'retention', '2024-01-01')).toBeUndefined();
  });
});
