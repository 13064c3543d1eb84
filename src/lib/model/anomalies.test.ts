import { describe, expect, it } from 'vitest';
import { detectAnomaly, settleTruncations } from './anomalies.ts';

const policy = { headings: ['Widget Policy', 'What we gather'], body: 'Acme gathers the details you type into an order form. '.repeat(30) };

describe('detectAnomaly', () => {
  it('passes a policy text, and one a little shorter than the one before', () => {
    expect(detectAnomaly(policy)).toBeUndefined();
    expect(detectAnomaly({ ...policy, body: policy.body.slice(0, 1200) }, policy)).toBeUndefined();
  });

  it('flags an empty capture and one with headings only', () => {
    expect(detectAnomaly({ headings: [], body: ' \n' }, policy)).toBe('empty');
    expect(detectAnomaly({ headings: ['Widget Policy', 'What we gather'], body: '' }, policy)).toBe('headings-only');
  });

  it('flags an error or bot-check page, but not a policy that mentions "access denied"', () => {
    expect(detectAnomaly({ headings: ['Just a moment...'], body: 'Enable JavaScript and cookies to continue.' }, policy)).toBe('error-page');
    expect(detectAnomaly({ ...policy, body: `${policy.body} If access denied by us, write to the desk.` }, policy)).toBeUndefined();
  });

  it('flags a capture holding a small fraction of the words before it', () => {
    expect(detectAnomaly({ headings: ['Widget Policy'], body: 'Acme gathers the details you type.' }, policy)).toBe('truncated');
  });
});

describe('settleTruncations', () => {
  it('keeps a short capture that the full text follows, and clears a shorter text that stays', () => {
    expect(settleTruncations([undefined, 'truncated', undefined])).toEqual([undefined, 'truncated', undefined]);
    expect(settleTruncations([undefined, 'truncated', 'truncated', 'truncated'])).toEqual([undefined, undefined, undefined, undefined]);
    // One short record at the end may still be a failure: the next record will tell.
    expect(settleTruncations([undefined, 'truncated'])).toEqual([undefined, 'truncated']);
    expect(settleTruncations([undefined, 'truncated', 'empty', 'truncated'])).toEqual([undefined, 'truncated', 'empty', 'truncated']);
  });
});
