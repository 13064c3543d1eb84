/**
 * The version picker of a compare index, with a worker already running when the reader asks. The first time the
 * reader goes to the picker (a menu focused), the comparison's worker starts: it loads its code, fetches the document's files and
 * warms up on made-up versions; each pair the reader picks, it fetches the two versions of. On submit, a pair with
 * a page of its own opens at once (no round trip through this page's `?old=&new=`); any other pair is computed by
 * that worker and shown here, in place of the index, at the pair's own address (pushed to the history: Back
 * shows the index again, a reload or a shared link has the 404 page compute the same page). Going to the pair's
 * address instead cost about 150 ms more on the largest pair (a navigation, then the page's script). A version
 * page's picker, which has no script, submits to this page (`?old=&new=`): this goes on to the pair's page, or to
 * its address, where the 404 page computes it.
 */
import { LANGUAGE_TAG, LOCALES, type Locale } from '../lib/publish/i18n/locales.ts';
import { comparePath, localized, withBase } from '../lib/publish/paths.ts';
import type { showAnswer as ShowAnswer } from './compare-pair.ts';
import type { PairAnswer, PairRequest, PickerMessage } from './compare-protocol.ts';

/** What the compare index puts on the picker's wrapper, and what its page shows. */
interface PickerData {
  base: string;
  locale: Locale;
  worker: string;
  service: string;
  document: string;
  /** Each version's region and place in it, from the picker's menus. */
  order: Record<string, [string, number]>;
  /** Each prerendered pair (`older..newer`) and its page's address, from the page's lists of them. */
  pages: Record<string, string>;
  computing: string;
}

/** The pair two picked versions make, older first; 'regions' when they are of different regions. */
export function pickedPair(order: PickerData['order'], a: string, b: string): { older: string; newer: string } | 'regions' | undefined {
  const x = order[a];
  const y = order[b];
  if (!x || !y || a === b) return undefined;
  if (x[0] !== y[0]) return 'regions';
  return x[1] < y[1] ? { older: a, newer: b } : { older: b, newer: a };
}

/** The pair (`older..newer`) a comparison's address names, from its last segment. */
export function pairKeyOf(pathname: string): string | undefined {
  const match = /\/([^/]+)\.\.([^/]+)\/$/.exec(pathname);
  if (!match) return undefined;
  try {
    return `${decodeURIComponent(match[1]!)}..${decodeURIComponent(match[2]!)}`;
  } catch {
    return undefined;
  }
}

function readData(root: HTMLElement, form: HTMLFormElement): PickerData | undefined {
  const { base, locale, worker, service, document: documentId, computing } = root.dataset;
  if (!base || !locale || !worker || !service || !documentId) return undefined;
  // Each region's versions are listed newest first.
  const order: PickerData['order'] = {};
  for (const group of form.querySelectorAll<HTMLOptGroupElement>('optgroup[data-region]')) {
    [...group.querySelectorAll('option')].reverse().forEach((option, i) => (order[option.value] = [group.dataset.region!, i]));
  }
  // The index links every pair that has a page: the changes, and the pairs our writing names.
  const pages: PickerData['pages'] = {};
  for (const link of document.querySelectorAll<HTMLAnchorElement>('main section a[href]')) {
    const key = pairKeyOf(new URL(link.href).pathname);
    if (key) pages[key] ??= link.getAttribute('href')!;
  }
  return { base, locale: locale as Locale, worker, service, document: documentId, order, pages, computing: computing ?? '' };
}

export function pickPairs(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form.picker');
  const data = form && readData(root, form);
  if (!form || !data) return;
  const { base, locale, service, document: documentId, pages } = data;
  const problem = document.getElementById('pick-problem');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
  const picked = () => pickedPair(data.order, value('old'), value('new'));
  // The pair's address as the browser holds it (encoded): pushed to the history, and what a reload asks the 404 page for.
  const addressOf = ({ older, newer }: { older: string; newer: string }) =>
    new URL(withBase(localized(comparePath({ service, document: documentId, id: older }, { id: newer }), locale), base), location.href).pathname;

  let worker: Worker | undefined;
  let asked: { id: number; path: string; askedMs: number } | undefined;
  let requests = 0;
  const go = (path: string) => location.assign(path);
  const show = inPlace(base, locale);
  // The code that shows a pair (the 404 page's), loaded with the worker: not on every visit to the index.
  let shower: Promise<typeof ShowAnswer> | undefined;
  const standBy = () => {
    shower ??= import('./compare-pair.ts').then((module) => module.showAnswer);
    if (worker) return;
    try {
      worker = new Worker(data.worker, { type: 'module' });
    } catch {
      return;
    }
    worker.onmessage = async (event: MessageEvent<PairAnswer>) => {
      const answer = event.data;
      if (!asked || answer.id !== asked.id) return;
      const { path, askedMs } = asked;
      asked = undefined;
      let showAnswer: typeof ShowAnswer;
      try {
        showAnswer = await shower!;
      } catch {
        // Its code could not be had: the pair's page computes the pair itself.
        return go(path);
      }
      if (status) status.textContent = '';
      show(showAnswer, answer, path, askedMs);
    };
    // The worker failed: the pair's page computes it itself.
    worker.onerror = () => {
      worker = undefined;
      if (asked) go(asked.path);
    };
    worker.postMessage({ type: 'standby', base, locale, service, document: documentId } satisfies PickerMessage);
  };
  const prefetch = () => {
    const pair = picked();
    if (pair && pair !== 'regions' && !pages[`${pair.older}..${pair.newer}`]) worker?.postMessage({ type: 'prefetch', base, path: addressOf(pair) } satisfies PickerMessage);
  };

  // When the reader starts to pick (a menu or the button focused, by click, tap or key), not when a pointer passes
  // over: the worker is loaded only for a reader who asks for a pair.
  form.addEventListener('focusin', standBy);
  form.addEventListener('change', () => {
    standBy();
    prefetch();
  });
  // Asked for from a version page's picker: that pair's page, or its address.
  const query = new URLSearchParams(location.search);
  const queried = pickedPair(data.order, query.get('old') ?? '', query.get('new') ?? '');
  if (queried === 'regions' && problem) problem.hidden = false;
  else if (queried && queried !== 'regions') location.replace(pages[`${queried.older}..${queried.newer}`] ?? addressOf(queried));

  form.addEventListener('submit', (event) => {
    const pair = picked();
    // The same version twice, or one the page does not know: the form goes where it goes without this script.
    if (!pair) return;
    event.preventDefault();
    if (problem) problem.hidden = pair !== 'regions';
    if (pair === 'regions') return;
    const page = pages[`${pair.older}..${pair.newer}`];
    if (page) return go(page);
    const path = addressOf(pair);
    standBy();
    if (!worker) return go(path);
    asked = { id: (requests += 1), path, askedMs: event.timeStamp };
    if (status) status.textContent = data.computing;
    worker.postMessage({ base, path, files: {}, id: asked.id } satisfies PairRequest);
  });
}

/**
 * Shows a pair's answer in the page's main landmark, at the pair's address, as the 404 page would show it there:
 * the index's own content is kept for Back (and the pair's for Forward); the language switch goes to the pair in
 * the other language. Focus moves to the pair's heading, as a new page would start there.
 */
function inPlace(base: string, locale: Locale): (showAnswer: typeof ShowAnswer, answer: PairAnswer, path: string, askedMs: number) => void {
  const main = document.getElementById('main')!;
  const switches = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')];
  const index = { url: location.href, title: document.title, nodes: [...main.childNodes], switches: switches.map((a) => a.getAttribute('href')) };
  let shown: { url: string; title: string; root: HTMLElement; switches: (string | null)[] } | undefined;
  const restore = (to: { title: string; switches: (string | null)[] }, nodes: Node[]) => {
    main.replaceChildren(...nodes);
    document.title = to.title;
    switches.forEach((a, i) => a.setAttribute('href', to.switches[i] ?? ''));
  };
  addEventListener('popstate', () => {
    if (location.href === index.url) restore(index, index.nodes);
    else if (shown && location.href === shown.url) restore(shown, [shown.root]);
    else location.reload();
  });
  return (showAnswer, answer, path, askedMs) => {
    const root = Object.assign(document.createElement('div'), { id: 'pair-compare' });
    root.dataset.base = base;
    root.dataset.locale = locale;
    main.replaceChildren(root);
    history.pushState(null, '', path);
    scrollTo(0, 0);
    const route = answer.type === 'pair' ? answer.route : undefined;
    // Each other language's page of the pair (computed there too), or the index's when there is no pair to show.
    switches.forEach((a, i) => {
      const other = LOCALES.find((l) => LANGUAGE_TAG[l] === a.hreflang);
      a.setAttribute('href', route && other ? withBase(localized(route, other), base) : (index.switches[i] ?? ''));
    });
    showAnswer(root, answer, { locale, base, timing: { askedMs } });
    shown = { url: location.href, title: document.title, root, switches: switches.map((a) => a.getAttribute('href')) };
    const heading = root.querySelector('h1');
    if (heading) {
      // Focusable only to be focused now: once the reader moves on, the heading is the page's as the 404 page has it.
      heading.tabIndex = -1;
      heading.addEventListener('blur', () => heading.removeAttribute('tabindex'), { once: true });
      heading.focus({ preventScroll: true });
    }
  };
}
