/**
 * The readable text of an MDX note or story, block by block with the line each
 * starts on: what a reader sees, so Markdown links count as their text and
 * emphasis as its words, while component attributes (`ref="…"`) are not text.
 * Also lists the components and the site links, which a translation keeps.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export interface TextBlock {
  /** 1-based line of the file the block starts on. */
  line: number;
  text: string;
}

export interface MdxOutline {
  /** The front matter's YAML, when the file has one. */
  yaml?: string;
  blocks: TextBlock[];
  /** Every component (`<MiniCompare ref="…" />`) as written, attributes in order, with its line. */
  components: { line: number; tag: string }[];
  /** Every link's target with its line. */
  links: { line: number; url: string }[];
  /** The body's blocks in order (`paragraph`, `heading 2`, `list item`, …): a translation keeps them one for one. */
  structure: { line: number; kind: string }[];
}

const STRUCTURE: Record<string, string> = {
  paragraph: 'paragraph',
  list: 'list',
  listItem: 'list item',
  blockquote: 'block quote',
  table: 'table',
  code: 'code block',
  thematicBreak: 'rule',
  mdxJsxFlowElement: 'component',
};

/** Parses MDX; throws the parser's message (with its line) on a syntax error. */
export function outlineMdx(source: string): MdxOutline {
  const root = parser.parse(source) as Root;
  const outline: MdxOutline = { blocks: [], components: [], links: [], structure: [] };
  const first = root.children[0];
  if (first?.type === 'yaml') outline.yaml = first.value;
  for (const child of root.children) visitBlock(child, outline);
  return outline;
}

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

function visitBlock(node: RootContent, outline: MdxOutline): void {
  const kind = node.type === 'heading' ? `level-${node.depth} heading` : STRUCTURE[node.type];
  if (kind) outline.structure.push({ line: lineOf(node), kind });
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const out: string[] = [];
    phrasing(node, out, outline);
    outline.blocks.push({ line: lineOf(node), text: out.join('') });
    return;
  }
  if (node.type === 'mdxJsxFlowElement') outline.components.push({ line: lineOf(node), tag: jsxTag(node.name, node.attributes) });
  if ('children' in node) for (const child of node.children as RootContent[]) visitBlock(child, outline);
}

function phrasing(node: RootContent | { children: RootContent[] }, out: string[], outline: MdxOutline): void {
  if ('type' in node) {
    if (node.type === 'text' || node.type === 'inlineCode') return void out.push(node.value);
    if (node.type === 'break') return void out.push('\n');
    if (node.type === 'link') outline.links.push({ line: lineOf(node), url: node.url });
    if (node.type === 'mdxJsxTextElement') outline.components.push({ line: lineOf(node), tag: jsxTag(node.name, node.attributes) });
  }
  if ('children' in node) for (const child of node.children as RootContent[]) phrasing(child, out, outline);
}

function jsxTag(name: string | null, attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): string {
  const parts = attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}}`;
    const value = attribute.value;
    if (value === null || value === undefined) return attribute.name;
    return typeof value === 'string' ? `${attribute.name}="${value}"` : `${attribute.name}={${value.value}}`;
  });
  return `<${[name ?? '', ...parts].join(' ')} />`;
}

/** White space folded and typographic apostrophes made plain, so a quote matches across line wraps. */
export function normalizeForQuotes(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Every quotation in a text, “curly” or "straight", with the line offset of its opening mark. */
export function quotationsIn(text: string): { quote: string; lineOffset: number }[] {
  const found: { quote: string; lineOffset: number }[] = [];
  for (const match of text.matchAll(/“([^“”]*)”|"([^"]*)"/g)) {
    const quote = (match[1] ?? match[2] ?? '').trim();
    if (quote.length === 0) continue;
    found.push({ quote, lineOffset: text.slice(0, match.index).split('\n').length - 1 });
  }
  return found;
}
