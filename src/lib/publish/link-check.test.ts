import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, pageLinks } from './link-check.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'termline-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('pageLinks', () => {
  it('collects ids, named anchors and every linking attribute, but not link-like text in code', () => {
    const { ids, links } = pageLinks(page('<h2 id="a/b">x</h2><a name="old">y</a><a href="/p/#a/b">z</a><img src="i.png" srcset="i2.png 2x"><pre>&lt;a href="/nowhere/"&gt;</pre><div data-code="<a href=&quot;/nope/&quot;>"></div>'));
    expect([...ids]).toEqual(['a/b', 'old']);
    expect(links.map((l) => `${l.attribute}=${l.value}`)).toEqual(['href=/p/#a/b', 'src=i.png', 'srcset=i2.png']);
  });
});

describe('checkLinks', () => {
  const address = { site: 'https://t.example', base: '/sub/' };
  const root = site({
    'index.html': page('<a href="/sub/doc/">doc</a><a href="doc/#s1">rel</a><a href="/sub/doc/#missing">gone</a><a href="/doc/">no base</a><a href="https://other.example/x">away</a><a href="https://t.example/sub/feed.xml">abs</a><a href="/sub/nothing/">nothing</a><a href="?q=1">query</a><a href="/sub/doc">no slash</a>'),
    'doc/index.html': page('<p id="s1">s</p><a href="../">up</a><a href="#s1">here</a><a href="#s2">not here</a>'),
    'feed.xml': '<rss><channel><link>https://t.example/sub/</link><item><link>https://t.example/sub/doc/gone/</link></item></channel></rss>',
  });

  it('finds links that reach no file, fragments with no target and links outside the base, and nothing else', () => {
    const report = checkLinks(root, address);
    expect(report.pages).toBe(2);
    expect(report.broken.map((b) => `${b.page} ${b.value}: ${b.reason}`).sort()).toEqual([
      'doc/index.html #s2: /sub/doc/ has no element with id "s2"',
      'feed.xml https://t.example/sub/doc/gone/: no file is built at /sub/doc/gone/',
      'index.html /doc/: outside the base /sub/',
      'index.html /sub/doc/#missing: /sub/doc/ has no element with id "missing"',
      'index.html /sub/nothing/: no file is built at /sub/nothing/',
    ]);
    expect(report.broken.find((b) => b.value === '#s2')!.line).toBe(1);
  });

  it('at the root, the same site has the base-less links right and the based ones wrong', () => {
    const broken = checkLinks(root, { site: 'https://t.example', base: '/' }).broken.map((b) => b.value);
    expect(broken).toContain('/sub/doc/');
    expect(broken).not.toContain('/doc/');
  });
});

describe('checkLinks and pages the browser computes', () => {
  const data = (route: string) => [route.replace(/^\//, ''), '{}'] as const;
  const root = site({
    'index.html': page(
      [
        '<a href="/zh/compare/acme/privacy-notice/2024-01-01..2024-03-01/">zh pair</a>',
        '<a href="/compare/acme/privacy-notice/2024-01-01..2024-03-01/#change-x">pair with a fragment</a>',
        '<a href="/compare/acme/privacy-notice/2024-01-01..2024-13-01/">typo</a>',
        '<a href="/compare/acme/no-such-document/2024-01-01..2024-03-01/">no document</a>',
      ].join(''),
    ),
    ...Object.fromEntries([data('/data/acme/privacy-notice.json'), data('/data/acme/privacy-notice/2024-01-01.json'), data('/data/acme/privacy-notice/2024-03-01.json')]),
  });

  it('accepts a link to a computed comparison when the dataset holds its document and both versions, and names what is missing otherwise', () => {
    expect(checkLinks(root, { site: 'https://t.example', base: '/' }).broken.map((b) => `${b.value}: ${b.reason}`)).toEqual([
      '/compare/acme/privacy-notice/2024-01-01..2024-13-01/: the browser computes /compare/acme/privacy-notice/2024-01-01..2024-13-01/ from /data/acme/privacy-notice/2024-13-01.json, which no file holds',
      '/compare/acme/no-such-document/2024-01-01..2024-03-01/: the browser computes /compare/acme/no-such-document/2024-01-01..2024-03-01/ from /data/acme/no-such-document.json, /data/acme/no-such-document/2024-01-01.json, /data/acme/no-such-document/2024-03-01.json, which no file holds',
    ]);
  });
});
