import type { Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/model.ts';
import remarkClauseRefs from './remark-clause-refs.ts';

async function linksAfter(markdown: string, base?: string): Promise<string[]> {
  // Plain links need nothing from the corpus: an empty one will do.
  const emptyCorpus = { services: [], reports: [] } as unknown as Corpus;
  const processor = unified().use(remarkParse).use(remarkClauseRefs, { corpus: emptyCorpus, ...(base ? { base } : {}) });
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  const urls: string[] = [];
  visit(tree, 'link', (node: Link) => void urls.push(node.url));
  return urls;
}

describe('remarkClauseRefs and the base', () => {
  const body = 'See [a note](/notes/made-up/), [elsewhere](https://example.org/a), [below](#later) and [a host](//cdn.example/x).';

  it('writes site paths in a note under the base, and leaves other links alone', async () => {
    expect(await linksAfter(body, '/termline/')).toEqual(['/termline/notes/made-up/', 'https://example.org/a', '#later', '//cdn.example/x']);
  });

  it('changes nothing at the root', async () => {
    expect(await linksAfter(body)).toEqual(['/notes/made-up/', 'https://example.org/a', '#later', '//cdn.example/x']);
  });
});

describe('remarkClauseRefs and translations', () => {
  // A made-up translation whose clause reference this (empty) corpus cannot resolve.
  const translation = '---\ntranslates: acme-orders-kept\n---\n\n见[该条款](clause:acme/privacy-notice#orders)。\n';

  async function run(published?: string[]) {
    const emptyCorpus = { services: [], reports: [] } as unknown as Corpus;
    const { default: remarkFrontmatter } = await import('remark-frontmatter');
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkClauseRefs, { corpus: emptyCorpus, ...(published ? { published: () => new Set(published) } : {}) });
    return processor.run(processor.parse(translation));
  }

  it('are checked when the note they translate is published', async () => {
    await expect(run(['acme-orders-kept'])).rejects.toThrow(/Broken clause reference/);
    await expect(run()).rejects.toThrow(/Broken clause reference/);
  });

  it('are left alone, like their English, when it is not', async () => {
    await expect(run(['another-note'])).resolves.toBeDefined();
  });

  it('link a clause to the page in their own language, under the base', async () => {
    const { ingestCorpus } = await import('../sources/ingest.ts');
    const { acmePrivacy, makeCorpus } = await import('../../../test/fixtures/corpus.ts');
    const { VFile } = await import('vfile');
    const { default: remarkFrontmatter } = await import('remark-frontmatter');
    const corpus = ingestCorpus({ corpusDir: makeCorpus([{ path: 'acme/privacy-notice/2024-03-02.md', content: acmePrivacy() }]) });
    const text = '[the clause](clause:acme/privacy-notice#2-how-we-pass-things-on/2-1-with-helpers/model-builders)';
    const urls = async (path: string, front: string) => {
      const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkClauseRefs, { corpus, base: '/termline/' });
      const file = new VFile({ path, value: `---\n${front}\n---\n\n${text}\n` });
      const tree = (await processor.run(processor.parse(file), file)) as Root;
      const found: string[] = [];
      visit(tree, 'link', (node: Link) => void found.push(node.url));
      return found;
    };
    const [zh] = await urls('/site/content/translations/zh/notes/acme-model-builders.mdx', 'translates: acme-model-builders');
    const [en] = await urls('/site/content/annotations/acme-model-builders.mdx', 'id: acme-model-builders');
    expect(zh).toMatch(/^\/termline\/zh\/acme\/privacy-notice\/2024-03-02\/#2-how-we-pass-things-on/);
    expect(en).toBe(zh!.replace('/zh/', '/'));
  });
});
