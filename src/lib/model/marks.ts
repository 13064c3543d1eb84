/**
 * Small constants of the model that the browser's comparison needs too, kept
 * apart from the parsers and renderers that define them (those pull in
 * remark and hast, which no browser bundle should carry).
 */

/** The region a text belongs to when the page names none. */
export const DEFAULT_REGION = 'worldwide';

/** Around a link's target in a clause's marked text (see render.ts): a changed address is a change. */
export const LINK_OPEN = '\u27E8';
export const LINK_CLOSE = '\u27E9';
