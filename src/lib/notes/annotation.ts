/**
 * Annotations: our explanations, in MDX, anchored to clause text by a W3C
 * Web Annotation TextQuoteSelector (exact, prefix, suffix) plus an optional
 * clause-ID hint. This is the front matter schema, shared by the Astro
 * content collection, `npm run check` and the build.
 */
import { z } from 'zod';
import { parseIsoDate } from '../model/dates.ts';

/** The OPP-115 privacy-practice categories (Wilson et al., ACL 2016). */
export const OPP115_CATEGORIES = [
  'First Party Collection/Use',
  'Third Party Sharing/Collection',
  'User Choice/Control',
  'User Access, Edit and Deletion',
  'Data Retention',
  'Data Security',
  'Policy Change',
  'Do Not Track',
  'International and Specific Audiences',
  'Other',
] as const;

/** Topics of terms of service that OPP-115 (a privacy taxonomy) does not cover. */
export const TERMS_TOPICS = ['Licence to content', 'Liability and damages', 'Disputes and governing law', 'Acceptance of changes'] as const;

export const CATEGORIES = [...OPP115_CATEGORIES, ...TERMS_TOPICS] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a clause or change does to the company's room to act. */
export const IMPACTS = {
  expands: 'Expands what the company may do',
  reduces: 'Reduces what you can do',
  limits: 'Limits what the company may do',
  neutral: 'Neutral',
  clarifies: 'Clarifies',
} as const;
export type Impact = keyof typeof IMPACTS;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** `npm run annotate` scaffolds with TODO placeholders; a note cannot be published with one left. */
const noPlaceholder = (text: string) => !/\bTODO\b/.test(text);
const PLACEHOLDER = 'replace the TODO placeholder with your own words';
// Astro's YAML reader turns an unquoted 2024-10-16 into a Date; ours keeps the string. Accept both.
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine((value) => parseIsoDate(value) !== undefined, 'expected a date written YYYY-MM-DD'),
);

/** The W3C TextQuoteSelector, as the Web Annotation model names its keys, plus our clause hint. */
export const anchorSchema = z.strictObject({
  exact: z
    .string()
    .trim()
    .min(3, 'quote at least a few words')
    .max(160, 'quote only the short phrase the note is about (160 characters at most)'),
  prefix: z.string().max(64).optional(),
  suffix: z.string().max(64).optional(),
  /** ID of the clause the quote is expected in; a hint, not a requirement. */
  clause: z.string().optional(),
  /**
   * Words the note is about ("Texas"): an approximate match in which any of
   * them is missing is a different clause, not the same one reworded.
   */
  essential: z.array(z.string().trim().min(1)).optional(),
});

/** A version ID as in URLs: the first record date, plus region or effective date when needed. */
const versionId = z.preprocess(
  // Astro's YAML reader turns an unquoted 2024-10-17 into a Date: a version ID is the string.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?$/, 'a version ID, as in a version page address: YYYY-MM-DD[-region]'),
);

/**
 * History the note's prose relies on, declared so the build can check it
 * against where the quoted words actually appear, change and vanish.
 */
export const declaredHistorySchema = z.strictObject({
  /** First version whose text holds the quoted words. */
  appears: versionId.optional(),
  /** Versions in which the words (or the clause around them) were reworded. */
  changes: z.array(versionId).optional(),
  /** First version without the words. */
  vanishes: versionId.optional(),
  /** Versions in which the words came back after vanishing. */
  returns: z.array(versionId).optional(),
});

export const sourceSchema = z.union([
  z.strictObject({ report: z.string().regex(SLUG, 'a report ID is the news file name without .md') }),
  z.strictObject({
    url: z.url({ protocol: /^https?$/ }),
    title: z.string().min(1).optional(),
    accessed: isoDate,
  }),
]);

export const annotationSchema = z.strictObject({
  id: z.string().regex(SLUG, 'use lower case letters, digits and hyphens'),
  title: z.string().trim().min(3).max(120).refine(noPlaceholder, PLACEHOLDER),
  summary: z
    .string()
    .trim()
    .min(20)
    .max(280)
    .refine((text) => /[.!?]$/.test(text), 'end the summary with a full stop')
    .refine((text) => !/[.!?]\s+\p{Lu}/u.test(text), 'the summary is one sentence')
    .refine(noPlaceholder, PLACEHOLDER),
  service: z.string().regex(SLUG),
  document: z.string().regex(SLUG),
  /** Only for documents with regional texts: which region's text the quote is in. */
  region: z.string().regex(SLUG).optional(),
  anchor: anchorSchema,
  categories: z.array(z.enum(CATEGORIES)).min(1),
  impact: z.enum(Object.keys(IMPACTS) as [Impact, ...Impact[]]),
  sources: z.array(sourceSchema).default([]),
  /** Plain reader questions the note answers ("Can others train AI on my posts?"), for search. */
  questions: z
    .array(
      z
        .string()
        .trim()
        .min(8)
        .max(120)
        .refine((q) => q.endsWith('?'), 'a question ends with "?"')
        .refine(noPlaceholder, PLACEHOLDER),
    )
    .min(1, 'name at least one plain question a reader would type that this note answers'),
  /** History stated in the prose, checked against the anchoring data by `npm run check`. */
  history: declaredHistorySchema.optional(),
  /**
   * Dated events a source reports that no record shows, such as the day a
   * policy was published; each cites its source, for the timeline.
   */
  milestones: z
    .array(
      z.strictObject({
        date: isoDate,
        what: z.string().trim().min(10).max(160).refine(noPlaceholder, PLACEHOLDER),
        source: z.strictObject({ report: z.string().regex(SLUG) }),
      }),
    )
    .default([]),
});

export type AnnotationData = z.infer<typeof annotationSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type DeclaredHistory = z.infer<typeof declaredHistorySchema>;
