import { describe, expect, it } from 'vitest';
import { compareView } from '../compare/compare-view.ts';
import type { Version } from '../model/model.ts';
import type { Block, Clause } from '../model/model.ts';
import type { AnchoredAnnotation } from './annotations.ts';
import type { AnnotationData } from './annotation.ts';
import { impactSummary } from './impact.ts';

const clause = (id: string, text: string): Clause => ({ type: 'clause', id, kind: 'paragraph', html: text, text, marked: text, section: '', line: 1 });
function version(id: string, ...clauses: [string, string][]): Version {
  const blocks: Block[] = clauses.map(([cid, text]) => clause(cid, text));
  return { id, service: 'acme', document: 'terms', region: 'worldwide', regionLabel: 'Worldwide', firstRecorded: id, lastRecorded: id, sightings: [], source: {} as never, reextraction: false, formattingOnly: false, kind: 'first', contentHash: id, textHash: id, wordCount: 0, blocks };
}
function note(id: string, impact: AnnotationData['impact'], anchors: [string, string, string][]): AnchoredAnnotation {
  return {
    file: `${id}.mdx`,
    data: { id, title: id, summary: 'made up.', service: 'acme', document: 'terms', anchor: { exact: 'x' }, categories: ['Other'], impact, sources: [], milestones: [], questions: [] },
    anchors: anchors.map(([versionId, clauseId, text]) => ({ versionId, clauseId, text, start: 0, end: text.length, quality: 1 })),
    events: [],
  };
}

const before = version('2024-01-01', ['fees', 'Scraping costs ten widgets.'], ['courts', 'Disputes go to Springfield.'], ['keep', 'We keep logs.']);
const after = version('2024-06-01', ['fees', 'Scraping costs twenty widgets per day.'], ['courts', 'Disputes go to Springfield.'], ['train', 'Partners may train models on your posts.']);

describe('impactSummary', () => {
  const view = compareView(before, after);
  const groups = impactSummary(
    [
      note('fee', 'expands', [['2024-01-01', 'fees', 'ten widgets'], ['2024-06-01', 'fees', 'twenty widgets']]),
      note('court', 'neutral', [['2024-01-01', 'courts', 'Springfield'], ['2024-06-01', 'courts', 'Springfield']]),
      note('logs', 'limits', [['2024-01-01', 'keep', 'keep logs']]),
      note('train', 'reduces', [['2024-06-01', 'train', 'train models']]),
    ],
    before,
    after,
    view,
  );

  it('lists only notes whose words appear, change or vanish, most consequential first; a limit removed expands', () => {
    expect(groups.map((g) => [g.impact, g.items.map((i) => `${i.annotation.data.id}:${i.what}`)])).toEqual([
      ['expands', ['fee:change', 'logs:vanish']],
      ['reduces', ['train:appear']],
    ]);
  });

  it('links each to its change on the page', () => {
    const anchors = groups.flatMap((g) => g.items.map((i) => i.anchor));
    expect(anchors).toEqual(['change-fees', 'change-removed-keep', 'change-train']);
    const rows = view.jump.map((r) => r.anchor);
    for (const anchor of anchors) expect(rows).toContain(anchor);
  });
});
