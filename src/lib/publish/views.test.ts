import { describe, expect, it } from 'vitest';
import { htmlDateTime } from './views.ts';

describe('htmlDateTime', () => {
  it('cuts microseconds to the milliseconds HTML allows, and keeps the rest as given', () => {
    expect(htmlDateTime('2025-01-02T03:04:05.123456')).toBe('2025-01-02T03:04:05.123');
    expect(htmlDateTime('2025-01-02T03:04:05.123456+00:00')).toBe('2025-01-02T03:04:05.123+00:00');
    expect(htmlDateTime('2025-01-02T03:04:05.12Z')).toBe('2025-01-02T03:04:05.12Z');
    expect(htmlDateTime('2025-01-02')).toBe('2025-01-02');
  });
});
