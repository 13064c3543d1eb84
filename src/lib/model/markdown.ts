/** Markdown parsing shared by every reader of the corpus. */
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The parts of GFM that policy text uses: tables (each row is a clause) and
 * strikethrough. Autolink literals, the costliest GFM extension, are left out:
 * a bare URL in a policy stays text, as the archive recorded it, and parsing
 * the corpus takes about half the time.
 */
function remarkPolicyGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkPolicyGfm).use(remarkFrontmatter, ['yaml']);

/** Parses Markdown (CommonMark, GFM tables and strikethrough, YAML front matter) into mdast with positions. */
export function parseMarkdown(source: string): Root {
  return parser.parse(source);
}

function collectText(node: Root | RootContent | PhrasingContent, out: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      out.push(node.value);
      return;
    case 'break':
    case 'thematicBreak':
      out.push(' ');
      return;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'yaml':
    case 'definition':
      return;
    default:
      if ('children' in node) {
        const block = node.type !== 'paragraph' && node.type !== 'heading' && !isPhrasing(node);
        for (const child of node.children as RootContent[]) {
          collectText(child, out);
          if (block) out.push(' ');
        }
      }
  }
}

function isPhrasing(node: { type: string }): boolean {
  return ['emphasis', 'strong', 'delete', 'link', 'linkReference', 'footnoteReference'].includes(node.type);
}

/**
 * The plain text of a node, whitespace collapsed. Line breaks and block
 * boundaries become spaces (mdast-util-to-string would glue "data" and
 * "about" across a hard break).
 */
export function plainText(node: Root | RootContent): string {
  let text = plainTextCache.get(node);
  if (text === undefined) {
    const out: string[] = [];
    collectText(node, out);
    text = out.join('').replace(/\s+/g, ' ').trim();
    plainTextCache.set(node, text);
  }
  return text;
}

// Split and segment ask for the same blocks' text several times; trees are not mutated after parsing.
const plainTextCache = new WeakMap<object, string>();

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * True for a paragraph made only of one bold run with no link and no line
 * break: the way many policy pages mark a sub-heading ("**1.1 What we collect.**").
 */
export function isBoldOnlyParagraph(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const meaningful = node.children.filter((child) => !isBlank(child));
  if (meaningful.length !== 1) return false;
  const only = meaningful[0]!;
  if (only.type !== 'strong') return false;
  let plain = true;
  const walk = (children: PhrasingContent[]): void => {
    for (const child of children) {
      if (child.type === 'link' || child.type === 'break' || child.type === 'image') plain = false;
      if ('children' in child) walk(child.children as PhrasingContent[]);
    }
  };
  walk(only.children);
  return plain;
}

/** 1-based first and last line of a node in its source file. */
export function lineSpan(node: RootContent): { line: number; endLine: number } {
  return { line: node.position?.start.line ?? 0, endLine: node.position?.end.line ?? 0 };
}
