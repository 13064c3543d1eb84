/**
 * Segments one policy text into sections (headings) and clauses (paragraphs,
 * list items, table rows: the smallest citable units), each with a readable
 * ID built from its heading path, e.g.
 * `3-sharing-information/3-2-with-third-parties/third-party-collaborators`.
 */
import type { List, ListItem, Nodes, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { ENGLISH_DATE } from './dates.ts';
import { isBoldOnlyParagraph, lineSpan, plainText } from './markdown.ts';
import { renderFragment, renderHtml } from './render.ts';
import { shortSlug, UniqueIds } from './slug.ts';
import { statementOf, type RegionRule } from './split.ts';
import type { Block, Clause, ClauseGroup, ClauseKind, Section } from './model.ts';


export interface SegmentOptions {
  /** URL the text was captured from, to resolve relative links. */
  base?: string;
  regionRules?: readonly RegionRule[];
}

/** Blocks that say when or where a text applies: kept as metadata, not content. */
function isMetadataBlock(node: RootContent, regionRules: readonly RegionRule[]): boolean {
  if (node.type === 'heading' && node.depth === 1) return true;
  if (node.type !== 'heading' && node.type !== 'paragraph') return false;
  if (statementOf(node)) return true;
  const text = plainText(node);
  const headingLike = node.type === 'heading' || isBoldOnlyParagraph(node);
  return headingLike && regionRules.some((rule) => rule.pattern.test(text));
}

function headingOf(node: RootContent): PhrasingContent[] | undefined {
  if (node.type === 'heading') return node.children;
  if (isBoldOnlyParagraph(node) && node.type === 'paragraph' && plainText(node).length <= 100) {
    const strong = node.children.find((child) => child.type === 'strong');
    return strong && 'children' in strong ? strong.children : undefined;
  }
  return undefined;
}

/** The bold or italic lead-in that names a clause ("**Third-party collaborators.** ..."). */
function leadIn(children: readonly (RootContent | PhrasingContent)[]): string | undefined {
  let first = children[0];
  if (first?.type === 'paragraph') first = first.children[0];
  if (first && (first.type === 'strong' || first.type === 'emphasis')) {
    const text = plainText(first);
    if (text.length >= 2 && text.length <= 80) return text;
  }
  return undefined;
}

function clauseKey(text: string, lead: string | undefined): string {
  return shortSlug(lead ?? text, lead ? 5 : 6);
}

/**
 * A list item's content as a tight item would show it: a lone paragraph is
 * unwrapped, since loose and tight lists differ only in how the page was
 * extracted. Several paragraphs stay paragraphs.
 */
function itemContent(item: ListItem): Nodes[] {
  const paragraphs = item.children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length !== 1) return item.children;
  return item.children.flatMap((child): Nodes[] => (child.type === 'paragraph' ? child.children : [child]));
}

interface Heading {
  depth: number;
  /** The section's ID: its path of heading slugs. */
  path: string;
}

/** "3.2 With third parties" -> "3.2"; undefined for an unnumbered heading. */
function sectionNumber(title: string): string | undefined {
  // Also "2.a.Target scope" (2.a, under 2) and "3.Personal data" (no space after the number).
  return /^(\d+(?:\.(?:\d+|[a-z]{1,2}|[ivx]+))*)(?:\.?\s|\.(?=\p{L}))/iu.exec(title)?.[1];
}

/**
 * "Last updated: February 5, 2024": a line that only dates the text. The
 * archive sometimes captures it as a heading; as a section it would put its
 * date into the ID of every clause below it, so it is kept as a clause whose
 * ID leaves the date out, and never opens a section.
 */
export function dateLineLabel(text: string): string | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length > 60) return undefined;
  const date = ENGLISH_DATE.exec(trimmed);
  if (!date) return undefined;
  const label = (trimmed.slice(0, date.index) + trimmed.slice(date.index + date[0].length)).replace(/[\s:,.\-–—()*_]+$/g, '').replace(/^[\s*_]+/, '').trim();
  if (label === '') return 'date';
  return /^(?:(?:last|date)\s+)?(?:updated|modified|revised|changed|effective|published|posted|dated|version|date|as of)(?:\s+(?:on|date|as of))?\s*:?$/i.test(label) ? label.replace(/:$/, '') : undefined;
}

/** Drops sections left empty once metadata blocks are removed ("Current Privacy Policy"). */
function dropEmptySections(blocks: Block[]): Block[] {
  return blocks.filter((block, index) => {
    if (block.type !== 'section') return true;
    const next = blocks[index + 1];
    return next !== undefined && !(next.type === 'section' && next.depth <= block.depth);
  });
}

export function segmentText(nodes: readonly RootContent[], options: SegmentOptions = {}): Block[] {
  const regionRules = options.regionRules ?? [];
  const base = options.base;
  const out: Block[] = [];
  const stack: Heading[] = [];
  let lastRealDepth = 1;
  const ids = new UniqueIds();
  let groupId = 0;

  // Numbered headings nest by their numbers, whatever their Markdown level or
  // the unnumbered headings around them: "1.1" goes under "1", and "1" stands
  // at the top even below a sidebar heading. Legal numbering outlives layout.
  const numbered = new Map<string, string>();
  const sectionPath = () => stack[stack.length - 1]?.path ?? '';
  const pushClause = (
    kind: ClauseKind,
    { html, marked }: { html: string; marked: string },
    text: string,
    line: number,
    lead: string | undefined,
    extra: Partial<Clause> = {},
  ) => {
    if (!text && !html) return;
    const path = sectionPath();
    const key = clauseKey(text || kind, lead);
    out.push({
      type: 'clause',
      id: ids.take(path ? `${path}/${key}` : key),
      kind,
      html,
      text,
      marked,
      section: path,
      line,
      ...extra,
    });
  };

  for (const node of nodes) {
    if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'yaml') continue;
    if (isMetadataBlock(node, regionRules)) continue;
    const { line } = lineSpan(node);
    const dated = (node.type === 'heading' || node.type === 'paragraph') ? dateLineLabel(plainText(node)) : undefined;
    if (dated) {
      const inner = node.type === 'heading' ? node.children : (node as Paragraph).children;
      pushClause('paragraph', renderFragment(inner, base), plainText(node), line, dated);
      continue;
    }
    const heading = headingOf(node);
    if (heading) {
      const depth = node.type === 'heading' ? node.depth : Math.min(6, lastRealDepth + 1);
      if (node.type === 'heading') lastRealDepth = node.depth;
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const title = plainText(node);
      const slug = shortSlug(title);
      const number = sectionNumber(title);
      let path: string;
      if (number) {
        const parent = numbered.get(number.split('.').slice(0, -1).join('.'));
        path = parent ? `${parent}/${slug}` : slug;
      } else {
        path = stack.length > 0 ? `${sectionPath()}/${slug}` : slug;
      }
      const id = ids.take(path);
      if (number) numbered.set(number, id);
      stack.push({ depth, path: id });
      out.push({
        type: 'section',
        id,
        title,
        html: renderHtml(heading, base),
        depth,
        line,
      });
      continue;
    }
    switch (node.type) {
      case 'paragraph':
        pushClause('paragraph', renderFragment(node.children, base), plainText(node), line, leadIn(node.children));
        break;
      case 'list':
        groupId += 1;
        segmentList(node, groupId);
        break;
      case 'table':
        groupId += 1;
        segmentTable(node, groupId);
        break;
      case 'blockquote':
        pushClause('blockquote', renderFragment(node.children, base), plainText(node), line, leadIn(node.children));
        break;
      case 'code':
        pushClause('code', renderFragment([node], base), node.value.replace(/\s+/g, ' ').trim(), line, undefined);
        break;
      case 'html': {
        const fragment = renderFragment([node], base);
        const text = fragment.html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
        if (text) pushClause('html', fragment, text, line, undefined);
        break;
      }
      default:
        break;
    }
  }

  function segmentList(list: List, id: number) {
    const group: ClauseGroup = { id, kind: 'list', ordered: Boolean(list.ordered) };
    if (list.ordered && typeof list.start === 'number' && list.start !== 1) group.start = list.start;
    for (const item of list.children) {
      const text = plainText(item);
      pushClause('list-item', renderFragment(itemContent(item), base), text, lineSpan(item as never).line, leadIn(item.children), { group });
    }
  }

  function segmentTable(table: Table, id: number) {
    const group: ClauseGroup = { id, kind: 'table' };
    table.children.forEach((row, index) => {
      const header = index === 0;
      const cells = row.children.map((cell) => renderFragment(cell.children, base));
      const tag = header ? 'th' : 'td';
      const html = cells.map((cell) => `<${tag}>${cell.html}</${tag}>`).join('');
      const marked = cells.map((cell) => cell.marked).join(' | ');
      const text = row.children.map((cell) => plainText(cell)).join(' | ');
      pushClause('table-row', { html, marked }, text, lineSpan(row as never).line, undefined, { group, header });
    });
  }

  return dropEmptySections(out);
}
