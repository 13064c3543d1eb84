/**
 * Marks an annotated phrase inside a clause's HTML. Anchors are found in
 * the clause's plain text; here the same words are found in the HTML's text
 * (nearest to the anchor's position when they occur twice) and wrapped in
 * <mark>, split across inline elements where the phrase crosses them.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

export interface Highlight {
  /** The words to mark, as the clause's plain text has them. */
  text: string;
  /** Where they start in the plain text, to choose between repeats. */
  start: number;
  /** Plain text length, to turn `start` into a relative position. */
  of: number;
  /** Attributes for the <mark> (e.g. data-note). */
  properties: Record<string, string>;
}

interface Piece {
  node: Text;
  parent: Root | Element;
  /** Offset of the node's first character in the collapsed text. */
  from: number;
}

function collect(node: Root | Element, pieces: Piece[], text: string[], offset: { at: number }): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      const value = child.value.replace(/\s+/g, ' ');
      child.value = value;
      pieces.push({ node: child, parent: node, from: offset.at });
      text.push(value);
      offset.at += value.length;
    } else if (child.type === 'element') {
      collect(child, pieces, text, offset);
    }
  }
}

function nearest(haystack: string, needle: string, relative: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (best === -1 || Math.abs(at / haystack.length - relative) < Math.abs(best / haystack.length - relative)) best = at;
  }
  return best;
}

/** Returns the HTML with each highlight marked; a highlight whose words are not found is left out. */
export function highlightHtml(html: string, highlights: readonly Highlight[]): string {
  const tree = fromHtml(html, { fragment: true });
  for (const highlight of highlights) {
    const pieces: Piece[] = [];
    const text: string[] = [];
    collect(tree, pieces, text, { at: 0 });
    const full = text.join('');
    const words = highlight.text.replace(/\s+/g, ' ').trim();
    const start = nearest(full, words, highlight.of ? highlight.start / highlight.of : 0);
    if (start === -1 || !words) continue;
    const end = start + words.length;
    for (const piece of pieces) {
      const pieceEnd = piece.from + piece.node.value.length;
      if (pieceEnd <= start || piece.from >= end) continue;
      const a = Math.max(start, piece.from) - piece.from;
      const b = Math.min(end, pieceEnd) - piece.from;
      const value = piece.node.value;
      const replacement: ElementContent[] = [];
      if (a > 0) replacement.push({ type: 'text', value: value.slice(0, a) });
      replacement.push({ type: 'element', tagName: 'mark', properties: { ...highlight.properties }, children: [{ type: 'text', value: value.slice(a, b) }] });
      if (b < value.length) replacement.push({ type: 'text', value: value.slice(b) });
      const index = piece.parent.children.indexOf(piece.node);
      piece.parent.children.splice(index, 1, ...replacement);
    }
  }
  return toHtml(tree);
}
