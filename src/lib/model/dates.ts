/** Dates as policies state them ("November 15, 2024") and as we store them ("2024-11-15"). */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

const MONTH_PATTERN = `(${MONTHS.join('|')})`;

/** "November 15, 2024", "15 November 2024", "Nov. 15, 2024" — the forms English policies use. */
export const ENGLISH_DATE = new RegExp(
  `(?:${MONTH_PATTERN}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\.?,?\\s+(\\d{4}))`,
  'i',
);

/** True when y-m-d names a real calendar day. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses "YYYY-MM-DD" strictly; returns undefined for anything else, including 2024-02-30. */
export function parseIsoDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? value : undefined;
}

/** Finds the first English date in a string; returns it as YYYY-MM-DD. */
export function findEnglishDate(text: string): string | undefined {
  const match = ENGLISH_DATE.exec(text);
  if (!match) return undefined;
  const monthName = (match[1] ?? match[5])!.toLowerCase();
  const month = MONTHS.indexOf(monthName as (typeof MONTHS)[number]) + 1;
  const day = Number(match[2] ?? match[4]);
  const year = Number(match[3] ?? match[6]);
  return isCalendarDate(year, month, day) ? formatIsoDate(year, month, day) : undefined;
}

/** What a short block of policy text says about when the policy applies. */
export type DateStatement =
  /** "Effective: November 15, 2024" — the date the text took or takes effect. */
  | { kind: 'effective'; date: string }
  /** "Effective until November 15, 2024" — the text stops applying then. */
  | { kind: 'effective-until'; date: string }
  /** "This version ... will go into effect on November 15, 2024" — announced start of this text. */
  | { kind: 'goes-into-effect'; date: string; thisVersion: boolean };

const EFFECTIVE_UNTIL = /^\s*effective\s+until\b\s*:?\s*(.+)$/i;
const EFFECTIVE = /^\s*(?:last\s+updated\s+and\s+)?effective(?:\s+date)?\s*[:\-–—]?\s*(.+)$/i;
const GOES_INTO_EFFECT = /\b(?:will\s+go|goes|will\s+come|comes)\s+into\s+(?:effect|force)\s+on\s+(.+)/i;

/**
 * Reads a date statement from the plain text of one block.
 * An "Effective ..." statement must be the whole block (a heading or a short
 * line), so that prose such as "effective immediately" is never mistaken for one.
 */
export function readDateStatement(plainText: string): DateStatement | undefined {
  const text = plainText.replace(/\s+/g, ' ').trim();
  if (text.length <= 60) {
    const until = EFFECTIVE_UNTIL.exec(text);
    if (until) {
      const date = findEnglishDate(until[1]!);
      if (date && until[1]!.trim().length <= 30) return { kind: 'effective-until', date };
    }
    const effective = EFFECTIVE.exec(text);
    if (effective) {
      const date = findEnglishDate(effective[1]!);
      if (date && effective[1]!.trim().length <= 30) return { kind: 'effective', date };
    }
  }
  const announced = GOES_INTO_EFFECT.exec(text);
  if (announced) {
    const date = findEnglishDate(announced[1]!);
    if (date) {
      const before = text.slice(0, announced.index);
      return { kind: 'goes-into-effect', date, thisVersion: /\bthis\s+version\b/i.test(before) };
    }
  }
  return undefined;
}
