import { describe, expect, it } from 'vitest';
import { compareView, type ViewItem } from './compare-view.ts';
import type { Block, Clause, Section } from '../model/model.ts';

const section = (title: string, depth = 2): Section => ({ type: 'section', id: title.toLowerCase().replace(/\W+/g, '-'), title, html: title, depth, line: 1 });
const clause = (text: string): Clause => ({ type: 'clause', id: text.toLowerCase().replace(/\W+/g, '-').slice(0, 20), kind: 'paragraph', html: text, text, marked: text, section: '', line: 1 });

/** Blocks with each clause in the section above it. */
const inSections = (blocks: Block[]): Block[] => {
  let current = '';
  return blocks.map((b) => (b.type === 'section' ? ((current = b.id), b) : { ...b, section: current }));
};

const before: Block[] = inSections([
  section('1. Collection'),
  clause('We collect the name you give us.'),
  clause('We collect the device type you use.'),
  clause('We collect the pages you read.'),
  section('2. Sharing'),
  section('2.1 Couriers', 3),
  clause('Couriers get your street name.'),
  clause('Couriers get your house number.'),
  clause('Couriers get your postcode today.'),
  clause('Couriers never get your phone.'),
  section('3. Retention'),
  clause('Orders are kept for two years.'),
  clause('Accounts are kept until closed.'),
  clause('Logs are kept for ninety days.'),
  clause('Backups are kept for a month.'),
]);
const after = before.map((b) => (b.type === 'clause' && b.text.includes('postcode') ? { ...b, text: 'Couriers get your postcode and floor.', marked: 'Couriers get your postcode and floor.' } : b));

/** Each item as the page shows it: a row by its kind and text, a run by what it holds. */
const shown = (items: ViewItem[]) =>
  items.map((item) => (item.type === 'unchanged-run' ? `run of ${item.clauses}: ${item.rows.map((r) => `${r.type}@${r.where}`).join(' | ')}` : `${item.row.kind} ${item.row.type} ${item.row.excerpt}`));

describe('compareView', () => {
  it('gathers unchanged clauses and the headings of unchanged sections in runs, keeping the headings a change stands under', () => {
    const view = compareView({ blocks: before }, { blocks: after });
    expect(shown(view.items)).toEqual([
      'run of 3: section@1. Collection | clause@1. Collection | clause@1. Collection | clause@1. Collection',
      'unchanged section 2. Sharing',
      'unchanged section 2.1 Couriers',
      // Two unchanged clauses before a change are context, shown in full.
      'unchanged clause Couriers get your street name.',
      'unchanged clause Couriers get your house number.',
      'modified clause Couriers get your postcode and floor.',
      'run of 5: clause@2.1 Couriers | section@3. Retention | clause@3. Retention | clause@3. Retention | clause@3. Retention | clause@3. Retention',
    ]);
    // The kept headings keep their levels.
    expect(view.items.flatMap((i) => (i.type === 'row' && i.row.type === 'section' ? [i.row.level] : []))).toEqual([2, 3]);
    expect(view.jump.map((r) => r.excerpt)).toEqual(['Couriers get your postcode and floor.']);
  });

  it('folds the whole text, headings included, between two versions that are the same', () => {
    const same = compareView({ blocks: before }, { blocks: before });
    expect(same.items).toHaveLength(1);
    expect(same.items[0]).toMatchObject({ type: 'unchanged-run', clauses: 11 });
    expect((same.items[0] as { rows: unknown[] }).rows).toHaveLength(before.length);
  });
});
