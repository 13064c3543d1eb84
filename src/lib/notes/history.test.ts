import { describe, expect, it } from 'vitest';
import type { AnchorEvent } from './anchor.ts';
import { compareHistory, computedHistory } from './history.ts';

const event = (kind: AnchorEvent['kind'], versionId: string): AnchorEvent => ({ kind, versionId, region: 'worldwide' });
const events = [event('appears', '2022-01-01'), event('changes', '2023-05-01'), event('context-changes', '2024-02-01'), event('vanishes', '2025-03-01')];

describe('declared history', () => {
  it('reads the data in the declared form', () => {
    expect(computedHistory(events)).toEqual({ appears: '2022-01-01', changes: ['2023-05-01', '2024-02-01'], vanishes: '2025-03-01', returns: [] });
  });

  it('agrees when the note states what the data says', () => {
    expect(compareHistory({ appears: '2022-01-01', vanishes: '2025-03-01' }, events)).toEqual([]);
  });

  it('names the key, the stated and the computed value when they differ', () => {
    expect(compareHistory({ appears: '2023-05-01', changes: ['2023-05-01'] }, events)).toEqual([
      expect.objectContaining({ key: 'appears', stated: '2023-05-01', computed: '2022-01-01' }),
      expect.objectContaining({ key: 'changes', stated: '2023-05-01', computed: '2023-05-01, 2024-02-01' }),
    ]);
  });

  it('catches a claim that words vanished when they are still there', () => {
    expect(compareHistory({ vanishes: '2025-03-01' }, events.slice(0, 3))).toEqual([expect.objectContaining({ key: 'vanishes', computed: '(none)' })]);
  });
});
