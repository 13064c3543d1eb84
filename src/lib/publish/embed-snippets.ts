/**
 * What a journalist copies to embed a card: the HTML (a sandboxed iframe and
 * the resize script), the web component, and Markdown (an image linked to
 * the card, since Markdown cannot hold an iframe). Highlighted with shiki at
 * build time, so the page ships coloured code and no highlighter.
 */
import { codeToHtml } from 'shiki';
import { embedSnippetCodes } from './embed-render.ts';
import type { SiteAddress } from './paths.ts';

export interface Snippet {
  id: string;
  label: string;
  code: string;
  html: string;
}

/** The snippets' code (embed-render.ts, which the browser's computed embed pages show plain), highlighted. */
export async function embedSnippets(opts: { id: string; cardUrl: string; imageUrl: string; title: string; address: SiteAddress }): Promise<Snippet[]> {
  return Promise.all(
    embedSnippetCodes(opts).map(async ({ key, label, lang, code }) => ({
      id: `${opts.id}-${key}`,
      label,
      code,
      html: await codeToHtml(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false }),
    })),
  );
}
