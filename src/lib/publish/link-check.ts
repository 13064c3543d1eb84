/**
 * An internal link check over a built site: every href, src, action and
 * srcset that points into the site (a path, or an absolute URL on the
 * configured site) must reach a file of the build, under the base, and every
 * #fragment must name an id (or a named anchor) on the page it points to.
 * Sitemaps and feeds are checked too: what they list must exist. A link to a
 * page the browser computes (computed-pages.ts) must find the files it is
 * computed from.
 *
 * Reads the folder; otherwise pure. HTML is parsed with hast-util-from-html
 * (parse5), so attribute-like text in code samples is never taken for a link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { computedPageSources } from './computed-pages.ts';
import { normalizeBase, stripBase } from './paths.ts';

export interface Link {
  /** The attribute or XML element it came from. */
  attribute: string;
  value: string;
  line?: number;
}

export interface PageLinks {
  ids: Set<string>;
  links: Link[];
}

export interface BrokenLink extends Link {
  /** The file holding the link, relative to the site folder. */
  page: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const LINK_ATTRIBUTES: Record<string, string> = { href: 'href', src: 'src', action: 'action', cite: 'cite', poster: 'poster' };

/** The ids (and a elements' names) a page holds, and every link it makes. */
export function pageLinks(html: string): PageLinks {
  const tree: Root = fromHtml(html);
  const ids = new Set<string>();
  const links: Link[] = [];
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    const line = node.position?.start.line;
    if (typeof props.id === 'string') ids.add(props.id);
    if (node.tagName === 'a' && typeof props.name === 'string') ids.add(props.name);
    for (const [property, attribute] of Object.entries(LINK_ATTRIBUTES)) {
      const value = props[property];
      // <link rel="alternate"> to a feed, <link rel="canonical"> and so on all count; <meta content> does not.
      if (typeof value === 'string' && value !== '') links.push({ attribute, value, ...(line ? { line } : {}) });
    }
    const srcset = props.srcSet;
    const candidates = Array.isArray(srcset) ? srcset.map(String) : typeof srcset === 'string' ? srcset.split(',') : [];
    for (const candidate of candidates) links.push({ attribute: 'srcset', value: candidate.trim().split(/\s+/)[0]!, ...(line ? { line } : {}) });
    // Open Graph and Twitter images leave the site, but they are files of this site: check them too.
    if (node.tagName === 'meta' && typeof props.content === 'string' && /^(og|twitter):(image|url)$/.test(String(props.property ?? props.name ?? ''))) {
      links.push({ attribute: `meta ${String(props.property ?? props.name)}`, value: props.content, ...(line ? { line } : {}) });
    }
  });
  return { ids, links };
}

/** URLs an XML sitemap or RSS feed lists. */
export function xmlLinks(xml: string): Link[] {
  const links: Link[] = [];
  const lines = xml.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<(loc|link|guid)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
      links.push({ attribute: match[1]!, value: match[2]!.trim().replace(/&amp;/g, '&'), line: index + 1 });
    }
  });
  return links;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The site path a built file is served at, under the base: `notes/index.html` -> `/termline/notes/`. */
function servedPath(file: string, base: string): string {
  const path = `${normalizeBase(base)}${file.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Checks every link of every page and feed in `siteDir`, as served at `site`
 * + `base`. Links to other sites are not followed; links to this one must
 * resolve to a built file, as a static host would serve it (a folder serves
 * its index.html).
 */
export function checkLinks(siteDir: string, { site, base }: { site: string; base: string }): LinkReport {
  const origin = new URL(site).origin;
  const files = new Set(walk(siteDir).map((file) => relative(siteDir, file).split(sep).join('/')));
  const idsOf = new Map<string, Set<string>>();
  const pending: { page: string; pagePath: string; link: Link }[] = [];
  let pages = 0;
  for (const file of files) {
    const isHtml = file.endsWith('.html');
    const isXml = file.endsWith('.xml');
    if (!isHtml && !isXml) continue;
    const text = readFileSync(join(siteDir, file), 'utf8');
    const pagePath = servedPath(file, base);
    if (isHtml) {
      pages += 1;
      const { ids, links } = pageLinks(text);
      idsOf.set(file, ids);
      for (const link of links) pending.push({ page: file, pagePath, link });
    } else {
      for (const link of xmlLinks(text)) pending.push({ page: file, pagePath, link });
    }
  }

  /** The built file a site path is served from, if any. */
  const fileFor = (route: string): string | undefined => {
    const path = decodeURI(route).replace(/^\//, '');
    if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
    if (files.has(path)) return path;
    return files.has(`${path}/index.html`) ? `${path}/index.html` : undefined;
  };

  const broken: BrokenLink[] = [];
  for (const { page, pagePath, link } of pending) {
    const fail = (reason: string) => broken.push({ page, ...link, reason });
    let url: URL;
    try {
      url = new URL(link.value, `${origin}${pagePath}`);
    } catch {
      fail('not a valid URL');
      continue;
    }
    if (url.origin !== origin) continue;
    const route = stripBase(url.pathname, base);
    if (route === undefined) {
      fail(`outside the base ${normalizeBase(base)}`);
      continue;
    }
    const target = fileFor(route);
    if (!target) {
      const sources = computedPageSources(route);
      const missing = sources?.filter((source) => !fileFor(source));
      if (!sources) fail(`no file is built at ${url.pathname}`);
      // Its ids are made in the browser: a fragment cannot be checked here.
      else if (missing!.length) fail(`the browser computes ${url.pathname} from ${missing!.join(', ')}, which no file holds`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!fragment || !target.endsWith('.html')) continue;
    // Scroll-to-text fragments and the like are the browser's, not the page's.
    if (fragment.startsWith(':~:')) continue;
    if (!idsOf.get(target)?.has(fragment)) fail(`${url.pathname} has no element with id "${fragment}"`);
  }
  return { pages, links: pending.length, broken };
}

/** One line per broken link, as an editor can jump to it. */
export function formatBroken(broken: readonly BrokenLink[], limit = 30): string {
  const lines = broken.slice(0, limit).map((b) => `${b.page}${b.line ? `:${b.line}` : ''}: ${b.attribute}="${b.value}": ${b.reason}`);
  if (broken.length > limit) lines.push(`… and ${broken.length - limit} more`);
  return lines.join('\n');
}
