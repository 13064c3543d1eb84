/**
 * Where the cards pinned to a version went. Until pinned cards were made
 * one per distinct text, each clause had a card per version,
 * `/cards/<service>/<document>/[<region>/]<clause-id>/v/<version>/`. Those
 * addresses are published in other sites' articles; rather than write a
 * file per clause per version again, each document gets one small map
 * (`pinned-versions.json` beside its cards) from clause and version to the
 * text's hash, which the 404 page reads to send the reader on
 * (public/embed/pinned-redirect.js, which mirrors `resolvePinnedVersion`).
 * The same map tells the browser, for a clause and a text hash (or the latest
 * text), which version's JSON holds it: the cards no page holds are computed
 * from it (card-compute.ts).
 */
import type { PolicyDocument, Version } from '../model/model.ts';
import { cardMapShardPath, pinnedVersionMapPath } from './paths.ts';

export interface PinnedVersionMap {
  format: 1;
  /** The document's version IDs, all regions, oldest first; the ranges below index into it. */
  versions: string[];
  /** By `[<region>/]<clause-id>` (the card's path after the document): text hash → version indexes, as ranges ("0-3,7"). */
  clauses: Record<string, Record<string, string>>;
  /**
   * The clause keys whose cards are likely to be shared (a note anchors them or a story cites them): only their
   * cards are prerendered, with their own social image, oEmbed files and a Chinese twin. The browser computes
   * every other card from this map and the dataset (card-compute.ts).
   */
  shared?: string[];
  /**
   * By clause key: the version (an index into `versions`) since which the words of a clause's latest text have
   * stood, where that is not where a walk back over the clause's own texts stops (the words stood under another
   * clause ID before a heading was renamed, say). Only for those clauses: the card computes the rest.
   */
  since?: Record<string, number>;
}

/** Sorted indexes as ranges: [0, 1, 2, 3, 7] → "0-3,7". */
export function encodeRanges(indexes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j += 1;
    parts.push(i === j ? `${indexes[i]}` : `${indexes[i]}-${indexes[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** "0-3,7" → [0, 1, 2, 3, 7]. */
export function decodeRanges(ranges: string): number[] {
  const indexes: number[] = [];
  for (const part of ranges.split(',')) {
    const [from, to = from] = part.split('-').map(Number);
    for (let i = from!; i <= to!; i += 1) indexes.push(i);
  }
  return indexes;
}

function inRanges(ranges: string, index: number): boolean {
  return ranges.split(',').some((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return index >= from! && index <= to!;
  });
}

export function pinnedVersionMap(
  versions: readonly Pick<Version, 'id'>[],
  texts: readonly { key: string; hash: string; versions: readonly Pick<Version, 'id'>[] }[],
  shared: readonly string[] = [],
  since: readonly { key: string; version: Pick<Version, 'id'> }[] = [],
): PinnedVersionMap {
  const indexOf = new Map(versions.map((v, i) => [v.id, i]));
  const clauses: PinnedVersionMap['clauses'] = {};
  for (const text of texts) {
    const indexes = text.versions.map((v) => indexOf.get(v.id)!).sort((a, b) => a - b);
    (clauses[text.key] ??= {})[text.hash] = encodeRanges(indexes);
  }
  return {
    format: 1,
    versions: versions.map((v) => v.id),
    clauses,
    ...(shared.length ? { shared: [...shared].sort() } : {}),
    ...(since.length ? { since: Object.fromEntries(since.map((s) => [s.key, indexOf.get(s.version.id)!])) } : {}),
  };
}

/** The hash of the text a clause had in a version, or undefined when that version did not hold the clause. */
export function resolvePinnedVersion(map: PinnedVersionMap, clauseKey: string, versionId: string): string | undefined {
  const index = map.versions.indexOf(versionId);
  const texts = map.clauses[clauseKey];
  if (index < 0 || !texts) return undefined;
  return Object.keys(texts).find((hash) => inRanges(texts[hash]!, index));
}

/**
 * The card map as published: a small index (the version IDs and how many shards) and the clauses in shards, each
 * clause in shard `cardMapShard(key, shards)`, so that the browser reads one shard, not every clause of a large
 * document (instagram/privacy-policy's whole map is 618 KB).
 */
export interface CardMapIndex {
  format: 2;
  /** The document's version IDs, all regions, oldest first: the shards' ranges index into it. */
  versions: string[];
  shards: number;
}

export type CardMapShard = Pick<PinnedVersionMap, 'clauses' | 'shared' | 'since'>;

/** A shard's size the split aims under, in bytes of JSON: a few KB over the wire once compressed. */
export const CARD_MAP_SHARD_BYTES = 16 * 1024;

/** The shard holding a clause key: FNV-1a (32 bits) of the key, modulo the shard count. public/embed/pinned-redirect.js mirrors it. */
export function cardMapShard(key: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

export function splitCardMap(map: PinnedVersionMap, target = CARD_MAP_SHARD_BYTES): { index: CardMapIndex; shards: CardMapShard[] } {
  const count = Math.max(1, Math.ceil(JSON.stringify(map.clauses).length / target));
  const shards: CardMapShard[] = Array.from({ length: count }, () => ({ clauses: {} }));
  for (const [key, texts] of Object.entries(map.clauses)) {
    const shard = shards[cardMapShard(key, count)]!;
    shard.clauses[key] = texts;
    if (map.shared?.includes(key)) (shard.shared ??= []).push(key);
    if (map.since?.[key] !== undefined) (shard.since ??= {})[key] = map.since[key]!;
  }
  return { index: { format: 2, versions: map.versions, shards: count }, shards };
}

/** The map of the clauses one shard holds, as `resolvePinnedVersion` and card-compute.ts read it. */
export function shardMap(index: CardMapIndex, shard: CardMapShard): PinnedVersionMap {
  return { format: 1, versions: index.versions, ...shard };
}

/** A document's whole card map, read back from its index and every shard (`read` takes a site path without the leading slash). */
export function readCardMap(read: (path: string) => string, doc: Pick<PolicyDocument, 'service' | 'id'>): PinnedVersionMap {
  const index = JSON.parse(read(pinnedVersionMapPath(doc).slice(1))) as CardMapIndex;
  const map: PinnedVersionMap = { format: 1, versions: index.versions, clauses: {} };
  for (let i = 0; i < index.shards; i += 1) {
    const shard = JSON.parse(read(cardMapShardPath(doc, i).slice(1))) as CardMapShard;
    Object.assign(map.clauses, shard.clauses);
    if (shard.shared) (map.shared ??= []).push(...shard.shared);
    if (shard.since) map.since = { ...map.since, ...shard.since };
  }
  return map;
}
