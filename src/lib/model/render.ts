/**
 * Turns corpus Markdown nodes into HTML that is safe to put on a page.
 *
 * Third-party text passes a small allow-list (hast-util-sanitize, the
 * sanitiser behind rehype-sanitize, rather than hand-written filtering): no script,
 * style, event handler, frame, form, image or javascript: URL survives, and
 * relative links are resolved against the page the text came from.
 */
import type { Element, Root as HastRoot } from 'hast';
import { raw as hastRaw } from 'hast-util-raw';
import { sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { LINK_CLOSE, LINK_OPEN } from './marks.ts';

export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p', 'br', 'a', 'strong', 'em', 'b', 'i', 'u', 'code', 'pre', 'del', 's', 'ins', 'sup', 'sub', 'span',
    'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr',
  ],
  attributes: {
    a: ['href', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript', 'svg', 'math'],
  required: {},
  clobber: [],
  clobberPrefix: '',
  ancestors: {},
};

/**
 * Resolves relative hrefs against `base`. Links to a spot on the captured page
 * itself ("#chapter3") are unwrapped to their text: the archive's page layout
 * renames those anchors between captures, and they lead nowhere here.
 */
function resolveLinks(base: string | undefined) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a') return;
      delete node.properties.title;
      const href = node.properties.href;
      if (typeof href !== 'string') return;
      if (href.trim().startsWith('#') && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return; // absolute: the sanitiser checks its protocol
      if (!base) {
        delete node.properties.href;
        return;
      }
      try {
        node.properties.href = new URL(href, base).href;
      } catch {
        delete node.properties.href;
      }
    });
  };
}

function hasText(node: Element): boolean {
  return node.children.some((child) => (child.type === 'text' ? child.value.trim() !== '' : child.type === 'element' && hasText(child)));
}

/**
 * After sanitising: a link that lost its address (javascript:, data:) is
 * unwrapped to its text, and a link with no text at all, which a screen reader
 * could only announce as "link", is dropped.
 */
function tidyLinks(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'a' || !parent || index === undefined) return;
    if (!hasText(node)) {
      parent.children.splice(index, 1);
      return index;
    }
    if (typeof node.properties.href !== 'string') {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
    return undefined;
  });
}

/** Collapses runs of white space in text (not in <pre>): line wrapping is not content. */
function collapseWhitespace(tree: HastRoot): void {
  visit(tree, (node) => {
    if (node.type === 'element' && node.tagName === 'pre') return 'skip';
    if (node.type !== 'element' && node.type !== 'root') return undefined;
    // Removed elements leave neighbouring texts apart; join them first.
    const children: HastRoot['children'] = [];
    for (const child of node.children as HastRoot['children']) {
      const last = children[children.length - 1];
      if (child.type === 'text' && last?.type === 'text') last.value += child.value;
      else children.push(child);
    }
    for (const child of children) if (child.type === 'text') child.value = child.value.replace(/\s+/g, ' ');
    node.children = children as Element['children'];
    return undefined;
  });
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'footnoteReference', 'html']);

function isPhrasing(nodes: readonly MdastNodes[]): boolean {
  // A lone html node is a block of raw HTML (a paragraph's inline HTML comes with its text).
  if (nodes.length === 1 && nodes[0]!.type === 'html') return false;
  return nodes.length > 0 && nodes.every((node) => PHRASING.has(node.type));
}

/**
 * Phrasing content goes through a paragraph: as direct children of a root,
 * mdast-util-to-hast would put line breaks between them ("settings , or").
 */
function asRoot(nodes: MdastNodes[]): MdastRoot {
  const children = isPhrasing(nodes) ? [{ type: 'paragraph', children: nodes }] : nodes;
  return { type: 'root', children } as MdastRoot;
}

function holdsHtml(nodes: readonly MdastNodes[]): boolean {
  return nodes.some((node) => node.type === 'html' || ('children' in node && holdsHtml(node.children as MdastNodes[])));
}

/**
 * Renders mdast children (phrasing or block content) to sanitised HTML.
 * `base` is the URL of the page the text was captured from.
 *
 * The unified utilities are called directly (what remark-rehype,
 * rehype-raw, rehype-sanitize and rehype-stringify wrap): this runs once per
 * clause, tens of thousands of times a build, and a processor per call costs
 * more than the work.
 */
export function renderHtml(nodes: MdastNodes[], base?: string): string {
  return renderFragment(nodes, base).html;
}

/** Opens and closes a link target inside marked text: "terms ⟨https://x.example/tos⟩" (defined in marks.ts). */
export { LINK_CLOSE, LINK_OPEN };

const BLOCK = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br']);

function markedText(node: HastRoot | HastRoot['children'][number], out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  const block = node.type === 'element' && BLOCK.has(node.tagName);
  if (block) out.push(' ');
  for (const child of node.children) markedText(child as HastRoot['children'][number], out);
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
    out.push(` ${LINK_OPEN}${node.properties.href}${LINK_CLOSE}`);
  }
  if (block) out.push(' ');
}

/**
 * Renders mdast children to sanitised HTML and to "marked text": the words
 * with each link's target after it, which is what comparisons diff, so that a
 * changed address shows as a change and re-wrapped lines do not.
 * `base` is the URL of the page the text was captured from.
 */
export function renderFragment(nodes: MdastNodes[], base?: string): { html: string; marked: string } {
  const raw = holdsHtml(nodes);
  let tree = toHast(asRoot(nodes), { allowDangerousHtml: raw }) as HastRoot;
  if (isPhrasing(nodes)) tree = { type: 'root', children: (tree.children[0] as Element).children };
  // hast-util-raw (a full HTML parser) runs only for text that holds raw HTML: most does not.
  if (raw) tree = hastRaw(tree) as HastRoot;
  resolveLinks(base)(tree);
  const clean = sanitize(tree, SANITIZE_SCHEMA) as HastRoot;
  tidyLinks(clean);
  collapseWhitespace(clean);
  const out: string[] = [];
  markedText(clean, out);
  return { html: toHtml(clean).trim(), marked: out.join('').replace(/\s+/g, ' ').trim() };
}

/** Sanitises a fragment of raw HTML with the same allow-list. */
export function sanitizeHtml(html: string, base?: string): string {
  return renderHtml([{ type: 'html', value: html }], base);
}

