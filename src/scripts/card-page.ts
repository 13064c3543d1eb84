/**
 * A clause card or embed page no page holds, made when a reader (or an iframe on another site) asks for it: on the 404 page,
 * which static hosts serve for any missing address. Loaded only when the address names a card (404.astro). Reads
 * the index of the document's card map and its file, then the clause's shard of the map, then the one to three version files the card needs, and writes the page the
 * build would have written (card-compute.ts, card-render.ts) in place of the 404 page. `?card=<path>` asks for a
 * card by its path, so a test can have any card, even a prerendered one, computed here.
 */
import type { CardAddress } from '../lib/publish/card-address.ts';
import { computeCard, computeEmbed, planCard, type CardProblem } from '../lib/publish/card-compute.ts';
import { cardMapShard, shardMap, type CardMapIndex, type CardMapShard } from '../lib/publish/card-redirects.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { documentDataPath, documentNotesDataPath, notesDataPath, versionDataPath } from '../lib/publish/dataset/data-paths.ts';
import type { DocumentFile } from '../lib/publish/dataset/document-schema.ts';
import type { NotesFile } from '../lib/publish/dataset/notes-schema.ts';
import type { VersionFile } from '../lib/publish/dataset/version-schema.ts';
import { LANGUAGE_TAG } from '../lib/publish/i18n/locales.ts';
import { cardStrings } from '../lib/publish/i18n/ui/cards.ts';
import { cardMapShardPath, documentPath, embedScriptPath, localized, pinnedVersionMapPath, withBase } from '../lib/publish/paths.ts';

/** A file's JSON, or undefined when the site has none at that address. */
async function fetchJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  return response.ok ? ((await response.json()) as T) : undefined;
}

/**
 * The notes a card shows: the document's own notes file (a few KB), or, from a dataset published before documents
 * had one, notes.json (every note, 149 KB on X's site), which holds the document's.
 */
async function documentNotes(own: string, all: string): Promise<NotesFile | undefined> {
  return (await fetchJson<NotesFile>(own)) ?? fetchJson<NotesFile>(all);
}

const problemText = { 'unknown-document': 'unknownDocument', 'unknown-clause': 'unknownClause', 'unknown-text': 'unknownText' } as const;

/** `root` (the 404 page's) carries the site and base; it says what is happening, or what went wrong. */
export async function cardHere(root: HTMLElement, address: CardAddress, forced: boolean): Promise<void> {
  const base = root.dataset.base ?? '/';
  const site = root.dataset.site ?? location.origin;
  const t = cardStrings[address.locale];
  const href = (route: string) => withBase(route, base);
  const doc = { service: address.service, id: address.document };
  document.documentElement.lang = LANGUAGE_TAG[address.locale];
  root.setAttribute('aria-busy', 'true');
  root.innerHTML = `<p class="lede" role="status">${escapeHtml(t.computing)}</p>`;
  const problem = (detail: string, links: { route: string; label: string }[]) => {
    root.removeAttribute('aria-busy');
    document.title = `${detail} · Termline`;
    const items = links.map((l) => `<li><a href="${escapeHtml(href(localized(l.route, address.locale)))}">${escapeHtml(l.label)}</a></li>`).join('');
    root.innerHTML = `<header class="page-header"><h1>${escapeHtml(detail)}</h1></header>${items ? `<ul>${items}</ul>` : ''}`;
  };
  try {
    const [index, file] = await Promise.all([fetchJson<CardMapIndex>(href(pinnedVersionMapPath(doc))), fetchJson<DocumentFile>(href(documentDataPath(doc)))]);
    // The clause's shard of the map: only the clauses whose key falls in it.
    const shard = index && (await fetchJson<CardMapShard>(href(cardMapShardPath(doc, cardMapShard(address.key, index.shards)))));
    const map = index && shard ? shardMap(index, shard) : undefined;
    const plan = planCard(address, map, file);
    if (plan.problem !== undefined) {
      const kind: CardProblem = plan.problem;
      const links = kind === 'unknown-document' ? [] : [{ route: documentPath(doc), label: t.seeDocument }];
      if (kind === 'unknown-text') links.push({ route: `/cards/${address.service}/${address.document}/${address.key}/`, label: t.seeLatestCard });
      problem(t[problemText[kind]], links);
      return;
    }
    if (address.kind === 'embed') {
      const latest = plan.versions[0]!.id;
      const version = await fetchJson<VersionFile>(href(versionDataPath({ service: address.service, document: address.document, id: latest })));
      if (!version) throw new Error('a version file is missing');
      const page = computeEmbed(address, plan, { document: file!, versions: { [latest]: version } }, { site, base }, root.dataset.siteWarning);
      if (!forced && location.pathname !== href(page.path)) history.replaceState(null, '', href(page.path) + location.hash);
      showEmbed(root, page);
      return;
    }
    const [versions, notes] = await Promise.all([
      Promise.all(plan.files.map((id) => fetchJson<VersionFile>(href(versionDataPath({ service: address.service, document: address.document, id }))))),
      plan.shared ? documentNotes(href(documentNotesDataPath(doc)), href(notesDataPath())) : Promise.resolve(undefined),
    ]);
    if (versions.some((v) => !v)) throw new Error('a version file is missing');
    const page = computeCard(address, plan, { document: file!, versions: Object.fromEntries(versions.map((v) => [v!.version.id, v!])), ...(notes ? { notes } : {}) }, { site, base });
    // The address a reader shares is the card's own: a /zh/ address of a card without a Chinese twin is the English card.
    if (!forced && location.pathname !== href(page.path)) history.replaceState(null, '', href(page.path) + location.hash);
    performance.mark('termline:card-computed');
    document.open();
    document.write(page.html);
    document.close();
    performance.mark('termline:card-rendered');
  } catch (error) {
    problem(`${t.cardFailed} ${String(error)}`, [{ route: documentPath(doc), label: t.seeDocument }]);
  }
}

/** The embed page in the 404 page's layout: its snippets' copy buttons, the card frame's sizing script, the asked-for text open. */
function showEmbed(root: HTMLElement, page: { title: string; html: string }): void {
  document.title = `${page.title} · Termline`;
  root.removeAttribute('aria-busy');
  root.innerHTML = page.html;
  if (navigator.clipboard) {
    for (const button of root.querySelectorAll<HTMLButtonElement>('button.copy[hidden]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)?.dataset.code ?? '');
        const label = button.textContent;
        button.textContent = button.dataset.copied!;
        setTimeout(() => (button.textContent = label), 2000);
      });
    }
  }
  // The version page's "Embed" link names a text (#t-<hash>): its panel opens, as a browser opens it on a prerendered page.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (target) {
    target.closest('details')?.setAttribute('open', '');
    target.scrollIntoView();
  }
  const script = document.createElement('script');
  script.src = withBase(embedScriptPath(), root.dataset.base ?? '/');
  script.async = true;
  document.body.append(script);
  performance.mark('termline:card-rendered');
}
