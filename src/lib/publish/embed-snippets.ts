/**
 * What a journalist copies to embed a card: the HTML (a sandboxed iframe and
 * the resize script), the web component, and Markdown (an image linked to
 * the card, since Markdown cannot hold an iframe). Highlighted with shiki at
 * build time, so the page ships coloured code and no highlighter.
 */
import { codeToHtml } from 'shiki';
import { embedSnippetCodes, type SnippetCode } from './embed-render.ts';
import type { SiteAddress } from './paths.ts';

export interface Snippet {
  id: string;
  /** Which snippet: the page's words name it (`snippet.<key>` in i18n/ui/embed.ts). */
  key: SnippetCode['key'];
  label: string;
  code: string;
  html: string;
}

/** The snippets' code (embed-render.ts, which the browser's computed embed pages show plain), highlighted. */
export async function embedSnippets(opts: { id: string; cardUrl: string; imageUrl: string; title: string; address: SiteAddress }): Promise<Snippet[]> {
  return Promise.all(
    embedSnippetCodes(opts).map(async ({ key, label, lang, code }) => ({
      id: `${opts.id}-${key}`,
      key,
      label,
      code,
      // No time limit per line (shiki's default is 500 ms): on a busy machine a line ran out of time and came out
      // half coloured, so two builds of the same input differed (test/build.test.ts, the incremental build's proof).
      html: await codeToHtml(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, tokenizeTimeLimit: 0 }),
    })),
  );
}
