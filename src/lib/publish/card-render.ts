/**
 * A card page as one HTML string: self-contained, meant for an <iframe> on
 * another site (inline styles, no request elsewhere, no cookies; its only
 * script, its own, reports its height). One renderer for the prerendered
 * cards (src/pages/cards/) and the ones the browser computes on the 404 page
 * (src/scripts/card-page.ts), so the two are the same page by construction.
 * Pure, free of Node and Astro.
 */
import { cardChangeLine, cardGoneLine, cardTitleParts, cardVersionLine, holdsBlocks, type CardLine, type ClauseCardFacts } from './card-lines.ts';
import { formatDateIn } from './i18n/format.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES, type Locale } from './i18n/locales.ts';
import { cardStrings } from './i18n/ui/cards.ts';
import { clausePath } from './paths.ts';
import { escapeHtml } from '../escape-html.ts';


/** The card's <meta> CSP: nothing but its own script and inline styles. */
export const CARD_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export interface CardHead {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute URLs. */
  canonical: string;
  image: string;
  /** Only prerendered cards have an oEmbed file (a static host cannot compute JSON). */
  oembed?: string;
  /** The card in each language, absolute, when it has a translated twin. */
  alternates?: Record<Locale, string>;
  /** The height-reporting script's address (under the base). */
  script: string;
}

const STYLE = [
  ':root { color-scheme: light dark; --text: #1f2328; --muted: #57606a; --bg: #fdfcf9; --line: #d8d3c7; --link: #1a4f8b; --accent: #1d3b53; --ins: #d7f0dc; --del: #fadcdc; --mark: #fbeec1; }',
  '@media (prefers-color-scheme: dark) { :root { --text: #e6e1d6; --muted: #a9a397; --bg: #16181b; --line: #3a3f45; --link: #8fbef0; --accent: #c9d8e6; --ins: #1f4a2b; --del: #5a2426; --mark: #4d3f12; } }',
  '* { box-sizing: border-box; }',
  'html, body { margin: 0; background: var(--bg); color: var(--text); }',
  "body { font: 16px/1.5 Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif; overflow-wrap: break-word; }",
  'main { min-width: 280px; padding: 14px 16px 12px; border-top: 4px solid var(--accent); }',
  'a { color: var(--link); }',
  "h1 { margin: 0 0 4px; font: 700 15px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--accent); }",
  ".meta, .change, .notes, footer { font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--muted); }",
  '.meta { margin: 0 0 8px; }',
  'blockquote { margin: 0 0 10px; padding: 0 0 0 12px; border-left: 3px solid var(--line); }',
  'blockquote p { margin: 0; }',
  '.change { margin: 0 0 8px; }',
  '.change .redline { color: var(--text); font-family: Charter, Cambria, Georgia, serif; font-size: 15px; }',
  'ins { background: var(--ins); color: var(--text); text-decoration: underline 2px; }',
  'del { background: var(--del); color: var(--text); text-decoration: line-through 2px; }',
  '.notes { margin: 0 0 8px; padding: 6px 10px; background: color-mix(in srgb, var(--mark) 60%, transparent); }',
  '.notes p { margin: 2px 0; }',
  'footer { display: flex; flex-wrap: wrap; gap: 4px 12px; justify-content: space-between; border-top: 1px solid var(--line); padding-top: 6px; }',
  '.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }',
].join('\n');

/** The whole card document around `body` (the card's <article>). */
export function cardPageHtml(head: CardHead, body: string): string {
  const e = escapeHtml;
  const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${e(value)}">`;
  const alternates = head.alternates
    ? [...LOCALES.map((l) => `<link rel="alternate" hreflang="${LANGUAGE_TAG[l]}" href="${e(head.alternates![l])}">`), `<link rel="alternate" hreflang="x-default" href="${e(head.alternates[DEFAULT_LOCALE])}">`]
    : [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${LANGUAGE_TAG[head.locale]}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(CARD_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    '<base target="_blank">',
    `<title>${e(head.title)} · Termline</title>`,
    meta('name', 'description', head.description),
    `<link rel="canonical" href="${e(head.canonical)}">`,
    ...(head.oembed ? [`<link rel="alternate" type="application/json+oembed" href="${e(head.oembed)}" title="${e(head.title)}">`] : []),
    ...alternates,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', 'Termline'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.canonical),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
    `<style>\n${STYLE}\n</style>`,
    `<script src="${e(head.script)}" defer></script>`,
    '</head>',
    '<body>',
    `<main aria-label="${e(cardStrings[head.locale].landmark)}">`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A note's words in the card's locale (translations.ts, or notes.json in the browser). */
export interface CardNoteText {
  title: string;
  summary: string;
  /** BCP 47 tag of the words. */
  lang: string;
  translated: boolean;
}

export interface ClauseCardView extends ClauseCardFacts {
  clause: { id: string; html: string };
  notes: readonly { id: string; href: string }[];
  contextHref: string;
}

export interface CardRenderContext {
  locale: Locale;
  /** An absolute URL for a route, in the card's language: links leave the frame for the site. */
  absolute: (route: string) => string;
  noteText: (id: string) => CardNoteText;
}

/** One line of a card: its sentence, the link it may end in, and a redline (the policy's words). */
export function cardLineHtml(line: CardLine, { locale, absolute }: Pick<CardRenderContext, 'locale' | 'absolute'>): string {
  const [open, close, colon, stop] = locale === 'en' ? [' (', ')', ':', '.'] : ['（', '）', '：', '。'];
  const link = line.link ? `${open}<a href="${escapeHtml(absolute(line.link.href))}" target="_blank" rel="noopener">${escapeHtml(line.link.label)}</a>${close}` : '';
  const end = line.redline ? `${colon}<br><span class="redline" lang="en">${line.redline}</span>` : line.link ? stop : '';
  return `${escapeHtml(line.text)}${link}${end}`;
}

/** A clause card's <article>: its title, which text, the clause, the change, the versions, our notes, links. */
export function clauseCardBody(card: ClauseCardView, ctx: CardRenderContext): string {
  const { locale, absolute } = ctx;
  const e = escapeHtml;
  const t = cardStrings[locale];
  const heading = cardTitleParts(card, locale);
  const gone = cardGoneLine(card, locale);
  const versions =
    card.text && card.text.versions.length > 1
      ? `<p class="meta versions">${e(t.versionsLabel)} ${card.text.versions
          .map((v) => `<a href="${e(absolute(clausePath(v, card.clause.id)))}" target="_blank" rel="noopener">${e(formatDateIn(locale, v.firstRecorded))}</a>`)
          .join(locale === 'en' ? ', ' : '、')}</p>`
      : '';
  const notes = card.notes.length
    ? `<div class="notes">${card.notes
        .map((note) => {
          const text = ctx.noteText(note.id);
          return `<p><strong>${e(t.noteLabel)}</strong> <span lang="${e(text.lang)}"${text.translated ? ' data-translated' : ''}>${e(text.summary)}</span> <a href="${e(absolute(note.href))}" target="_blank" rel="noopener">${e(t.readNote)}<span class="sr" lang="${e(text.lang)}"> “${e(text.title)}”</span></a></p>`;
        })
        .join('')}</div>`
    : '';
  return [
    '<article>',
    `<h1>${e(heading.lead)}${heading.section ? `${e(heading.separator)}<span lang="en">${e(heading.section)}</span>` : ''}</h1>`,
    `<p class="meta">${e(cardVersionLine(card, locale))}</p>`,
    `<blockquote cite="${e(absolute(card.contextHref))}" lang="en">${holdsBlocks(card.clause.html) ? `<div>${card.clause.html}</div>` : `<p>${card.clause.html}</p>`}</blockquote>`,
    `<p class="change">${cardLineHtml(cardChangeLine(card, locale), ctx)}</p>`,
    gone ? `<p class="change gone">${cardLineHtml(gone, ctx)}</p>` : '',
    versions,
    notes,
    `<footer><span><a href="${e(absolute(card.contextHref))}" target="_blank" rel="noopener">${e(t.readInContext)}</a></span><span>${e(t.recordedBy)}</span></footer>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

export interface NoteCardView {
  /** The note's words in the card's locale. */
  text: CardNoteText;
  documentName: string;
  /** The words the note anchors to, and the clause holding them in the latest version that has them. */
  anchor?: { exact: string; clauseHref: string };
  /** When the latest version holding the note's words was first recorded. */
  latestRecorded?: string;
  contextHref: string;
}

/** A note's card: its title and summary, the words it is about, a link to the note. */
export function noteCardBody(card: NoteCardView, { locale, absolute }: Pick<CardRenderContext, 'locale' | 'absolute'>): string {
  const e = escapeHtml;
  const t = cardStrings[locale];
  const words = `lang="${e(card.text.lang)}"${card.text.translated && locale !== 'en' ? ' data-translated' : ''}`;
  return [
    '<article>',
    `<h1 ${words}>${e(card.text.title)}</h1>`,
    `<p class="meta">${e(t.noteCardMeta(card.documentName))}</p>`,
    `<p ${words}>${e(card.text.summary)}</p>`,
    card.anchor ? `<blockquote cite="${e(absolute(card.anchor.clauseHref))}"><p>${e(t.noteWords)} “<span lang="en">${e(card.anchor.exact)}</span>”</p></blockquote>` : '',
    `<footer><span><a href="${e(absolute(card.contextHref))}" target="_blank" rel="noopener">${e(t.readNoteOnTermline)}</a></span>${card.latestRecorded ? `<span>${e(t.noteLatestVersion(formatDateIn(locale, card.latestRecorded)))}</span>` : ''}</footer>`,
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}
