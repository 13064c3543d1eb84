import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyComparison, compareBlocks, comparedTexts, type Comparison } from './align.ts';
import type { Block, Clause, Section } from '../model/model.ts';

const section = (title: string): Section => ({ type: 'section', id: title.toLowerCase().replace(/\W+/g, '-'), title, html: title, depth: 2, line: 1 });
const clause = (text: string, marked = text): Clause => ({ type: 'clause', id: text.slice(0, 12), kind: 'paragraph', html: text, text, marked, section: '', line: 1 });

const kinds = (c: Comparison) => c.rows.map((r) => `${r.kind}:${r.old.join('+')}>${r.new.join('+')}`);

const base: Block[] = [
  section('1. Collection'),
  clause('We collect the name and email address you give us when you sign up.'),
  clause('We collect the device type and the browser you use to reach our service.'),
  section('2. Sharing'),
  clause('We share order details with couriers so that parcels can arrive on time.'),
  clause('We never sell your personal information to data brokers or advertisers.'),
  clause('We keep order records for no more than twenty four months after the last order.'),
];

describe('compareBlocks', () => {
  it('finds nothing changed between a version and itself', () => {
    const result = compareBlocks(base, base);
    expect(result.rows.every((r) => r.kind === 'unchanged' && !r.edits)).toBe(true);
    expect(result.counts).toEqual({ added: 0, removed: 0, modified: 0, moved: 0, unchanged: 5 });
  });

  it('classes an amended clause as modified, with its word edits', () => {
    const after = [...base];
    after[6] = clause('We keep order records for as long as we need them after the last order.');
    const result = compareBlocks(base, after);
    const row = result.rows.find((r) => r.kind === 'modified')!;
    expect(row).toMatchObject({ old: [6], new: [6] });
    expect(row.edits!.filter((e) => e.op !== 'equal').map((e) => `${e.op}:${e.tokens.join('')}`)).toEqual([
      'delete: no more than twenty four months',
      'insert: as long as we need them',
    ]);
  });

  it('classes added and removed clauses, placing a removal where it stood', () => {
    const after = [...base.slice(0, 5), clause('Outside firms may build prediction models from your order history unless you opt out.'), base[6]!];
    after.splice(2, 1);
    const result = compareBlocks(base, after);
    expect(kinds(result)).toEqual(['unchanged:0>0', 'unchanged:1>1', 'removed:2>', 'unchanged:3>2', 'unchanged:4>3', 'removed:5>', 'added:>4', 'unchanged:6>5']);
  });

  it('places each removal after the nearest earlier clause that stays in order, runs of them in their order, one before everything first', () => {
    const r0 = clause('Lanterns glow beside quiet harbours every winter evening.');
    const r1 = clause('Copper kettles whistle loudly in crowded morning kitchens.');
    const r2 = clause('Orchards bloom early whenever southern breezes arrive warm.');
    const r3 = clause('Violins echo through marble halls during festival weeks.');
    const [x, m, y, z] = [base[1]!, base[2]!, base[4]!, base[5]!];
    const before = [r0, base[0]!, r1, r2, x, m, r3, y, z];
    const after = [base[0]!, x, y, z, m];
    const result = compareBlocks(before, after);
    // m moved to the end: r3, which followed it, goes after x, the nearest clause before it still in order.
    expect(kinds(result)).toEqual(['removed:0>', 'unchanged:1>0', 'removed:2>', 'removed:3>', 'unchanged:4>1', 'removed:6>', 'unchanged:7>2', 'unchanged:8>3', 'moved:5>4']);
  });

  it('follows a clause moved to another section, saying where from, even when renumbered', () => {
    const after = [section('1. Sharing'), base[4]!, base[5]!, base[6]!, base[2]!, section('2. Collection'), base[1]!];
    const result = compareBlocks(base, after);
    const moved = result.rows.filter((r) => r.kind === 'moved');
    expect(moved.map((r) => [r.type, r.old, r.new])).toContainEqual(['clause', [2], [4]]);
    expect(result.rows.find((r) => r.old[0] === 2)!.movedFrom).toBe('');
    // "1. Sharing" is the old "2. Sharing": a renumbered heading, not a new one.
    expect(result.rows.find((r) => r.new[0] === 0)).toMatchObject({ type: 'section', old: [3] });
  });

  it('pairs a split clause with both halves, and a merged one with both sources', () => {
    const long = clause('We collect the name and email address you give us, and we also collect the phone number you add for account recovery.');
    const split = [clause('We collect the name and email address you give us.'), clause('We also collect the phone number you add for account recovery.')];
    const result = compareBlocks([long], split);
    expect(kinds(result)).toEqual(['modified:0>0+1']);
    expect(kinds(compareBlocks(split, [long]))).toEqual(['modified:0+1>0']);
  });

  it('shows a changed link target as a change even when the words are the same', () => {
    const before = [clause('See our settings.', 'See our settings ⟨https://old.example/settings⟩.')];
    const after = [clause('See our settings.', 'See our settings ⟨https://new.example/settings⟩.')];
    const [row] = compareBlocks(before, after).rows;
    expect(row!.kind).toBe('modified');
    expect(row!.edits!.filter((e) => e.op !== 'equal').map((e) => e.tokens.join(''))).toEqual([' ⟨https://old.example/settings⟩', ' ⟨https://new.example/settings⟩']);
  });

  it('compares CJK text character by character', () => {
    const result = compareBlocks([clause('用户可以选择退出数据共享。')], [clause('用户可以选择关闭数据共享。')]);
    expect(result.rows[0]!.edits!.filter((e) => e.op !== 'equal').map((e) => `${e.op}:${e.tokens.join('')}`)).toEqual(['delete:退出', 'insert:关闭']);
  });
});

// Property tests: versions made of random sentences, then randomly amended.
const WORDS = ['data', 'share', 'keep', 'months', 'partners', 'settings', 'opt', 'out', 'Texas', 'courts', '15,000', 'posts', 'AI', 'train', 'models', 'we', 'you', 'may', 'not', 'the'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const link = fc.constantFrom('', ' ⟨https://a.example/x⟩', ' ⟨https://b.example/y⟩');
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => section(w.join(' '))) },
  { weight: 5, arbitrary: fc.tuple(sentence, link).map(([text, target]) => clause(text, `${text.slice(0, -1)}${target}.`)) },
);
const version = fc.array(block, { minLength: 0, maxLength: 25 });

type Mutation = (blocks: Block[], at: number, extra: Block) => Block[];
const mutations: Mutation[] = [
  (b, at, extra) => [...b.slice(0, at), extra, ...b.slice(at)], // insert
  (b, at) => [...b.slice(0, at), ...b.slice(at + 1)], // delete
  (b, at, extra) => [...b.slice(0, at), extra, ...b.slice(at + 1)], // replace
  (b, at) => {
    // move a block to the end
    const moved = b[at];
    return moved ? [...b.slice(0, at), ...b.slice(at + 1), moved] : b;
  },
  (b, at) => {
    // reword: drop the first word of a clause
    const target = b[at];
    if (target?.type !== 'clause') return b;
    const words = target.marked.split(' ');
    return [...b.slice(0, at), clause(words.slice(1).join(' ') || 'x', words.slice(1).join(' ') || 'x'), ...b.slice(at + 1)];
  },
];
const amended = fc
  .tuple(version, fc.array(fc.tuple(fc.nat(4), fc.nat(30), block), { maxLength: 8 }))
  .map(([before, steps]) => ({
    before,
    after: steps.reduce((blocks, [m, at, extra]) => mutations[m]!(blocks, blocks.length ? at % (blocks.length + 1) : 0, extra), before),
  }));

describe('compareBlocks, property-based', () => {
  it('applying the comparison to the old version rebuilds the new one exactly', () => {
    fc.assert(
      fc.property(amended, ({ before, after }) => {
        expect(applyComparison(before, compareBlocks(before, after))).toEqual(comparedTexts(after));
      }),
      { numRuns: 400 },
    );
  });

  it('places every block of both versions in exactly one row', () => {
    fc.assert(
      fc.property(amended, ({ before, after }) => {
        const { rows } = compareBlocks(before, after);
        expect(rows.flatMap((r) => r.old).sort((a, b) => a - b)).toEqual(before.map((_, i) => i));
        expect(rows.flatMap((r) => r.new).sort((a, b) => a - b)).toEqual(after.map((_, i) => i));
      }),
      { numRuns: 400 },
    );
  });

  it('finds no change between a version and itself', () => {
    fc.assert(
      fc.property(version, (blocks) => {
        const { rows, words } = compareBlocks(blocks, blocks);
        expect(rows.every((r) => r.kind === 'unchanged')).toBe(true);
        expect(words).toEqual({ added: 0, removed: 0 });
      }),
    );
  });

  it('gives the same answer every time', () => {
    fc.assert(
      fc.property(amended, ({ before, after }) => {
        expect(compareBlocks(before, after)).toEqual(compareBlocks(structuredClone(before), structuredClone(after)));
      }),
      { numRuns: 200 },
    );
  });
});
