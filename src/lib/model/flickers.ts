/**
 * Flickers: a record that brings back exactly the text seen before the
 * previous record (A → B → A) soon after B was first seen. Usually capture
 * noise (the archive caught a page mid-deploy, an image address swapped and
 * back), sometimes history (a text shown and taken down). Every record is
 * kept; the short-lived B is folded into one event and left out of change
 * counts, bars and feeds unless a note or milestone names it.
 */

/** B was on the page for at most this long before A came back. */
export const FLICKER_MAX_HOURS = 72;

/** One record of one region, in record order: `text` identifies what the record held (e.g. its version IDs). */
export interface RecordedState {
  date: string;
  /** ISO 8601 time of the record. */
  recordedAt: string;
  text: string;
}

export interface Flicker {
  /** Index (in the sequence given) of the record that showed B. */
  shown: number;
  /** Index of the record that brought A back. */
  returned: number;
  /** Hours from B's record to A's return. */
  hours: number;
}

const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

/**
 * Every A → B → A in a sequence of records where A came back within
 * FLICKER_MAX_HOURS of B's record. "The same text" is the same `text` key:
 * callers pass the versions a record held, so re-formatting is a change but
 * a re-capture of the same text is not.
 */
export function detectFlickers(states: readonly RecordedState[], maxHours = FLICKER_MAX_HOURS): Flicker[] {
  const flickers: Flicker[] = [];
  for (let i = 2; i < states.length; i += 1) {
    const [a, b, back] = [states[i - 2]!, states[i - 1]!, states[i]!];
    if (back.text !== a.text || b.text === a.text) continue;
    const hours = hoursBetween(b.recordedAt, back.recordedAt);
    if (hours <= maxHours) flickers.push({ shown: i - 1, returned: i, hours });
  }
  return flickers;
}
