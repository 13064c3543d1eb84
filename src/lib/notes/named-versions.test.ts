import { describe, expect, it } from 'vitest';
import { annotationSchema } from './annotation.ts';
import { namedByNotes } from './named-versions.ts';

const data = annotationSchema.parse({
  id: 'acme-fees',
  title: 'Fees for scraping',
  summary: 'Acme names a fee for scraping its pages.',
  service: 'acme',
  document: 'terms',
  anchor: { exact: 'fifty dollars' },
  categories: ['Other'],
  impact: 'expands',
  questions: ['Does Acme charge for scraping?'],
  history: { appears: '2024-02-01', changes: ['2024-03-01-eu-efta-uk'] },
  milestones: [{ date: '2024-01-15', what: 'Acme announces the fee to the press', source: { report: 'acme-report' } }],
});

describe('namedByNotes', () => {
  it('collects versions from history, pinned references and MiniCompare, and milestone dates', () => {
    const source = 'See [it](clause:acme/terms#fees@2024-04-01) and <MiniCompare ref="acme/terms#fees" from="2024-02-01" to="2024-05-01" />.';
    const named = namedByNotes([{ data, source }]);
    expect([...named.versions].sort()).toEqual([
      'acme/terms/2024-02-01',
      'acme/terms/2024-03-01-eu-efta-uk',
      'acme/terms/2024-04-01',
      'acme/terms/2024-05-01',
    ]);
    expect([...named.dates]).toEqual(['acme/terms/2024-01-15']);
  });
});
