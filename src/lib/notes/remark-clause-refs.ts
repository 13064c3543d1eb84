/**
 * A remark plugin for annotation bodies: checks every clause reference at
 * build time and resolves it, so a broken reference is a build error (with
 * file and line), never a dead link.
 *
 * - `[text](clause:x/privacy-policy#clause-id)` becomes a link to the clause;
 *   `[text](/notes/…/)` and other site paths are written under the site's base.
 * - `<ClauseQuote ref="x/privacy-policy@2024-10-17#clause-id" />` gets the
 *   clause's text, link and version label as attributes.
 * - `<MiniCompare ref="…#clause-id" from="2024-07-25" to="2024-10-17" />`
 *   gets the clause's redline between the two versions.
 */
import type { Link, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { clauseChange, clauseQuoteHtml, resolveClauseRef } from './clause-ref.ts';
import type { Corpus } from '../model/model.ts';
import { withBase } from '../publish/paths.ts';
import { versionLabel } from '../publish/views.ts';

export interface ClauseRefOptions {
  /** The ingested corpus, or a function that loads it on first use. */
  corpus: Corpus | (() => Corpus);
  /** The folder the site is served from (default "/"): links are written under it. */
  base?: string;
  /**
   * IDs of the notes and stories the site publishes. A translation names only
   * its English original (`translates`), so it is published when that is; without
   * this option every translation is checked.
   */
  published?: () => ReadonlySet<string>;
}

const CLAUSE_SCHEME = 'clause:';

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function setAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string, value: string): void {
  node.attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === name));
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The front matter: Astro hands it over in file.data; elsewhere it is the tree's YAML node. */
function frontMatter(tree: Root, file: VFile): Record<string, unknown> {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  if (astro) return astro;
  const yaml = tree.children.find((node) => node.type === 'yaml');
  try {
    return yaml && 'value' in yaml ? ((parseYaml(yaml.value) as Record<string, unknown>) ?? {}) : {};
  } catch {
    return {};
  }
}

/**
 * Whether the file is about what this corpus holds. A note about a document
 * the corpus lacks, or a story about a service it lacks, is left out of the
 * site, so its references are not checked against this corpus.
 */
function isPublished(data: Record<string, unknown>, corpus: Corpus, published?: ReadonlySet<string>): boolean {
  if (typeof data.translates === 'string') return published?.has(data.translates) ?? true;
  const held = (service: unknown) => corpus.services.find((s) => s.id === service);
  if (typeof data.service === 'string' && typeof data.document === 'string') {
    return held(data.service)?.documents.some((d) => d.id === data.document) ?? false;
  }
  if (Array.isArray(data.services)) return data.services.every((service) => held(service) !== undefined);
  return true;
}

export default function remarkClauseRefs(options: ClauseRefOptions) {
  let loaded: Corpus | undefined;
  const href = (route: string) => withBase(route, options.base ?? '/');
  const corpus = () => (loaded ??= typeof options.corpus === 'function' ? options.corpus() : options.corpus);
  let published: ReadonlySet<string> | undefined;
  return (tree: Root, file: VFile) => {
    if (options.published) published ??= options.published();
    if (!isPublished(frontMatter(tree, file), corpus(), published)) return;
    visit(tree, 'link', (node: Link) => {
      // A plain link to another page of the site is a route: it goes under the base too.
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        node.url = href(node.url);
        return;
      }
      if (!node.url.startsWith(CLAUSE_SCHEME)) return;
      const resolved = resolveClauseRef(corpus(), node.url.slice(CLAUSE_SCHEME.length));
      if ('error' in resolved) file.fail(`Broken clause reference: ${resolved.error}`, node, 'termline:clause-ref');
      node.url = href(resolved.href);
    });
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name !== 'ClauseQuote' && element.name !== 'MiniCompare') return;
      const ref = attribute(element, 'ref');
      if (!ref) file.fail(`<${element.name}> needs ref="service/document#clause-id"`, element, 'termline:clause-ref');
      if (element.name === 'ClauseQuote') {
        const resolved = resolveClauseRef(corpus(), ref);
        if ('error' in resolved) file.fail(`Broken clause reference: ${resolved.error}`, element, 'termline:clause-ref');
        setAttribute(element, 'href', href(resolved.href));
        setAttribute(element, 'text', resolved.clause.text);
        setAttribute(element, 'html', clauseQuoteHtml(resolved.clause));
        setAttribute(element, 'label', versionLabel(resolved.version));
        return;
      }
      const from = attribute(element, 'from');
      const to = attribute(element, 'to');
      if (!from || !to) file.fail('<MiniCompare> needs from="<old version>" and to="<new version>"', element, 'termline:clause-ref');
      const change = clauseChange(corpus(), ref, from, to);
      if ('error' in change) file.fail(`Broken clause reference: ${change.error}`, element, 'termline:clause-ref');
      setAttribute(element, 'kind', change.kind);
      setAttribute(element, 'redline', change.redline);
      setAttribute(element, 'label', change.label);
      setAttribute(element, 'href', href(change.href));
    });
  };
}
