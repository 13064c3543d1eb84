import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, pageLinks } from './link-check.ts';
import { folderOf } from '../../../test/fixtures/folder.ts';

const site = (files: Record<string, string>) => folderOf(files, 'termline-links-');

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

  it('takes a link to a computed card or embed page when the card map of its document holds the clause and text, and nothing else', () => {
    const map = { format: 1, versions: ['2024-01-01', '2024-06-01'], clauses: { 'a/kept': { '0123456789': '0-1' }, 'a/shared': { abcdefabcd: '1' } }, shared: ['a/shared'] };
    const cards = site({
      'cards/acme/terms/pinned-versions.json': JSON.stringify({ format: 2, versions: map.versions, shards: 1 }),
      'cards/acme/terms/pinned-versions/0.json': JSON.stringify({ clauses: map.clauses, shared: map.shared }),
      'index.html': page(
        [
          '/cards/acme/terms/a/kept/',
          '/cards/acme/terms/a/kept/t/0123456789/',
          '/embed/acme/terms/a/kept/#t-0123456789',
          '/zh/cards/acme/terms/a/shared/',
          '/cards/acme/terms/a/typo/',
          '/cards/acme/terms/a/kept/t/ffffffffff/',
          '/embed/acme/terms/a/kept/#t-ffffffffff',
          '/zh/embed/acme/terms/a/kept/',
          '/cards/acme/other/a/kept/',
        ]
          .map((href) => `<a href="${href}">x</a>`)
          .join(''),
      ),
    });
    expect(checkLinks(cards, { site: 'https://t.example', base: '/' }).broken.map((b) => `${b.value}: ${b.reason}`)).toEqual([
      '/cards/acme/terms/a/typo/: no file is built at /cards/acme/terms/a/typo/, and its document\'s card map holds no clause a/typo',
      '/cards/acme/terms/a/kept/t/ffffffffff/: computed card /cards/acme/terms/a/kept/t/ffffffffff/: clause a/kept has no text ffffffffff',
      '/embed/acme/terms/a/kept/#t-ffffffffff: computed embed page /embed/acme/terms/a/kept/ offers no text "t-ffffffffff"',
      '/zh/embed/acme/terms/a/kept/: computed card /zh/embed/acme/terms/a/kept/: clause a/kept has no zh twin',
      '/cards/acme/other/a/kept/: no file is built at /cards/acme/other/a/kept/, and its document\'s card map holds no clause a/kept',
    ]);
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
