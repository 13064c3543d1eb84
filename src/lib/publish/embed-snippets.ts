/**
 * What a journalist copies to embed a card: the HTML (a sandboxed iframe and
 * the resize script), the web component, and Markdown (an image linked to
 * the card, since Markdown cannot hold an iframe). Highlighted with shiki at
 * build time, so the page ships coloured code and no highlighter.
 */
import { codeToHtml } from 'shiki';
import { embedHtml } from './oembed.ts';
import { absoluteUrl, embedScriptPath, type SiteAddress } from './paths.ts';

export interface Snippet {
  id: string;
  label: string;
  code: string;
  html: string;
}

const escapeMarkdown = (text: string) => text.replace(/[[\]]/g, '\\$&');

export async function embedSnippets(opts: { id: string; cardUrl: string; imageUrl: string; title: string; address: SiteAddress }): Promise<Snippet[]> {
  const script = absoluteUrl(embedScriptPath(), opts.address);
  const raw = [
    { key: 'html', label: 'HTML (iframe)', lang: 'html', code: embedHtml(opts.cardUrl, opts.title, opts.address).replace('><script', '>\n<script') },
    { key: 'component', label: 'HTML (web component)', lang: 'html', code: `<termline-card src="${opts.cardUrl}" title="${opts.title.replace(/"/g, '&quot;')}"></termline-card>\n<script src="${script}" async></script>` },
    { key: 'markdown', label: 'Markdown', lang: 'markdown', code: `[![${escapeMarkdown(opts.title)}](${opts.imageUrl})](${opts.cardUrl})` },
  ];
  return Promise.all(
    raw.map(async ({ key, label, lang, code }) => ({
      id: `${opts.id}-${key}`,
      label,
      code,
      html: await codeToHtml(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false }),
    })),
  );
}
