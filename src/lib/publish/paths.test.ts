import { describe, expect, it } from 'vitest';
import { DEFAULT_REGION } from '../model/split.ts';
import { absoluteUrl, alternateRoutes, cardMapShardPath, localized, localizedCardPath, localizedImagePath, routeLocale, cardAssetPaths, changePath, clauseCardPath, embedPagePath, linker, normalizeBase, pinnedCardPath, pinnedVersionMapPath, documentImagePath, stripBase, textCardPath, withBase, documentOwningRoute, documentOwningFile, documentOwningUrl, documentPath, documentFeedPath, versionPath, comparePath, compareIndexPath, timelinePath, homePath, searchPath, servicePath, serviceFeedPath, documentTypePath, notePath, noteCardPath, storyPath, serviceSearchBundlePath } from './paths.ts';

const version = { service: 'acme', document: 'privacy', id: '2024-01-02' };

describe('normalizeBase', () => {
  it('turns every way of writing a folder into "/name/", and nothing into "/"', () => {
    for (const base of ['', '/', ' / ', undefined]) expect(normalizeBase(base)).toBe('/');
    for (const base of ['termline', '/termline', 'termline/', '/termline/', '//termline//']) expect(normalizeBase(base)).toBe('/termline/');
    expect(normalizeBase('/a/b')).toBe('/a/b/');
  });
});

describe('withBase', () => {
  it('puts a route under the base, and leaves fragments and full URLs alone', () => {
    expect(withBase('/acme/privacy/', '/')).toBe('/acme/privacy/');
    expect(withBase('/acme/privacy/', '/termline')).toBe('/termline/acme/privacy/');
    expect(withBase('/', '/termline/')).toBe('/termline/');
    expect(withBase('/#documents', '/termline/')).toBe('/termline/#documents');
    expect(withBase('#main', '/termline/')).toBe('#main');
    expect(withBase('https://example.org/x', '/termline/')).toBe('https://example.org/x');
  });

  it('refuses a path that is not a route, which would resolve against the current page', () => {
    expect(() => withBase('acme/privacy/', '/')).toThrow(/not a route/);
  });

  it('is undone by stripBase', () => {
    for (const route of ['/', '/acme/privacy/2024-01-02/', '/feed.xml']) expect(stripBase(withBase(route, '/termline/'), '/termline/')).toBe(route);
    expect(stripBase('/termline', '/termline/')).toBe('/');
    expect(stripBase('/other/x/', '/termline/')).toBeUndefined();
  });
});

describe('absoluteUrl', () => {
  it('joins the site, the base and the route once each', () => {
    expect(absoluteUrl('/cards/a/', { site: 'https://owner.example', base: '/termline/' })).toBe('https://owner.example/termline/cards/a/');
    // A site written with the base as its path does not double it.
    expect(absoluteUrl('/cards/a/', { site: 'https://owner.example/termline', base: '/termline/' })).toBe('https://owner.example/termline/cards/a/');
    expect(absoluteUrl('/', { site: 'http://127.0.0.1:4321', base: '/' })).toBe('http://127.0.0.1:4321/');
  });

  it('binds both ways of writing a route with linker', () => {
    const { href, absolute } = linker({ site: 'https://t.example', base: '/sub/' });
    expect(href(changePath(version, { id: '2024-05-06' }, 'sharing/partners'))).toBe('/sub/compare/acme/privacy/2024-01-02..2024-05-06/#change-sharing/partners');
    expect(absolute('/feed.xml')).toBe('https://t.example/sub/feed.xml');
  });
});

describe('card routes', () => {
  it('keep the default region out of the path, pin versions below the default card, and mirror cards for embeds and assets', () => {
    const doc = { service: 'acme', id: 'privacy' };
    const card = clauseCardPath(doc, DEFAULT_REGION, 'intro/who-we-are');
    expect(card).toBe('/cards/acme/privacy/intro/who-we-are/');
    expect(clauseCardPath(doc, 'eu', 'intro')).toBe('/cards/acme/privacy/eu/intro/');
    expect(pinnedCardPath(card, version)).toBe('/cards/acme/privacy/intro/who-we-are/v/2024-01-02/');
    expect(textCardPath(card, '0123456789')).toBe('/cards/acme/privacy/intro/who-we-are/t/0123456789/');
    expect(pinnedVersionMapPath(doc)).toBe('/cards/acme/privacy/pinned-versions.json');
    expect(cardMapShardPath(doc, 3)).toBe('/cards/acme/privacy/pinned-versions/3.json');
    expect(documentImagePath(doc)).toBe('/og/acme/privacy.png');
    expect(embedPagePath(card)).toBe('/embed/acme/privacy/intro/who-we-are/');
    expect(cardAssetPaths({ path: card })).toEqual({ oembed: '/oembed/acme/privacy/intro/who-we-are.json', image: '/og/acme/privacy/intro/who-we-are.png' });
  });

  it('puts a Chinese card under /zh/cards/ and its oEmbed file and image under the locale\'s folder', () => {
    const card = '/cards/acme/privacy/intro/who-we-are/t/0123456789/';
    const chinese = localizedCardPath(card, 'zh');
    expect(chinese).toBe('/zh/cards/acme/privacy/intro/who-we-are/t/0123456789/');
    expect(localizedCardPath(chinese, 'en')).toBe(card);
    expect(cardAssetPaths({ path: chinese })).toEqual({ oembed: '/oembed/zh/acme/privacy/intro/who-we-are/t/0123456789.json', image: '/og/zh/acme/privacy/intro/who-we-are/t/0123456789.png' });
    expect(localizedImagePath('/og/notes/n.png', 'zh')).toBe('/og/zh/notes/n.png');
    expect(localizedImagePath('/og/notes/n.png', 'en')).toBe('/og/notes/n.png');
    // Cards are not mirrored by `localized`: only the data knows which have a Chinese twin.
    expect(localized(card, 'zh')).toBe(card);
  });
});

describe('localized routes', () => {
  it('puts a page of the Chinese site under /zh/ and leaves English at the root', () => {
    expect(localized('/notes/', 'zh')).toBe('/zh/notes/');
    expect(localized('/', 'zh')).toBe('/zh/');
    expect(localized('/x/privacy-policy/2024-10-17/#a/b', 'zh')).toBe('/zh/x/privacy-policy/2024-10-17/#a/b');
    expect(localized('/notes/', 'en')).toBe('/notes/');
    // A route already in a language is moved, not prefixed twice.
    expect(localized('/zh/notes/a/', 'zh')).toBe('/zh/notes/a/');
    expect(localized('/zh/notes/a/', 'en')).toBe('/notes/a/');
    expect(withBase(localized('/feed.xml', 'zh'), '/termline/')).toBe('/termline/zh/feed.xml');
  });

  it('shares files and cards between the languages instead of mirroring them', () => {
    for (const route of ['/data/index.json', '/pagefind/pagefind.js', '/og/notes/a.png', '/oembed/notes/a.json', '/cards/notes/a/', '/embed/notes/a/', '/embed.js', '/favicon.svg', '/sitemap-index.xml'])
      expect(localized(route, 'zh')).toBe(route);
    expect(localized('#main', 'zh')).toBe('#main');
  });

  it('splits a route into its locale and the English route, the inverse of localized', () => {
    expect(routeLocale('/zh/notes/')).toEqual({ locale: 'zh', route: '/notes/' });
    expect(routeLocale('/zh')).toEqual({ locale: 'zh', route: '/' });
    // A service called "zhihu" is not the Chinese site.
    expect(routeLocale('/zhihu/')).toEqual({ locale: 'en', route: '/zhihu/' });
    for (const route of ['/', '/notes/', '/x/privacy-policy/']) expect(routeLocale(localized(route, 'zh')).route).toBe(route);
  });

  it('gives the same page in every language', () => {
    expect(alternateRoutes('/zh/news/a/')).toEqual({ en: '/news/a/', zh: '/zh/news/a/' });
    expect(alternateRoutes('/news/a/')).toEqual({ en: '/news/a/', zh: '/zh/news/a/' });
  });
});

describe('documentOwningRoute: which document a page or file belongs to', () => {
  const documents = new Set(['acme/privacy-notice', 'acme/terms', 'zeta/privacy-notice']);
  const doc = { service: 'acme', id: 'privacy-notice' };
  const version = { service: 'acme', document: 'privacy-notice', id: '2024-03-02' };
  const card = clauseCardPath(doc, DEFAULT_REGION, 'sharing/partners');

  it('gives every address the route builders make for one document to that document, in both languages', () => {
    const routes = [
      documentPath(doc),
      documentFeedPath(doc),
      versionPath(version),
      comparePath(version, { id: '2024-04-02' }),
      compareIndexPath(doc),
      timelinePath(doc),
      card,
      textCardPath(card, 'abc123'),
      embedPagePath(card),
      pinnedVersionMapPath(doc),
      cardMapShardPath(doc, 3),
      documentImagePath(doc),
      cardAssetPaths({ path: card }).oembed,
      cardAssetPaths({ path: card }).image,
      cardAssetPaths({ path: localizedCardPath(card, 'zh') }).oembed,
      cardAssetPaths({ path: localizedCardPath(card, 'zh') }).image,
      '/data/acme/privacy-notice.json',
      '/data/acme/privacy-notice/2024-03-02.json',
    ];
    for (const route of routes) {
      expect(documentOwningRoute(route, documents), route).toBe('acme/privacy-notice');
      expect(documentOwningRoute(localized(route, 'zh'), documents), localized(route, 'zh')).toBe('acme/privacy-notice');
    }
    expect(documentOwningFile('zh/acme/privacy-notice/2024-03-02/index.html', documents)).toBe('acme/privacy-notice');
    expect(documentOwningFile('og/zh/acme/privacy-notice/sharing/partners.png', documents)).toBe('acme/privacy-notice');
    expect(documentOwningRoute(timelinePath({ service: 'acme', id: 'terms' }), documents)).toBe('acme/terms');
  });

  it('gives the pages of the whole site, a service and a note to no document', () => {
    const routes = [
      homePath(),
      searchPath(),
      servicePath({ id: 'acme' }),
      serviceFeedPath({ id: 'acme' }),
      timelinePath(),
      documentTypePath({ id: 'privacy-notice' }),
      notePath({ data: { id: 'acme-sharing' } }),
      noteCardPath({ data: { id: 'acme-sharing' } }),
      cardAssetPaths({ path: noteCardPath({ data: { id: 'acme-sharing' } }) }).image,
      storyPath({ id: 'privacy-notice' }),
      serviceSearchBundlePath({ id: 'acme' }),
      '/data/index.json',
      '/data/termline-dataset.json.gz',
      '/data/schema/v1/document.json',
      '/compare/acme/',
      '/acme/unknown-document/',
      '/compare/acme/unknown-document/',
    ];
    for (const route of routes) {
      expect(documentOwningRoute(route, documents), route).toBeUndefined();
      expect(documentOwningRoute(localized(route, 'zh'), documents), localized(route, 'zh')).toBeUndefined();
    }
  });

  it('reads a sitemap URL under the base, and owns nothing outside it', () => {
    expect(documentOwningUrl('https://news.example/terms/acme/privacy-notice/2024-03-02/', '/terms/', documents)).toBe('acme/privacy-notice');
    expect(documentOwningUrl('https://news.example/terms/zh/acme/terms/', '/terms/', documents)).toBe('acme/terms');
    expect(documentOwningUrl('https://news.example/terms/acme/', '/terms/', documents)).toBeUndefined();
    // Without the base in front, the same path is no page of this site, and its first folder is not a service.
    expect(documentOwningUrl('https://news.example/acme/privacy-notice/', '/terms/', documents)).toBeUndefined();
    expect(documentOwningUrl('https://news.example/terms/terms/acme/privacy-notice/', '/terms/', documents)).toBeUndefined();
  });
});
