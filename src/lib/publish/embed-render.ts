/**
 * A clause's embed page, computed in the browser for the clauses whose pages
 * are not prerendered (all but those likely to be shared): the card that
 * follows the latest text and one per text, each with the code to embed it.
 * The snippets' code is the build's (`embedSnippetCodes`, which the
 * prerendered pages highlight with shiki); here it is shown plain, since a
 * highlighter is no download for a page of snippets. Pure, free of Node.
 */
import { cardGoneLine, cardTextSpan, cardTitleParts, clauseCardTitle, type ClauseCardFacts } from './card-lines.ts';
import { escapeHtml } from '../escape-html.ts';
import { cardLineHtml } from './card-render.ts';
import { documentNameIn } from './i18n/labels.ts';
import type { Locale } from './i18n/locales.ts';
import { embedStrings } from './i18n/ui/embed.ts';
import { layoutStrings } from './i18n/ui/layout.ts';
import { embedHtml } from './oembed.ts';
import { absoluteUrl, documentPath, embedScriptPath, embedTextFragment, homePath, localized, withBase, type SiteAddress } from './paths.ts';

export interface SnippetCode {
  key: 'html' | 'component' | 'markdown';
  label: string;
  lang: 'html' | 'markdown';
  code: string;
}

const escapeMarkdown = (text: string) => text.replace(/[[\]]/g, '\\$&');

/** What a journalist copies to embed a card: the iframe and its script, the web component, Markdown (an image linked to the card). */
export function embedSnippetCodes(opts: { cardUrl: string; imageUrl: string; title: string; address: SiteAddress }): SnippetCode[] {
  const script = absoluteUrl(embedScriptPath(), opts.address);
  return [
    { key: 'html', label: 'HTML (iframe)', lang: 'html', code: embedHtml(opts.cardUrl, opts.title, opts.address).replace('><script', '>\n<script') },
    { key: 'component', label: 'HTML (web component)', lang: 'html', code: `<termline-card src="${opts.cardUrl}" title="${opts.title.replace(/"/g, '&quot;')}"></termline-card>\n<script src="${script}" async></script>` },
    { key: 'markdown', label: 'Markdown', lang: 'markdown', code: `[![${escapeMarkdown(opts.title)}](${opts.imageUrl})](${opts.cardUrl})` },
  ];
}

export interface PanelInput {
  id: string;
  heading: string;
  /** The card's route (no base). */
  cardPath: string;
  imagePath: string;
  title: string;
  open?: boolean;
  /** An id inside the panel: a link to it opens the closed panel (browsers reveal a fragment's <details>). */
  anchor?: string;
}

/** One "Embed this" panel, as EmbedPanel.astro writes it, the code plain. */
function panelHtml(panel: PanelInput, locale: Locale, address: SiteAddress, siteWarning?: string): string {
  const e = escapeHtml;
  const t = embedStrings[locale];
  const label = (key: SnippetCode['key']) => t[`snippet.${key}`];
  const snippets = embedSnippetCodes({ cardUrl: absoluteUrl(panel.cardPath, address), imageUrl: absoluteUrl(panel.imagePath, address), title: panel.title, address });
  return [
    `<details class="embed-panel"${panel.open ? ' open' : ''}>`,
    `<summary>${e(panel.heading)}</summary>`,
    panel.anchor ? `<span id="${e(panel.anchor)}" class="panel-anchor"></span>` : '',
    `<p class="note">${e(t.intro)}<a href="${e(withBase(panel.cardPath, address.base))}">${e(t.preview)}</a>${e(t.introEnd)}</p>`,
    siteWarning ? `<p class="flags" role="note"><strong>${e(t.notReady)}</strong> ${locale === 'en' ? e(siteWarning) : `<span lang="en">${e(siteWarning)}</span>`}</p>` : '',
    ...snippets.map((s) => {
      const id = `${panel.id}-${s.key}`;
      return (
        `<div class="snippet"><p class="snippet-head"><span id="${id}-label">${e(label(s.key))}</span>` +
        `<button type="button" class="copy" data-copy="${id}" data-copied="${e(t.copied)}" aria-describedby="${id}-label" hidden>${e(t.copy)}</button></p>` +
        `<div class="code" id="${id}" data-code="${e(s.code)}"><pre tabindex="0"><code>${e(s.code)}</code></pre></div></div>`
      );
    }),
    '</details>',
  ]
    .filter(Boolean)
    .join('\n');
}

export interface EmbedPageInput {
  locale: Locale;
  /** The clause's card that follows the latest text, and each of its texts' cards, newest first. */
  latest: ClauseCardFacts & { path: string; defaultPath: string };
  texts: (ClauseCardFacts & { path: string; text: NonNullable<ClauseCardFacts['text']> })[];
  /** The social image every card of the clause shows (the document's, for a clause not likely to be shared). */
  imagePath: string;
  address: SiteAddress;
  siteWarning?: string;
}

/** The embed page's title and main content (the 404 page's layout around it). */
export function embedPageParts(input: EmbedPageInput): { title: string; html: string } {
  const { locale, latest, address } = input;
  const e = escapeHtml;
  const t = embedStrings[locale];
  const href = (route: string) => withBase(localized(route, locale), address.base);
  const title = clauseCardTitle(latest, locale);
  const heading = cardTitleParts(latest, locale);
  const frameTitle = locale === 'en' ? title : heading.lead;
  const doc = { service: latest.version.service, id: latest.version.document };
  const texts = input.texts.map((text) => {
    const anchor = embedTextFragment(text.text.hash);
    return [
      `<section class="pinned-text" aria-labelledby="${anchor}-h">`,
      `<h3 id="${anchor}-h">${e(cardTextSpan(text, locale))}</h3>`,
      `<p class="note">${cardLineHtml(cardGoneLine(text, locale)!, { locale, absolute: (route) => absoluteUrl(localized(route, locale), address) })} <a href="${e(withBase(text.path, address.base))}">${e(t.previewCard)}</a></p>`,
      panelHtml({ id: `embed-${text.text.hash}`, anchor, heading: t.textPanel, cardPath: text.path, imagePath: input.imagePath, title }, locale, address, input.siteWarning),
      '</section>',
    ].join('\n');
  });
  const html = [
    `<nav class="breadcrumbs" aria-label="${e(layoutStrings[locale].breadcrumb)}"><ol><li><a href="${e(href(homePath()))}">${e(layoutStrings[locale].home)}</a></li><li><a href="${e(href(documentPath(doc)))}">${e(documentNameIn(locale, latest.service, latest.document))}</a></li></ol></nav>`,
    `<header class="page-header"><h1>${e(t.heading)}</h1><p class="lede">${e(heading.lead)}${heading.section ? `${e(heading.separator)}<span lang="en">${e(heading.section)}</span>` : ''}</p></header>`,
    `<iframe src="${e(withBase(latest.path, address.base))}" title="${e(t.cardFrame(frameTitle))}" class="card-preview" loading="lazy" data-termline-card></iframe>`,
    panelHtml({ id: 'embed', heading: t.latestPanel, cardPath: latest.path, imagePath: input.imagePath, title, open: true }, locale, address, input.siteWarning),
    `<section aria-labelledby="pinned"><h2 id="pinned">${e(t.pinHeading)}</h2><p>${e(t.pinIntro)}</p>`,
    ...texts,
    '</section>',
  ].join('\n');
  return { title: t.pageTitle(title), html };
}
