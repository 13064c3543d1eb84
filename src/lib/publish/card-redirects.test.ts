import { describe, expect, it } from 'vitest';
import type { Version } from '../model/model.ts';
import { cardMapShard, decodeRanges, encodeRanges, pinnedVersionMap, resolvePinnedVersion, shardMap, splitCardMap } from './card-redirects.ts';

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

describe('the card map in shards', () => {
  const versions = Array.from({ length: 40 }, (_, i) => v(`2024-01-${String(i + 1).padStart(2, '0')}`));
  const texts = Array.from({ length: 300 }, (_, i) => ({ key: `section-${i % 7}/clause-number-${i}`, hash: `${i}`.padStart(10, 'a'), versions: versions.filter((_, j) => (i + j) % 3 === 0) }));
  const map = pinnedVersionMap(versions, texts, ['section-1/clause-number-1'], [{ key: 'section-2/clause-number-2', version: versions[5]! }]);

  it('puts each clause, with its sharing and since, in the shard its key hashes to, each under the size aimed at', () => {
    const { index, shards } = splitCardMap(map, 4096);
    expect(index).toEqual({ format: 2, versions: map.versions, shards: shards.length });
    expect(shards.length).toBeGreaterThan(3);
    for (const shard of shards) expect(JSON.stringify(shard).length).toBeLessThan(3 * 4096);
    for (const key of Object.keys(map.clauses)) {
      const own = shardMap(index, shards[cardMapShard(key, index.shards)]!);
      expect(own.clauses[key]).toEqual(map.clauses[key]);
    }
    const one = shardMap(index, shards[cardMapShard('section-1/clause-number-1', index.shards)]!);
    expect(one.shared).toEqual(['section-1/clause-number-1']);
    expect(shardMap(index, shards[cardMapShard('section-2/clause-number-2', index.shards)]!).since).toEqual({ 'section-2/clause-number-2': 5 });
    expect(shards.flatMap((s) => Object.keys(s.clauses)).sort()).toEqual(Object.keys(map.clauses).sort());
  });

  it('keeps a small map in one shard, and hashes keys as FNV-1a does', () => {
    expect(splitCardMap(pinnedVersionMap(versions, texts.slice(0, 3))).index.shards).toBe(1);
    // FNV-1a 32-bit test vectors: "" is 0x811c9dc5, "a" is 0xe40c292c.
    expect(cardMapShard('', 2 ** 32 - 1)).toBe(0x811c9dc5);
    expect(cardMapShard('a', 2 ** 32 - 1)).toBe(0xe40c292c);
    expect(decodeRanges('0-3,7')).toEqual([0, 1, 2, 3, 7]);
  });
});
