/**
 * Splits one record (a parsed snapshot file) into the texts it holds.
 *
 * A page may show an upcoming policy and the one "Effective until ..." one
 * after the other, and a Terms page may hold one text per region. Some pages
 * also carry unrelated content after the policy (a "privacy hub" appended
 * below it); such parts state no date and are kept apart as supplements.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { readDateStatement, type DateStatement } from './dates.ts';
import { isBoldOnlyParagraph, lineSpan, plainText } from './markdown.ts';
import { DEFAULT_REGION } from './marks.ts';

export interface RegionRule {
  id: string;
  label: string;
  /** Matched against a heading-like block's plain text. */
  pattern: RegExp;
}

/** The region a text belongs to when the page names none (defined in marks.ts). */
export { DEFAULT_REGION };

/**
 * Region headings that split a page into regional texts. They describe
 * European law, not one service: any service whose page says "If you live in
 * the European Union ..." gets the same split.
 */
export const DEFAULT_REGION_RULES: readonly RegionRule[] = [
  {
    id: DEFAULT_REGION,
    label: 'Outside the EU, EFTA States and the UK',
    pattern: /^if you (?:live|reside|are located) outside (?:of )?the european union\b/i,
  },
  {
    id: 'eu-efta-uk',
    label: 'EU, EFTA States and the UK',
    pattern: /^if you (?:live|reside|are located) in (?:the )?european union\b/i,
  },
];

export interface LocatedStatement {
  statement: DateStatement;
  line: number;
}

/** What made a text start where it does: the explicit marker it was split on, if any. */
export type SplitMarker = 'title' | 'effective-until' | 'region';

export interface SplitText {
  kind: 'policy';
  /** The marker this text was split off on; undefined for a record's first (or only) text. */
  marker?: SplitMarker;
  region: string;
  regionLabel: string;
  /** The page's title for this text, when it has one ("X Privacy Policy"). */
  title: string | undefined;
  blocks: RootContent[];
  line: number;
  endLine: number;
  statements: LocatedStatement[];
  /** The date the text says it takes effect; undefined when it states none. */
  effectiveDate: string | undefined;
  /** Where effectiveDate was read. */
  effectiveLine: number | undefined;
  effectiveUntil: string | undefined;
}

export interface Supplement {
  kind: 'supplement';
  title: string | undefined;
  line: number;
  endLine: number;
}

export interface SplitRecord {
  texts: SplitText[];
  supplements: Supplement[];
}

function isHeading(node: RootContent | undefined, depth?: number): node is Heading {
  return node?.type === 'heading' && (depth === undefined || node.depth === depth);
}

const statementCache = new WeakMap<RootContent, DateStatement | null>();

export function statementOf(node: RootContent): DateStatement | undefined {
  if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
  let statement = statementCache.get(node);
  if (statement === undefined) {
    statement = readDateStatement(plainText(node)) ?? null;
    statementCache.set(node, statement);
  }
  return statement ?? undefined;
}

/** Paragraph whose meaningful content is bold throughout (links inside allowed). */
function isAllBold(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return meaningful.length > 0 && meaningful.every((c) => c.type === 'strong');
}

/**
 * Blocks that open a text rather than belong to the one before it: headings,
 * all-bold notices and title lines, "goes into effect" announcements. An
 * "**Effective:** date" line with the date outside the bold closes the text
 * above it, so it is not one of these.
 */
function isMasthead(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'thematicBreak') return true;
  if (isAllBold(node)) return true;
  const statement = statementOf(node);
  return statement?.kind === 'goes-into-effect' || statement?.kind === 'effective-until';
}

/** Moves a boundary up over the masthead blocks just above it, never past `floor`. */
function walkBack(blocks: RootContent[], index: number, floor: number): number {
  let start = index;
  while (start - 1 >= floor && isMasthead(blocks[start - 1]!)) start -= 1;
  return start;
}

function sliceAt(blocks: RootContent[], starts: number[]): RootContent[][] {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  return sorted.map((start, i) => blocks.slice(start, sorted[i + 1] ?? blocks.length));
}

/** Parts of a page separated by a new title or an "Effective until" heading. */
function statusParts(blocks: RootContent[]): RootContent[][] {
  const starts = [0];
  for (let i = 1; i < blocks.length; i += 1) {
    const node = blocks[i]!;
    const opens = isHeading(node, 1) || statementOf(node)?.kind === 'effective-until';
    if (!opens) continue;
    const floor = starts[starts.length - 1]!;
    // An "Effective until" heading right under a new title walks back to that
    // title's boundary and so opens no second part.
    const start = walkBack(blocks, i, floor);
    if (start > floor) starts.push(start);
  }
  return sliceAt(blocks, starts);
}

function regionOf(node: RootContent, rules: readonly RegionRule[]): RegionRule | undefined {
  if (node.type !== 'heading' && !isBoldOnlyParagraph(node)) return undefined;
  const text = plainText(node);
  return rules.find((rule) => rule.pattern.test(text));
}

function regionalParts(
  blocks: RootContent[],
  rules: readonly RegionRule[],
): { rule: RegionRule | undefined; blocks: RootContent[] }[] {
  const markers: { index: number; rule: RegionRule }[] = [];
  blocks.forEach((node, index) => {
    const rule = regionOf(node, rules);
    if (rule) markers.push({ index, rule });
  });
  const distinct = new Set(markers.map((m) => m.rule.id));
  if (distinct.size < 2) return [{ rule: markers[0]?.rule, blocks }];
  // The first regional text also takes the page's shared preamble above it.
  const starts = [0];
  for (const marker of markers.slice(1)) {
    const floor = starts[starts.length - 1]!;
    let start = marker.index;
    while (start - 1 > floor && isHeading(blocks[start - 1])) start -= 1;
    if (start > floor) starts.push(start);
  }
  const slices = sliceAt(blocks, starts);
  return slices.map((slice, i) => ({ rule: markers[i]!.rule, blocks: slice }));
}

function locateStatements(blocks: RootContent[]): LocatedStatement[] {
  const found: LocatedStatement[] = [];
  for (const node of blocks) {
    const statement = statementOf(node);
    if (statement) found.push({ statement, line: lineSpan(node).line });
  }
  return found;
}

function span(blocks: RootContent[]): { line: number; endLine: number } {
  return { line: lineSpan(blocks[0]!).line, endLine: lineSpan(blocks[blocks.length - 1]!).endLine };
}

function buildText(
  blocks: RootContent[],
  rule: RegionRule | undefined,
  title: string | undefined,
  partUntil: LocatedStatement | undefined,
): SplitText {
  const statements = locateStatements(blocks);
  // The last "Effective:" line wins: a regional text states its own date at its end.
  const effective = statements.filter((s) => s.statement.kind === 'effective').at(-1);
  const announced = statements.find((s) => s.statement.kind === 'goes-into-effect' && s.statement.thisVersion);
  const chosen = effective ?? announced;
  // One "Effective until" heading covers every regional text below it.
  const until = statements.find((s) => s.statement.kind === 'effective-until') ?? partUntil;
  return {
    kind: 'policy',
    region: rule?.id ?? DEFAULT_REGION,
    regionLabel: rule?.label ?? 'Worldwide',
    title,
    blocks,
    ...span(blocks),
    statements,
    effectiveDate: chosen?.statement.date,
    effectiveLine: chosen?.line,
    effectiveUntil: until?.statement.date,
  };
}

/** The dates a part states it takes effect on (not an announcement of another version's date). */
const effectiveDates = (blocks: RootContent[]) =>
  new Set(
    locateStatements(blocks).flatMap(({ statement }) =>
      statement.kind === 'effective' || (statement.kind === 'goes-into-effect' && statement.thisVersion) ? [statement.date] : [],
    ),
  );
const statesEffectiveDate = (blocks: RootContent[]) => effectiveDates(blocks).size > 0;

/**
 * Keeps only the parts that explicit markers separate; a new title alone is
 * no marker (many pages make every section a level-1 heading). A part opens
 * a new text when it starts "Effective until", or when it states an
 * effective date of its own below a text that stated another (a page showing
 * the upcoming and the current policy); sections that each repeat the same
 * date are one text. A part with no date below a dated text, after a
 * divider (a thematic break), is unrelated page content: a supplement.
 * Anything else belongs to the text above it.
 */
function explicitParts(parts: RootContent[][]): { blocks: RootContent[]; marker?: SplitMarker; supplement?: boolean }[] {
  const kept: { blocks: RootContent[]; marker?: SplitMarker; supplement?: boolean }[] = [];
  parts.forEach((part, index) => {
    const current = kept.filter((k) => !k.supplement).at(-1);
    if (index === 0 || !current) {
      kept.push({ blocks: [...part] });
      return;
    }
    const statements = locateStatements(part);
    if (statements.some((s) => s.statement.kind === 'effective-until')) {
      kept.push({ blocks: [...part], marker: 'effective-until' });
    } else if (statesEffectiveDate(part) && statesEffectiveDate(current.blocks) && ![...effectiveDates(part)].some((d) => effectiveDates(current.blocks).has(d))) {
      kept.push({ blocks: [...part], marker: 'title' });
    } else if (statements.length === 0 && statesEffectiveDate(current.blocks) && afterDivider(parts, index)) {
      kept.push({ blocks: [...part], supplement: true });
    } else if (kept.at(-1)!.supplement) {
      kept.at(-1)!.blocks.push(...part);
    } else {
      current.blocks.push(...part);
    }
  });
  return kept;
}

function afterDivider(parts: RootContent[][], index: number): boolean {
  return parts[index]![0]?.type === 'thematicBreak' || parts[index - 1]!.at(-1)?.type === 'thematicBreak';
}

/** Splits a parsed record into its policy texts and any unrelated supplements. */
export function splitRecord(root: Root, rules: readonly RegionRule[] = DEFAULT_REGION_RULES): SplitRecord {
  const blocks = root.children.filter((node) => node.type !== 'yaml');
  const result: SplitRecord = { texts: [], supplements: [] };
  if (blocks.length === 0) return result;
  explicitParts(statusParts(blocks)).forEach(({ blocks: part, marker: opener, supplement }, index) => {
    const titleNode = part.find((node) => isHeading(node, 1));
    const title = titleNode ? plainText(titleNode) : undefined;
    if (supplement) {
      result.supplements.push({ kind: 'supplement', title, ...span(part) });
      return;
    }
    const partUntil = locateStatements(part).find((s) => s.statement.kind === 'effective-until');
    const partMarker: SplitMarker | undefined = index === 0 ? undefined : opener;
    regionalParts(part, rules).forEach((regional, i) => {
      const marker = i > 0 ? 'region' : partMarker;
      result.texts.push({ ...buildText(regional.blocks, regional.rule, title, partUntil), ...(marker ? { marker } : {}) });
    });
  });
  return result;
}
