/**
 * Which comparisons are prerendered. Every pair of versions would grow with
 * the square of the versions (11,545 pages for 1,357 versions); the site
 * prerenders only what it links to: each version against the one just before
 * it, each version against the last shown one before it (the bridge over
 * hidden versions that the timeline, feeds and lists of changes follow), and every
 * pair a note, a story or a milestone names. Any other pair is computed in
 * the reader's browser from the dataset by the same code.
 */
import type { PolicyDocument, Version } from '../model/model.ts';

/** A comparison named by our writing: `<MiniCompare from to>`, a story's `comparisons:`. */
export interface PairRef {
  service: string;
  document: string;
  before: string;
  after: string;
}

const TAG = /<MiniCompare\b([^>]*)\/?>/g;
const ATTRIBUTE = /([A-Za-z]+)=["']([^"']*)["']/g;

/** The pairs the `<MiniCompare ref="service/document[@version]#clause" from="…" to="…" />` of one MDX source name. */
export function miniComparesIn(source: string): PairRef[] {
  return [...source.matchAll(TAG)].flatMap((tag) => {
    const attributes = Object.fromEntries([...tag[1]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
    const [service, document] = (attributes.ref ?? '').split(/[@#]/)[0]!.split('/');
    return service && document && attributes.from && attributes.to ? [{ service, document, before: attributes.from, after: attributes.to }] : [];
  });
}

/**
 * The pairs of one document to prerender, each once, older first, in the
 * document's order. Named pairs of another document, of unknown versions or
 * across regions are ignored here: the notes' and stories' own checks report them.
 */
export function prerenderedPairs(document: PolicyDocument, named: readonly PairRef[] = []): [Version, Version][] {
  const byId = new Map(document.versions.map((v) => [v.id, v]));
  const position = new Map(document.versions.map((v, i) => [v, i]));
  const pairs = new Map<string, [Version, Version]>();
  const add = (a: Version | undefined, b: Version | undefined) => {
    if (!a || !b || a === b || a.region !== b.region) return;
    const pair: [Version, Version] = position.get(a)! < position.get(b)! ? [a, b] : [b, a];
    pairs.set(`${pair[0].id}..${pair[1].id}`, pair);
  };
  for (const region of document.regions) {
    const versions = document.versions.filter((v) => v.region === region.id);
    versions.forEach((version, i) => {
      add(versions[i - 1], version);
      // Hidden versions too: the timeline compares each with the last shown version before it.
      if (version.bridgedFrom) add(byId.get(version.bridgedFrom), version);
    });
  }
  for (const ref of named) {
    if (ref.service === document.service && ref.document === document.id) add(byId.get(ref.before), byId.get(ref.after));
  }
  return [...pairs.values()].sort(([a1, a2], [b1, b2]) => position.get(a2)! - position.get(b2)! || position.get(a1)! - position.get(b1)!);
}

/** Every ordered pair of versions of one region: what a reader may ask for, prerendered or not. */
export function countAllPairs(document: PolicyDocument): number {
  return document.regions.reduce((sum, region) => {
    const n = document.versions.filter((v) => v.region === region.id).length;
    return sum + (n * (n - 1)) / 2;
  }, 0);
}
