import { describe, expect, it } from 'vitest';
import { formatDateIn, formatNumberIn } from './format.ts';
import { formatDate } from '../views.ts';

describe('formatDateIn', () => {
  it('writes a calendar date the way each language does', () => {
    expect(formatDateIn('en', '2024-11-15')).toBe('15 November 2024');
    expect(formatDateIn('zh', '2024-11-15')).toBe('2024年11月15日');
  });
  it('never moves a date by a time zone, and ignores a time of day', () => {
    expect(formatDateIn('zh', '2024-01-01T23:59:00')).toBe('2024年1月1日');
  });
  it('agrees with the English pages’ own formatting', () => {
    for (const iso of ['2022-09-04', '2024-10-17', '2026-01-15']) expect(formatDateIn('en', iso)).toBe(formatDate(iso));
  });
});

describe('formatNumberIn', () => {
  it('groups digits', () => {
    expect(formatNumberIn('en', 15000)).toBe('15,000');
    expect(formatNumberIn('zh', 15000)).toBe('15,000');
  });
});
