/**
 * oEmbed 1.0 "rich" responses (https://oembed.com, section 2.3.4): the
 * required version, type, html, width and height, plus title, provider and
 * thumbnail. The html is a sandboxed iframe to the card and the embed script.
 */
import { absoluteUrl, embedScriptPath, homePath, type SiteAddress } from './paths.ts';

export const CARD_WIDTH = 640;
export const CARD_HEIGHT = 320;
export const CARD_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML someone pastes (or an oEmbed consumer inserts) to show a card. */
export function embedHtml(cardUrl: string, title: string, address: SiteAddress): string {
  const script = absoluteUrl(embedScriptPath(), address);
  return (
    `<iframe src="${attr(cardUrl)}" title="${attr(title)}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
    `sandbox="${CARD_SANDBOX}" loading="lazy" data-termline-card style="border:0;width:100%;max-width:${CARD_WIDTH}px"></iframe>` +
    `<script src="${attr(script)}" async></script>`
  );
}

export function oembedFor({ title, cardUrl, imageUrl, address }: { title: string; cardUrl: string; imageUrl: string; address: SiteAddress }) {
  return {
    version: '1.0',
    type: 'rich',
    html: embedHtml(cardUrl, title, address),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    title,
    provider_name: 'Termline',
    provider_url: absoluteUrl(homePath(), address),
    cache_age: 86400,
    thumbnail_url: imageUrl,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
