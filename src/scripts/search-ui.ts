/**
 * The search page's behaviour: reads the query and filters from the address,
 * loads Pagefind only when there is something to search, renders results as
 * plain links (each to the exact clause), and keeps the address in step so a
 * search can be shared. Everything is native form controls: keyboard use is
 * the browser's own.
 *
 * What a first query loads is kept small (issue 13): the site bundle, plus the
 * clause bundle of each service in scope, merged with Pagefind's `mergeIndex`
 * (each tagged with its service as a filter, which costs no file); the filter
 * files only once the reader opens the filters; the dates of the records only
 * once the reader orders by date (Pagefind's sort does not span merged bundles).
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
  destroy(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> } | null>;
}

/** Facets offered as checkboxes, and read from the address. */
import { hasCjk, spaceCjk } from '../lib/model/cjk.ts';

const FACETS = ['kind', 'service', 'type', 'document', 'category'];
const URL_FILTERS = FACETS;
const PAGE = 10;

/** A service whose clauses are a bundle of their own (src/pages/search.astro). */
interface ServiceBundle {
  id: string;
  name: string;
  /** The bundle's folder under the site's base. */
  bundle: string;
}

let loading: { key: string; pagefind: Promise<Pagefind> } | undefined;

/**
 * `url` is the site bundle's script under the site's base; Pagefind then prefixes every result with that base.
 * The bundles of `scope` are merged in; a scope that drops a bundle starts Pagefind again (it cannot unmerge),
 * its files coming from the browser's cache.
 */
function loadPagefind(url: string, scope: readonly ServiceBundle[]): Promise<Pagefind> {
  const key = scope.map((s) => s.id).join(' ');
  if (loading?.key === key) return loading.pagefind;
  const previous = loading?.pagefind;
  const merged = new Set(loading?.key.split(' ').filter(Boolean));
  const widens = [...merged].every((id) => scope.some((s) => s.id === id));
  const pagefind = (async () => {
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    if (previous && !widens) {
      await previous;
      await module.destroy();
      merged.clear();
    }
    if (!previous || !widens) {
      await module.options({ excerptLength: 28 });
      await module.init();
    } else {
      await previous;
    }
    for (const service of scope) {
      if (!merged.has(service.id)) await module.mergeIndex(service.bundle, { mergeFilter: { service: service.name } });
    }
    return module;
  })();
  loading = { key, pagefind };
  return pagefind;
}

const dateLists = new Map<string, Promise<Map<string, string>>>();

/** A bundle's record dates by result ID (written by src/integrations/pagefind.ts), loaded once. */
function loadDates(bundle: string): Promise<Map<string, string>> {
  const known = dateLists.get(bundle);
  if (known) return known;
  const dates = (async () => {
    const response = await fetch(`${bundle}dates.json`);
    const byDate = (response.ok ? await response.json() : {}) as Record<string, string[]>;
    return new Map(Object.entries(byDate).flatMap(([date, ids]) => ids.map((id): [string, string] => [id, date])));
  })().catch(() => new Map<string, string>());
  dateLists.set(bundle, dates);
  return dates;
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
  const filterPanel = document.getElementById('filters') as HTMLDetailsElement;
  const scopeBoxes = [...document.querySelectorAll<HTMLInputElement>('#scope input[name="scope"]')];
  const services = JSON.parse(form.dataset.services ?? '[]') as ServiceBundle[];
  const siteBundle = form.dataset.pagefind!.replace(/[^/]*$/, '');
  const status = document.getElementById('status') as HTMLParagraphElement;
  const list = document.getElementById('results') as HTMLOListElement;
  const moreWrap = document.getElementById('more-wrap') as HTMLParagraphElement;
  const more = document.getElementById('more') as HTMLButtonElement;
  // The page's words (src/lib/publish/i18n/ui/search.ts), in its language.
  const t = JSON.parse(form.dataset.strings ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (t[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const pageLang = document.documentElement.lang;
  // This page's folder (`<base>zh/`): the search page is `<folder>search/`.
  const localeFolder = location.pathname.replace(/search\/?$/, '');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen = new Map(URL_FILTERS.map((name) => [name, new Set(params.getAll(name))]));
  // The services whose clauses are searched: the address's, else the service of the page the reader came from.
  const cameFrom = () => {
    if (!document.referrer.startsWith(location.origin)) return undefined;
    const base = siteBundle.replace(/pagefind\/$/, '');
    const path = new URL(document.referrer).pathname;
    if (!path.startsWith(base)) return undefined;
    const segments = path.slice(base.length).split('/').filter(Boolean);
    const id = segments[0] === 'zh' ? segments[1] : segments[0];
    return services.find((s) => s.id === id)?.id;
  };
  const asked = params.getAll('scope');
  const scopeIds = new Set(asked.length ? asked : [cameFrom()].filter((id): id is string => Boolean(id)));
  for (const box of scopeBoxes) box.checked = scopeIds.has(box.value);
  const scope = (): ServiceBundle[] => (scopeIds.has('all') ? services : services.filter((s) => scopeIds.has(s.id)));
  let facetsDrawn = false;
  let lastCounts: Record<string, Record<string, number>> = {};
  // Filters from the address are shown, and so is the panel that holds them.
  if ([...chosen.values()].some((values) => values.size)) filterPanel.open = true;
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
    if (services.length) for (const id of scopeIds) next.append('scope', id);
    if (sort.value) next.set('sort', sort.value);
    const query = next.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const drawFacets = async (pagefind: Pagefind) => {
    if (facetsDrawn || !filterPanel.open) return;
    facetsDrawn = true;
    facets.replaceChildren();
    facetLabels.clear();
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
      // Notes and stories carry a date too, to be ordered by: only a report's is its publication.
      // On a page in another language, a result outside its folder (/zh/…) is a page in English only (a version our notes do not write about).
      // A clause record in another language carries the English page it sends the reader to (search-records.ts), a route under the site's base.
      const englishPage = item.meta.page_en ? `${siteBundle.replace(/pagefind\/$/, '')}${item.meta.page_en.replace(/^\//, '')}` : undefined;
      const englishOnly = !pageLang.startsWith('en') && (englishPage !== undefined || !item.url.startsWith(localeFolder));
      const facts = [kind, item.meta.versions ?? (item.meta.source && item.meta.date ? `${item.meta.source}, ${item.meta.date}` : ''), englishOnly ? say('englishPage') : '']
        .filter(Boolean)
        .join(' · ');
      const title = element('a', { href: englishPage ?? item.url, textContent: item.meta.title ?? item.url });
      if (englishOnly) title.setAttribute('hreflang', 'en');
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
    const inScope = scope();
    const pagefind = await loadPagefind(form.dataset.pagefind!, inScope);
    if (current !== run) return;
    await drawFacets(pagefind);
    const response = await pagefind.search(spaceCjk(query), { filters: selectedFilters() });
    if (current !== run || !response) return;
    lastCounts = response.filters;
    updateCounts(response.filters);
    let found = response.results;
    if (sort.value) {
      const lists = await Promise.all([siteBundle, ...inScope.map((s) => s.bundle)].map(loadDates));
      if (current !== run) return;
      const dateOf = (id: string) => lists.find((list) => list.has(id))?.get(id) ?? '';
      const sign = sort.value === 'asc' ? 1 : -1;
      // Stable: results of one date keep their order of relevance; undated ones go last.
      found = [...found].sort((a, b) => {
        const [x, y] = [dateOf(a.id), dateOf(b.id)];
        return x && y ? sign * x.localeCompare(y) : Number(!x) - Number(!y);
      });
    }
    const count = found.length;
    pending = found.slice(PAGE);
    await render(found.slice(0, PAGE), current);
    if (current !== run) return;
    // Announced once the results are on the page.
    const said = say(count === 0 ? 'nothing' : count === 1 ? 'one' : 'many', { q: query, n: count });
    status.textContent = services.length && !inScope.length ? `${said} ${say('noScope')}` : said;
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
  for (const box of scopeBoxes) {
    box.addEventListener('change', () => {
      // "All services" and single services: ticking one side unticks the other.
      if (box.checked && box.value === 'all') for (const other of scopeBoxes) other.checked = other === box;
      else if (box.checked) scopeBoxes.find((other) => other.value === 'all')!.checked = false;
      scopeIds.clear();
      for (const other of scopeBoxes) if (other.checked) scopeIds.add(other.value);
      // Filter counts change with the bundles searched: drawn again when next shown.
      facetsDrawn = false;
      void search();
    });
  }
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || facetsDrawn || !input.value.trim()) return;
    void search();
  });
  more.addEventListener('click', () => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    void render(batch, run);
  });

  if (input.value.trim()) void search();
  else status.textContent = say('typeWords');
}
