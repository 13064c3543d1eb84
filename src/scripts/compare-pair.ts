/**
 * A comparison no page holds, computed when a reader asks for it, on the 404
 * page (static hosts serve it for any missing address, the version picker's
 * choices included). Does nothing unless the address names a pair; then shows
 * the answer of the worker that pair-start.js, inlined in the page's head,
 * started before this script loaded (or starts one itself if that did not
 * happen): the same page a prerendered pair shows. `?compare=<path>` asks for
 * a pair by its path, so a test (or a reader) can have any pair, even a
 * prerendered one, computed here. The compare index's picker (pair-picker.ts)
 * shows its own worker's answers with the same showAnswer.
 */
import { compareStrings } from '../lib/publish/i18n/ui/compare.ts';
import { LANGUAGE_TAG, type Locale } from '../lib/publish/i18n/locales.ts';
import { pairAddress } from '../lib/publish/pair-address.ts';
import { localized, withBase } from '../lib/publish/paths.ts';
import type { PairAnswer, PairRequest } from './compare-protocol.ts';
import { escapeHtml as escape } from '../lib/escape-html.ts';

/** What pair-start.js, inlined in the 404 page's head, leaves for this script: the answer of the worker it started. */
interface PairStart {
  path: string;
  /** Undefined when its worker failed. */
  answer: Promise<PairAnswer | undefined>;
  timing: Record<string, number>;
}

declare global {
  interface Window {
    termlinePairStart?: PairStart;
  }
}

/** The pair computed here, more slowly, when pair-start.js did not start it: the worker fetches every file itself. */
function computeHere(base: string, path: string): Promise<PairAnswer> {
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ base, path, files: {} } satisfies PairRequest);
  return new Promise<PairAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<PairAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
  });
}

/** How to show an answer: the page's language and base, and the bench's steps so far (ms from the page's start). */
export interface ShowOptions {
  locale: Locale;
  base: string;
  timing: Record<string, number>;
  /** The inline start's steps, when it started the worker. */
  started?: PairStart;
  /** The address to give the page once the pair is in: its own (older version first), unless `?compare=` asked. */
  address?: (route: string) => void;
}

/**
 * Puts a worker's answer in `root`: the comparison's page (or the problem, with links), long pairs by parts, the
 * first rows painted before the rest are laid out; `data-computed` on the article and the bench's `data-timing` on
 * `root` once every row is in. The 404 page's and the compare index's picker's.
 */
export function showAnswer(root: HTMLElement, answer: PairAnswer, { locale, base, timing, started, address }: ShowOptions): void {
  const t = compareStrings[locale];
  const href = (route: string) => withBase(localized(route, locale), base);
  timing.answerMs = performance.now();
  if (answer.type === 'problem') {
    root.removeAttribute('aria-busy');
    document.title = `${answer.detail} · Termline`;
    const links = answer.links.map((l) => `<li><a href="${escape(href(l.route))}">${escape(l.label)}</a></li>`).join('');
    root.innerHTML = `<header class="page-header"><h1>${escape(answer.detail)}</h1></header>${links ? `<p>${escape(t.seeVersions)}</p><ul>${links}</ul>` : ''}`;
    return;
  }
  const { html } = answer;
  document.title = `${html.title} · Termline`;
  // A long comparison goes in by parts: the first rows are painted while the rest wait their turn, each part laid
  // out in a task of its own. Everything at once when the address names a row, which may be in any part.
  const ends = location.hash ? [] : html.rowChunkEnds;
  const closing = html.changes.length - '</section>'.length;
  root.innerHTML = [
    '<article class="compare">',
    `<header class="page-header">${html.heading}${html.impact}${html.summary}${html.viewSwitch}<p class="note">${escape(t.computedNote)}</p></header>`,
    ends.length > 0 ? `${html.changes.slice(0, ends[0])}</section>` : html.changes,
    `<p><a href="${escape(href(answer.compareIndex))}">${escape(t.compareIndex)}</a></p>`,
    '</article>',
  ].join('');
  address?.(href(answer.route));
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) target.scrollIntoView();
  const since = (at: number | undefined) => (at === undefined ? undefined : at - performance.timeOrigin);
  const renderedMs = performance.now();
  let paintedMs: number | undefined;
  const article = root.querySelector<HTMLElement>('article.compare')!;
  const section = article.querySelector('section.changes')!;
  // Once every row is in: the page says it is complete (tests wait for data-computed), and the bench's figures.
  const complete = () => {
    root.removeAttribute('aria-busy');
    article.dataset.computed = '';
    const steps = { ...started?.timing, ...timing, workerStartMs: since(answer.started?.at), fetchedMs: since(answer.started?.files), workerReadyMs: since(answer.readyAt), workerReceivedMs: since(answer.receivedAt), renderedMs, paintedMs, completeMs: performance.now() };
    const worker = answer.started && { workerKB: answer.started.bytes / 1024, workerDecodedKB: answer.started.decodedBytes / 1024 };
    root.dataset.timing = JSON.stringify({ ...steps, computeMs: answer.computeMs, ...worker });
  };
  // A part goes in once the frame before it has been laid out and painted (a task after its animation frame).
  const afterPaint = (next: () => void) => requestAnimationFrame(() => setTimeout(next));
  const insertFrom = (index: number) => {
    const from = ends[index - 1]!;
    const to = index < ends.length ? ends[index]! : closing;
    section.insertAdjacentHTML('beforeend', html.changes.slice(from, to));
    if (to < closing) afterPaint(() => insertFrom(index + 1));
    else complete();
  };
  afterPaint(() => {
    paintedMs = performance.now();
    if (ends.length > 0) insertFrom(1);
    else complete();
  });
}

/** `root` carries the site's base and the page's locale; what it holds is replaced by the comparison. */
export function comparePairHere(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const asked = new URLSearchParams(location.search).get('compare');
  const pairAt = pairAddress(asked ?? location.pathname, base);
  if (!pairAt) return;
  // The address says the language (a static host serves one 404 page for /zh/… too).
  const locale: Locale = pairAt.locale;
  // The page the host served may be the English 404: the computed pair is in the address's language.
  document.documentElement.lang = LANGUAGE_TAG[locale];
  const t = compareStrings[locale];
  const path = asked ?? location.pathname;
  const started = window.termlinePairStart?.path === path ? window.termlinePairStart : undefined;
  // For the bench: when each step ended, in ms from the request (the navigation's start).
  const timing: Record<string, number> = { scriptMs: performance.now() };
  root.setAttribute('aria-busy', 'true');
  root.innerHTML = `<p class="lede" role="status">${escape(t.computing)}</p>`;
  // The address a reader shares is the pair's own, older version first.
  const address = (own: string) => {
    if (!asked && location.pathname !== own) history.replaceState(null, '', own + location.hash);
  };
  const show = (answer: PairAnswer) => showAnswer(root, answer, { locale, base, timing, ...(started ? { started } : {}), address });
  const failed = (error: unknown): PairAnswer => ({ type: 'problem', problem: 'failed', detail: `${t.failed} ${String(error)}`, links: [] });
  (started?.answer ?? Promise.resolve(undefined))
    .then((answer) => answer ?? computeHere(base, path))
    .then(show, (error) => show(failed(error)));
}
