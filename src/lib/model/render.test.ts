import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './markdown.ts';
import { renderHtml, sanitizeHtml } from './render.ts';

const render = (markdown: string, base?: string) => renderHtml(parseMarkdown(markdown).children, base);

describe('renderHtml', () => {
  it('removes scripts, event handlers, frames, styles and images from raw HTML', () => {
    const html = render(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"><iframe src="https://evil.example"></iframe>' +
        '<b onclick="alert(3)" style="color:red">bold</b><svg onload="alert(4)"></svg><style>*{}</style>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|iframe|<img|style|svg|alert/i);
    expect(html).toContain('<b>bold</b>');
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const html = render('[click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) [ok](https://a.example/)');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('<p>click data');
    expect(html).toContain('<a href="https://a.example/">ok</a>');
  });

  it('resolves relative links against the page the text came from, and unwraps in-page anchors', () => {
    expect(render('[help](/help) and [see below](#chapter3)', 'https://acme.example/en/privacy')).toBe(
      '<p><a href="https://acme.example/help">help</a> and see below</p>',
    );
  });

  it('drops links with no text, which a screen reader cannot name', () => {
    expect(render('Ad IDs, [](https://a.example/#x) device IDs')).toBe('<p>Ad IDs, device IDs</p>');
  });

  it('collapses line wrapping', () => {
    expect(render('one\ntwo   three')).toBe('<p>one two three</p>');
  });

  it('sanitises a raw fragment with the same allow-list', () => {
    expect(sanitizeHtml('<a href="https://x.example" target="_blank" onmouseover="x()">x</a><form><input></form>')).toBe(
      '<a href="https://x.example">x</a>',
    );
  });
});
