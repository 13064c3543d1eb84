/**
 * A comparison no page holds, computed when a reader asks for it: on the 404
 * page (static hosts serve it for any missing address) and the compare index.
 * Does nothing unless the address names a pair; then starts a worker that
 * fetches the two versions from the dataset and renders the same page a
 * prerendered pair shows. `?compare=<path>` asks for a pair by its path, so a
 * test (or a reader) can have any pair, even a prerendered one, computed here.
 */
import { compareStrings } from '../lib/publish/i18n/ui/compare.ts';
import { LANGUAGE_TAG, type Locale } from '../lib/publish/i18n/locales.ts';
import { pairAddress } from '../lib/publish/pair-address.ts';
import { localized, withBase } from '../lib/publish/paths.ts';
import { filesOf, type PairAnswer, type PairRequest } from './compare-protocol.ts';

/** A file's text, or null when the site has none at that address. */
async function fetchText(url: string): Promise<[string, string | null]> {
  const response = await fetch(url);
  return [url, response.ok ? await response.text() : null];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `root` carries the site's base and the page's locale; what it holds is replaced by the comparison. */
export function comparePairHere(root: HTMLElement): void {
  const base = root.dataset.base ?? '/';
  const asked = new URLSearchParams(location.search).get('compare');
  const address = pairAddress(asked ?? location.pathname, base);
  if (!address) return;
  // The address says the language (a static host serves one 404 page for /zh/… too).
  const locale: Locale = address.locale;
  // The page the host served may be the English 404: the computed pair is in the address's language.
  document.documentElement.lang = LANGUAGE_TAG[locale];
  const t = compareStrings[locale];
  const href = (route: string) => withBase(localized(route, locale), base);
  // For the bench: when each step ended, in ms from the request (the navigation's start).
  const timing: Record<string, number> = { scriptMs: performance.now() };
  // The worker's code is asked for first, so that it does not queue behind the data.
  const worker = new Worker(new URL('./compare-worker.ts', import.meta.url), { type: 'module' });
  // Every file the pair needs is known from its address: fetched while the worker starts.
  const fetched = Promise.all(Object.values(filesOf(address, base)).map(fetchText)).then((files) => ((timing.fetchedMs = performance.now()), files));
  root.setAttribute('aria-busy', 'true');
  root.innerHTML = `<p class="lede" role="status">${escape(t.computing)}</p>`;
  worker.onmessage = (event: MessageEvent<PairAnswer>) => {
    worker.terminate();
    timing.answerMs = performance.now();
    const answer = event.data;
    root.removeAttribute('aria-busy');
    if (answer.type === 'problem') {
      document.title = `${answer.detail} · Termline`;
      const links = answer.links.map((l) => `<li><a href="${escape(href(l.route))}">${escape(l.label)}</a></li>`).join('');
      root.innerHTML = `<header class="page-header"><h1>${escape(answer.detail)}</h1></header>${links ? `<p>${escape(t.seeVersions)}</p><ul>${links}</ul>` : ''}`;
      return;
    }
    const { html } = answer;
    document.title = `${html.title} · Termline`;
    root.innerHTML = [
      '<article class="compare" data-computed>',
      `<header class="page-header">${html.heading}${html.impact}${html.summary}${html.viewSwitch}<p class="note">${escape(t.computedNote)}</p></header>`,
      html.changes,
      `<p><a href="${escape(href(answer.compareIndex))}">${escape(t.compareIndex)}</a></p>`,
      '</article>',
    ].join('');
    // The address a reader shares is the pair's own, older version first.
    if (!asked && location.pathname !== href(answer.route)) history.replaceState(null, '', href(answer.route) + location.hash);
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
    const since = (at: number | undefined) => (at === undefined ? undefined : at - performance.timeOrigin);
    root.dataset.timing = JSON.stringify({ ...timing, workerReadyMs: since(answer.readyAt), workerReceivedMs: since(answer.receivedAt), renderedMs: performance.now(), computeMs: answer.computeMs });
  };
  fetched.then(
    (files) => worker.postMessage({ base, locale, address, files: Object.fromEntries(files) } satisfies PairRequest),
    (error) => worker.onmessage!(new MessageEvent('message', { data: { type: 'problem', problem: 'failed', detail: `${t.failed} ${String(error)}`, links: [] } })),
  );
}
