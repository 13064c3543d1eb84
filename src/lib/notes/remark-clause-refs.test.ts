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
});
