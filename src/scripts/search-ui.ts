/**
 * The search page's behaviour: reads the query and filters from the address,
 * loads Pagefind only when there is something to search, renders results as
 * plain links (each to the exact clause), and keeps the address in step so a
 * search can be shared. Everything is native form controls: keyboard use is
 * the browser's own.
 */

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

/** Facets offered as checkboxes, and read from the address. */
import { hasCjk, spaceCjk } from '../lib/model/cjk.ts';

const FACETS = ['kind', 'service', 'type', 'document', 'category'];
const URL_FILTERS = FACETS;
const PAGE = 10;

let loading: Promise<Pagefind> | undefined;

/** `url` is the bundle under the site's base; Pagefind then prefixes every result with that base. */
function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

function element(tag: string, props: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export function runSearch(): void {
  const form = document.getElementById('search') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const sort = document.getElementById('sort') as HTMLSelectElement;
  const facets = document.getElementById('facets') as HTMLDivElement;
  const status = document.getElementById('status') as HTMLParagraphElement;
  const list = document.getElementById('results') as HTMLOListElement;
  const moreWrap = document.getElementById('more-wrap') as HTMLParagraphElement;
  const more = document.getElementById('more') as HTMLButtonElement;
  // The page's words (src/lib/publish/i18n/ui/search.ts), in its language.
  const t = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (t[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const pageLang = document.documentElement.lang;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen = new Map(URL_FILTERS.map((name) => [name, new Set(params.getAll(name))]));
  let facetsDrawn = false;
  let pending: { id: string; data(): Promise<ResultData> }[] = [];
  let run = 0;

  // Values ticked in one facet widen the search (any of them); facets narrow it (all of them).
  const selectedFilters = () => {
    const filters: Record<string, { any: string[] }> = {};
    for (const [name, values] of chosen) if (values.size) filters[name] = { any: [...values] };
    return filters;
  };
  const facetLabels = new Map<string, { label: HTMLLabelElement; value: string; name: string }>();

  /** Counts follow the query and the ticked filters, as Pagefind returns them with each search. */
  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const { label, value, name } of facetLabels.values()) label.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
  };

  const syncAddress = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, values] of chosen) for (const value of values) next.append(name, value);
    if (sort.value) next.set('sort', sort.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const drawFacets = async (pagefind: Pagefind) => {
    if (facetsDrawn) return;
    facetsDrawn = true;
    const all = await pagefind.filters();
    for (const name of FACETS) {
      const legend = say(`facet.${name}`);
      const values = all[name];
      if (!values) continue;
      const fieldset = element('fieldset', {}, element('legend', { textContent: legend }));
      // A facet with one value filters nothing.
      if (Object.keys(values).length < 2 && !chosen.get(name)!.size) continue;
      for (const [index, [value, count]] of Object.entries(values).sort((a, b) => a[0].localeCompare(b[0])).entries()) {
        // Chinese values have no letters an id can keep: number them instead.
        const id = /^[\x20-\x7e]*$/.test(value) ? `facet-${name}-${value}`.replace(/[^\w-]/g, '-') : `facet-${name}-${index}`;
        const box = element('input', { type: 'checkbox', id, name, value, checked: chosen.get(name)!.has(value) }) as HTMLInputElement;
        box.addEventListener('change', () => {
          if (box.checked) chosen.get(name)!.add(value);
          else chosen.get(name)!.delete(value);
          void search();
        });
        const label = element('label', { htmlFor: id, textContent: `${value} (${count})` }) as HTMLLabelElement;
        facetLabels.set(id, { label, value, name });
        fieldset.append(element('span', { className: 'choice' }, box, ' ', label));
      }
      facets.append(fieldset);
    }
  };

  const render = async (batch: typeof pending, current: number) => {
    const data = await Promise.all(batch.map((result) => result.data()));
    if (current !== run) return;
    for (const item of data) {
      const excerpt = element('p', { className: 'excerpt' });
      // Chinese text is indexed spaced out; show its own opening instead of the spaced excerpt.
      if (item.meta.description && hasCjk(item.meta.description)) {
        excerpt.textContent = item.meta.description;
        excerpt.lang = item.meta.lang ?? 'zh';
      } else {
        excerpt.innerHTML = item.excerpt; // Pagefind escapes the text; it adds only <mark>.
      }
      const kind = item.filters.kind?.[0];
      const facts = [kind, item.meta.versions ?? (item.meta.date ? `${item.meta.source ?? say('publishedBy')}, ${item.meta.date}` : '')].filter(Boolean).join(' · ');
      const title = element('a', { href: item.url, textContent: item.meta.title ?? item.url });
      // A title in another language than the page's (a Chinese report on the English page, a clause's English heading on the Chinese one).
      const titleLang = item.meta.lang ?? (hasCjk(title.textContent ?? '') ? 'zh-Hans' : 'en');
      if (!pageLang.startsWith(titleLang.slice(0, 2))) title.lang = titleLang;
      if (item.meta.lang === 'en' && !pageLang.startsWith('en')) excerpt.lang = 'en';
      list.append(
        element(
          'li',
          {},
          element('p', { className: 'result-title' }, title),
          excerpt,
          element('p', { className: 'note', textContent: facts }),
        ),
      );
    }
    moreWrap.hidden = pending.length === 0;
  };

  const search = async () => {
    syncAddress();
    const query = input.value.trim();
    const current = ++run;
    list.replaceChildren();
    moreWrap.hidden = true;
    if (!query) {
      status.textContent = say('typeWords');
      return;
    }
    status.textContent = say('searching');
    const pagefind = await loadPagefind(form.dataset.pagefind!);
    await drawFacets(pagefind);
    const response = await pagefind.search(spaceCjk(query), {
      filters: selectedFilters(),
      ...(sort.value ? { sort: { date: sort.value } } : {}),
    });
    if (current !== run || !response) return;
    updateCounts(response.filters);
    const count = response.results.length;
    pending = response.results.slice(PAGE);
    await render(response.results.slice(0, PAGE), current);
    if (current !== run) return;
    // Announced once the results are on the page.
    status.textContent = say(count === 0 ? 'nothing' : count === 1 ? 'one' : 'many', { q: query, n: count });
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search();
  });
  sort.addEventListener('change', () => void search());
  more.addEventListener('click', () => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    void render(batch, run);
  });

  if (input.value.trim()) void search();
  else status.textContent = say('typeWords');
}
