import { describe, expect, it } from 'vitest';
import type { Block, Version } from '../model/model.ts';
import { clauseTextHash, distinctClauseTexts, normaliseClauseText, TEXT_HASH_LENGTH } from './card-texts.ts';

const clause = (id: string, marked: string): Block => ({ type: 'clause', id, kind: 'paragraph', html: marked, text: marked, marked, section: '', line: 1 }) as Block;
const version = (id: string, blocks: Block[]): Version => ({ id, service: 'acme', document: 'privacy', region: 'worldwide', blocks }) as unknown as Version;

describe('clauseTextHash', () => {
  it('is a short hash of the words and link targets, blind to white space and Unicode composition', () => {
    const hash = clauseTextHash('Couriers receive your street address.');
    expect(hash).toMatch(new RegExp(`^[0-9a-f]{${TEXT_HASH_LENGTH}}$`));
    expect(clauseTextHash('  Couriers receive\n your   street address. ')).toBe(hash);
    expect(clauseTextHash('Caf\u0065\u0301 orders')).toBe(clauseTextHash('Caf\u00e9 orders'));
    expect(normaliseClauseText('Caf\u0065\u0301')).toBe('Caf\u00e9');
    expect(clauseTextHash('Couriers receive your street address!')).not.toBe(hash);
    // A changed link target is another text.
    expect(clauseTextHash('See the terms ⟨https://acme.example/a⟩.')).not.toBe(clauseTextHash('See the terms ⟨https://acme.example/b⟩.'));
  });
});

describe('distinctClauseTexts', () => {
  it('groups the versions that carry the same text of a clause, including a text that comes back', () => {
    const texts = distinctClauseTexts([
      version('2024-01-01', [clause('sharing', 'Couriers get your address.'), clause('retention', 'Two years.')]),
      version('2024-02-01', [clause('sharing', 'Couriers and lockers get your address.'), clause('retention', 'Two years.')]),
      version('2024-03-01', [clause('sharing', 'Couriers  get your address.')]),
    ]);
    expect(texts.map((t) => [t.clauseId, t.hash === clauseTextHash('Couriers get your address.'), t.versions.map((v) => v.id)])).toEqual([
      ['sharing', true, ['2024-01-01', '2024-03-01']],
      ['retention', false, ['2024-01-01', '2024-02-01']],
      ['sharing', false, ['2024-02-01']],
    ]);
    // The card shows the clause as the most recent of its versions has it.
    expect(texts[0]!.clause.marked).toBe('Couriers  get your address.');
  });

  it('keeps the same words under two clause IDs apart', () => {
    const texts = distinctClauseTexts([version('2024-01-01', [clause('a', 'Same words.'), clause('b', 'Same words.')])]);
    expect(texts.map((t) => t.clauseId)).toEqual(['a', 'b']);
    expect(texts[0]!.hash).toBe(texts[1]!.hash);
  });
});
