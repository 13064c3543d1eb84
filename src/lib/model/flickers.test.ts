import { describe, expect, it } from 'vitest';
import { detectFlickers } from './flickers.ts';

const at = (date: string, text: string, time = '12:00') => ({ date, recordedAt: `${date}T${time}:00+00:00`, text });

describe('detectFlickers', () => {
  it('finds A → B → A when A comes back within three days', () => {
    const states = [at('2024-01-01', 'A'), at('2024-01-02', 'B'), at('2024-01-04', 'A', '11:00'), at('2024-02-01', 'C')];
    expect(detectFlickers(states)).toEqual([{ shown: 1, returned: 2, hours: 47 }]);
  });

  it('leaves a slow return, a new text and a repeat alone', () => {
    expect(detectFlickers([at('2024-01-01', 'A'), at('2024-01-02', 'B'), at('2024-01-09', 'A')])).toEqual([]);
    expect(detectFlickers([at('2024-01-01', 'A'), at('2024-01-02', 'B'), at('2024-01-03', 'C')])).toEqual([]);
    expect(detectFlickers([at('2024-01-01', 'A'), at('2024-01-02', 'A'), at('2024-01-03', 'A')])).toEqual([]);
  });
});
