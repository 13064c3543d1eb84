import { describe, expect, it } from 'vitest';
import { HIDDEN_REASONS } from '../../../compare/bridge.ts';
import { KINDS_OF_CHANGE } from '../../../compare/change-kinds.ts';
import { kindStrings } from './kinds.ts';

describe('kinds of change in every language', () => {
  it('says in English exactly what the model says, so the two cannot drift apart', () => {
    for (const [kind, { means }] of Object.entries(KINDS_OF_CHANGE)) expect(kindStrings.en[`means.${kind}` as keyof typeof kindStrings.en]).toBe(means);
    for (const [reason, says] of Object.entries(HIDDEN_REASONS)) expect(kindStrings.en[`hidden.${reason}` as keyof typeof kindStrings.en]).toBe(says);
  });
});
