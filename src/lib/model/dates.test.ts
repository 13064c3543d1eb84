import { describe, expect, it } from 'vitest';
import { findEnglishDate, parseIsoDate, readDateStatement } from './dates.ts';

describe('findEnglishDate', () => {
  it('reads month-first and day-first dates', () => {
    expect(findEnglishDate('November 15, 2024')).toBe('2024-11-15');
    expect(findEnglishDate('on 3 March 2023, then')).toBe('2023-03-03');
    expect(findEnglishDate('Sept. 9 2021')).toBeUndefined(); // "Sept" is no month name we accept
    expect(findEnglishDate('Sep 9, 2021')).toBeUndefined();
    expect(findEnglishDate('February 30, 2024')).toBeUndefined();
  });
});

describe('parseIsoDate', () => {
  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('2024-1-01')).toBeUndefined();
  });
});

describe('readDateStatement', () => {
  it('reads every Markdown variant of an effective line', () => {
    for (const line of ['Effective: June 10, 2022', 'Effective:  June 10, 2022', 'Effective June 10, 2022', 'Effective Date: June 10, 2022']) {
      expect(readDateStatement(line)).toEqual({ kind: 'effective', date: '2022-06-10' });
    }
  });

  it('reads "Effective until"', () => {
    expect(readDateStatement('Effective until November 15, 2024')).toEqual({ kind: 'effective-until', date: '2024-11-15' });
  });

  it('reads announcements and tells this version from an updated one', () => {
    expect(readDateStatement('We changed things. This version of the notice will go into effect on May 18, 2023. Read on.')).toEqual({
      kind: 'goes-into-effect',
      date: '2023-05-18',
      thisVersion: true,
    });
    expect(readDateStatement('The updated notice will go into effect on May 18, 2023. The current one is below.')).toMatchObject({
      thisVersion: false,
    });
  });

  it('ignores prose that merely mentions effect or dates', () => {
    expect(readDateStatement('We measure the effectiveness of our ads.')).toBeUndefined();
    expect(readDateStatement('Changes are effective immediately when posted, as they were on June 1, 2020, for all users of the site.')).toBeUndefined();
    expect(readDateStatement('Effective communication matters to us')).toBeUndefined();
  });
});
