/**
 * The comparisons this build prerenders (see lib/compare/prerendered-pairs.ts):
 * the chain of consecutive and bridged versions, plus every pair our notes'
 * and stories' MiniCompares (translations included) and the stories'
 * `comparisons:` name.
 */
import { loadConfig } from '../lib/config.ts';
import type { PolicyDocument, Version } from '../lib/model/model.ts';
import { prerenderedPairs, miniComparesIn, type PairRef } from '../lib/compare/prerendered-pairs.ts';
import { parseComparisonRef } from '../lib/notes/stories.ts';
import { writingSources } from '../lib/publish/translated-pages.ts';
import { stories } from './corpus.ts';
import { versionPages } from './version-pages.ts';

const config = loadConfig(process.cwd());

const named: PairRef[] = [
  // Translations of notes and stories may show a redline of their own.
  ...writingSources(config).flatMap((source) => miniComparesIn(source)),
  ...stories.flatMap((story) => story.comparisons.map(parseComparisonRef)),
];

const byDocument = new WeakMap<PolicyDocument, { pairs: [Version, Version][]; keys: Set<string> }>();

function of(document: PolicyDocument) {
  let found = byDocument.get(document);
  if (!found) {
    const pairs = prerenderedPairs(document, named);
    byDocument.set(document, (found = { pairs, keys: new Set(pairs.map(([a, b]) => `${a.id}..${b.id}`)) }));
  }
  return found;
}

/** The pairs of a document with a page of their own, older first. */
export const pairsOf = (document: PolicyDocument) => of(document).pairs;

/** Whether the comparison of two versions is prerendered (else the reader's browser computes it). */
export const isPrerendered = (document: PolicyDocument, before: Version, after: Version) => of(document).keys.has(`${before.id}..${after.id}`);

const namedKeys = new Set(named.map((ref) => `${ref.service}/${ref.document}/${ref.before}..${ref.after}`));

/**
 * Whether a prerendered comparison also has a page in the other languages (`/zh/compare/…`): every one of a
 * document our writing is about, the documents whose version pages have them too (version-pages.ts), and every
 * pair our writing names. The others are the policy's English with our labels around it; their other-language
 * addresses are computed by the reader's browser like any unnamed pair (without JavaScript, the 404 page links the
 * English page). On the archive's collection this keeps 5,300 pages (1.1 GB) out of the build.
 */
export const hasTranslatedPair = (document: PolicyDocument, before: Version, after: Version) =>
  versionPages.has(document) || namedKeys.has(`${document.service}/${document.id}/${before.id}..${after.id}`);
