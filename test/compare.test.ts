/** Comparisons over the real corpus: the 2024 changes the news reported are found, and classed right. */
import { beforeAll, describe, expect, it } from 'vitest';
import { applyComparison, compareBlocks, comparedTexts, type ChangeRow, type Comparison } from '../src/lib/compare/align.ts';
import { loadConfig } from '../src/lib/config.ts';
import { ingestCorpus } from '../src/lib/sources/ingest.ts';
import type { Corpus, Version } from '../src/lib/model/model.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
let corpus: Corpus;

beforeAll(() => {
  const config = loadConfig(projectRoot);
  corpus = ingestCorpus({ corpusDir: config.corpusDir, servicesDir: config.servicesDir });
});

const version = (document: string, id: string): Version =>
  corpus.services[0]!.documents.find((d) => d.id === document)!.versions.find((v) => v.id === id)!;

function compare(document: string, oldId: string, newId: string) {
  const before = version(document, oldId);
  const after = version(document, newId);
  const result = compareBlocks(before.blocks, after.blocks);
  const text = (row: ChangeRow) =>
    [...row.new.map((i) => after.blocks[i]!), ...row.old.map((i) => before.blocks[i]!)].map((b) => (b.type === 'clause' ? b.text : b.title)).join(' ');
  const inserted = (row: ChangeRow) => row.edits?.filter((e) => e.op === 'insert').map((e) => e.tokens.join('')).join(' ') ?? '';
  const deleted = (row: ChangeRow) => row.edits?.filter((e) => e.op === 'delete').map((e) => e.tokens.join('')).join(' ') ?? '';
  const find = (pattern: RegExp) => result.rows.filter((row) => pattern.test(text(row)));
  return { before, after, result, text, inserted, deleted, find };
}

describe('the 2024 Privacy Policy change (2024-07-25 -> 2024-10-17)', () => {
  const pair = () => compare('privacy-policy', '2024-07-25', '2024-10-17');

  it('adds the "Third-party collaborators" clause under the sharing section', () => {
    const { find, after } = pair();
    const [row] = find(/^Third-party collaborators\./);
    expect(row).toMatchObject({ kind: 'added', type: 'clause' });
    expect(after.blocks[row!.new[0]!]).toMatchObject({ section: expect.stringMatching(/^3-sharing-information\//) });
  });

  it('modifies the retention text and removes the 18-month catch-all', () => {
    const { find, inserted } = pair();
    const [intro] = find(/^We keep different types of information for different periods of time/);
    expect(intro!.kind).toBe('modified');
    expect(inserted(intro!)).toMatch(/depending on how long we need to retain it/);
    const catchAll = find(/18 months/).filter((r) => r.type === 'clause');
    expect(catchAll.map((r) => r.kind)).toContain('removed');
  });

  it('rebuilds the new text from the old one and the comparison', () => {
    const { before, after, result } = pair();
    expect(applyComparison(before.blocks, result)).toEqual(comparedTexts(after.blocks));
  });
});

describe('the 2024 Terms of Service change (2023-10-11 -> 2024-10-17)', () => {
  const pair = () => compare('terms-of-service', '2023-10-11', '2024-10-17');

  it('extends the content licence to training machine learning and AI models', () => {
    const { find, inserted } = pair();
    const [licence] = find(/^By submitting, posting or displaying Content/);
    expect(licence!.kind).toBe('modified');
    expect(inserted(licence!)).toMatch(/machine learning and artificial intelligence models/);
  });

  it('adds the liquidated damages section, at $15,000 USD per million posts', () => {
    const { find } = pair();
    const heading = find(/^Liquidated Damages$/);
    expect(heading.map((r) => [r.type, r.kind])).toEqual([['section', 'added']]);
    const clause = find(/\$15,000 USD per 1,000,000 posts/);
    expect(clause.map((r) => r.kind)).toEqual(['added']);
  });

  it('moves disputes from California to the courts of Texas', () => {
    const { find, inserted, deleted } = pair();
    const [law] = find(/^The laws of the State of Texas/);
    expect(law!.kind).toBe('modified');
    expect(deleted(law!)).toContain('California');
    expect(inserted(law!)).toContain('Texas');
    expect(inserted(law!)).toMatch(/Northern District of Texas|Tarrant County/);
  });

  it('gives the EU text its own change: €15,000 EUR, and Irish law kept', () => {
    const { find, result } = compare('terms-of-service', '2023-10-11-eu-efta-uk', '2024-10-17-eu-efta-uk');
    expect(find(/€15,000 EUR per 1,000,000 posts/).map((r) => r.kind)).toEqual(['added']);
    expect(find(/Ireland/).every((r) => r.kind !== 'removed')).toBe(true);
    expect(result.counts.added).toBeGreaterThan(0);
  });
});

describe('every consecutive pair in the corpus', () => {
  it('rebuilds exactly and places every clause once', () => {
    for (const document of corpus.services.flatMap((s) => s.documents)) {
      for (const region of document.regions) {
        const versions = document.versions.filter((v) => v.region === region.id);
        for (let i = 1; i < versions.length; i += 1) {
          const result: Comparison = compareBlocks(versions[i - 1]!.blocks, versions[i]!.blocks);
          expect(applyComparison(versions[i - 1]!.blocks, result)).toEqual(comparedTexts(versions[i]!.blocks));
          expect(result.rows.flatMap((r) => r.new).length).toBe(versions[i]!.blocks.length);
          expect(result.rows.flatMap((r) => r.old).length).toBe(versions[i - 1]!.blocks.length);
        }
      }
    }
  });
});
