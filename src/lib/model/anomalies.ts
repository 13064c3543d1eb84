/**
 * Capture anomalies: records the archive kept that are not a policy text (a
 * capture failure). They are kept and flagged, never fatal: hidden by
 * default, left out of change counts and bars, never the latest version.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export type AnomalyReason = 'empty' | 'headings-only' | 'error-page' | 'truncated' | 'no-policy-text';

/** What the site says about each reason. */
export const ANOMALY_REASONS: Record<AnomalyReason, string> = {
  empty: 'the capture holds no text',
  'headings-only': 'the capture holds headings but no text under them',
  'error-page': 'the capture is an error or bot-check page, not the policy',
  truncated: `the capture holds less than ${Math.round(100 * 0.2)}% of the words of the record before it`,
  'no-policy-text': 'the capture holds no text that reads as the policy',
};

/**
 * A record's words, headings apart from the rest. capturedText() counts the
 * words once and keeps the text only when it is short enough to be an error
 * page: a record's whole text would otherwise be cached and held per record.
 */
export interface CapturedText {
  headings: string[];
  body: string;
  /** Words of the body and of the headings, when counted already (else counted from `body` and `headings`). */
  words?: number;
  headingWords?: number;
}

/** Below this share of the words of the record before, a capture is taken for cut short. */
export const TRUNCATED_SHARE = 0.2;
/** Only a record at least this long can be cut short: short policies change length a lot. */
const TRUNCATION_MIN_WORDS = 200;
/** An error page is short; a policy that mentions "access denied" is not one. */
const ERROR_PAGE_MAX_WORDS = 300;
const ERROR_PAGE =
  /\b(?:access denied|403 forbidden|404 not found|page not found|this page (?:doesn[’']t|does not) exist|something went wrong|just a moment|checking (?:if the site connection is secure|your browser)|enable javascript and cookies|attention required|are you a robot|verify you are human|service unavailable|too many requests|rate limit exceeded)\b/i;

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Headings and the rest of a parsed record (front matter left out). */
export function capturedText(root: Root): CapturedText {
  const headings: string[] = [];
  const body: string[] = [];
  for (const node of root.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading') headings.push(toString(node));
    else body.push(toString(node));
  }
  const text = body.join('\n');
  const words = wordCount(text);
  const headingWords = wordCount(headings.join(' '));
  // Only a short capture can be an error page; a long one needs its counts alone.
  if (words + headingWords <= ERROR_PAGE_MAX_WORDS) return { headings, body: text, words, headingWords };
  return { headings: [], body: '', words, headingWords };
}

/** Why a record is not a policy text, or undefined when it is one. `previous` is the document's record before it. */
export function detectAnomaly(text: CapturedText, previous?: CapturedText): AnomalyReason | undefined {
  const words = text.words ?? wordCount(text.body);
  const headingWords = text.headingWords ?? wordCount(text.headings.join(' '));
  if (words === 0 && headingWords === 0) return 'empty';
  if (words === 0) return 'headings-only';
  if (words + headingWords <= ERROR_PAGE_MAX_WORDS && ERROR_PAGE.test(`${text.headings.join('\n')}\n${text.body}`)) return 'error-page';
  const before = previous ? (previous.words ?? wordCount(previous.body)) : 0;
  if (before >= TRUNCATION_MIN_WORDS && words < TRUNCATED_SHARE * before) return 'truncated';
  return undefined;
}

/**
 * A capture cut short is transient: the full text comes back. A run of
 * "truncated" records that the full text never follows, and that is more
 * than one record long, is a shorter policy the service published, not a
 * failure: its records are policy texts. Takes and returns one reason (or
 * undefined) per record of a document, in record order.
 */
export function settleTruncations(reasons: readonly (AnomalyReason | undefined)[]): (AnomalyReason | undefined)[] {
  const out = [...reasons];
  let start = -1;
  for (let i = 0; i <= out.length; i += 1) {
    if (i < out.length && out[i] === 'truncated') {
      if (start === -1) start = i;
      continue;
    }
    if (start !== -1) {
      const recovered = i < out.length && out[i] === undefined;
      if (!recovered && i - start > 1) for (let j = start; j < i; j += 1) out[j] = undefined;
      start = -1;
    }
  }
  return out;
}
