/**
 * An incremental build by document (issue 13: a rebuild after one new record within 2 minutes). A build leaves a
 * manifest beside its site: a fingerprint of everything the whole site's pages read (the code, our content, the
 * config, the reports, the lockfile: `siteFingerprint`) and one per document (its part of the model and the notes
 * anchored in it: `documentFingerprint`). The next build of the same site compares them (`planBuild`): when only
 * documents changed, Astro renders those documents' pages and the site's own pages, and the unchanged documents'
 * files are taken from the previous site (`linkUnchangedFiles`).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { AnchoredAnnotation } from '../notes/annotations.ts';
import type { Corpus, PolicyDocument, Service } from '../model/model.ts';
import type { ResolvedConfig } from '../config.ts';
import { documentKeyOf, documentOwningFile, documentOwningUrl } from './paths.ts';

/** Bumped when what a manifest means changes: a manifest of another format asks for a full build. */
export const MANIFEST_FORMAT = 1;

export interface DocumentEntry {
  fingerprint: string;
  /**
   * The dates its versions state they take effect: the timeline gives one event to each date, naming every
   * document that states it (lib/publish/timeline.ts), so another document's new version can change its pages.
   */
  effectiveDates: string[];
}

export interface BuildManifest {
  format: number;
  site: string;
  documents: Record<string, DocumentEntry>;
}

export type BuildPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'incremental';
      /** The documents whose pages are rendered again, with why, in key order. */
      rebuild: { key: string; why: string }[];
      /** Documents the previous build had and this one has not: their files are left behind. */
      removed: string[];
      /** Documents whose files are taken from the previous site. */
      kept: string[];
    };

function hashOf(update: (add: (data: string | Uint8Array) => void) => void): string {
  const hash = createHash('sha256');
  update((data) => hash.update(data).update('\0'));
  return hash.digest('hex');
}

/**
 * One document's fingerprint: its model (version by version, so no string of a large document's whole size is
 * made), its service's names and URL, and the notes anchored in it (their anchors move with its versions).
 */
export function documentFingerprint(service: Service, document: PolicyDocument, annotations: readonly AnchoredAnnotation[]): string {
  return hashOf((add) => {
    add(JSON.stringify({ ...service, documents: undefined }));
    add(JSON.stringify({ ...document, versions: undefined }));
    for (const version of document.versions) add(JSON.stringify(version));
    for (const note of annotations) if (note.data.service === document.service && note.data.document === document.id) add(JSON.stringify(note));
  });
}

export function documentEntries(services: readonly Service[], annotations: readonly AnchoredAnnotation[]): Record<string, DocumentEntry> {
  const entries: Record<string, DocumentEntry> = {};
  for (const service of services) {
    for (const document of service.documents) {
      const effectiveDates = [...new Set(document.versions.flatMap((v) => (v.effectiveDate ? [v.effectiveDate] : [])))].sort();
      entries[documentKeyOf(document)] = { fingerprint: documentFingerprint(service, document, annotations), effectiveDates };
    }
  }
  return entries;
}

/** The files under `dir` (recursively), as paths relative to it, sorted; none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Entries with their types: a stat per file is seconds on a site of 90,000 files.
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Hard-links every file under `from` into `to` (folders made as needed): a copy for files nothing writes again.
 * Copies instead across file systems (a cache folder elsewhere), where a link cannot be made.
 */
export function linkTree(from: string, to: string): void {
  for (const file of filesUnder(from)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    try {
      linkSync(join(from, file), join(to, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(join(from, file), join(to, file));
    }
  }
}

/**
 * Removes a folder with the system's `rm -rf` where there is one: Node's rmSync took a minute over a site of
 * 90,000 files on a busy machine (issue 13's rebuild), most of the rebuild's wall time.
 */
export function removeTree(dir: string): void {
  if (!existsSync(dir)) return;
  if (process.platform !== 'win32') {
    const result = spawnSync('rm', ['-rf', '--', dir], { stdio: 'ignore' });
    if (result.status === 0 && !existsSync(dir)) return;
  }
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A fingerprint of what every page may read besides the documents: each file under `paths` (folders walked;
 * a missing path counts as missing), plus `extra` (settings, the model's reports and stories). Any change here
 * rebuilds the whole site.
 */
export function siteFingerprint(root: string, paths: readonly string[], extra: readonly string[]): string {
  return hashOf((add) => {
    for (const path of paths) {
      const full = resolve(root, path);
      if (!existsSync(full)) {
        add(`missing ${path}`);
        continue;
      }
      const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => join(full, file)) : [full];
      for (const file of files) {
        add(relative(root, file));
        add(readFileSync(file));
      }
    }
    for (const text of extra) add(text);
  });
}

/**
 * Full or incremental, and which documents to render again. A document is rendered again when it is new, when its
 * fingerprint changed, or when it states a date another rebuilt document states or stated (their shared timeline
 * event names both).
 */
export function planBuild(previous: BuildManifest | undefined, current: BuildManifest, options: { full?: boolean; previousSite: boolean }): BuildPlan {
  if (options.full) return { kind: 'full', reason: '--full was given' };
  if (!options.previousSite) return { kind: 'full', reason: 'there is no previous site' };
  if (!previous) return { kind: 'full', reason: 'the previous site has no build manifest' };
  if (previous.format !== current.format) return { kind: 'full', reason: 'the previous build manifest is of another format' };
  if (previous.site !== current.site) return { kind: 'full', reason: 'the code, content, config, reports or dependencies changed since the previous build' };

  const why = new Map<string, string>();
  for (const [key, entry] of Object.entries(current.documents)) {
    const before = previous.documents[key];
    if (!before) why.set(key, 'new');
    else if (before.fingerprint !== entry.fingerprint) why.set(key, 'changed');
  }
  const removed = Object.keys(previous.documents).filter((key) => !current.documents[key]).sort();
  const changed = [...why.keys(), ...removed];
  const touchedDates = new Map<string, string>();
  for (const key of changed) for (const date of [...(previous.documents[key]?.effectiveDates ?? []), ...(current.documents[key]?.effectiveDates ?? [])]) touchedDates.set(date, key);
  for (const [key, entry] of Object.entries(current.documents)) {
    if (why.has(key)) continue;
    const shared = entry.effectiveDates.find((date) => touchedDates.has(date));
    if (shared) why.set(key, `states ${shared} as ${touchedDates.get(shared)} does`);
  }
  const keys = Object.keys(current.documents).sort();
  return {
    kind: 'incremental',
    rebuild: keys.filter((key) => why.has(key)).map((key) => ({ key, why: why.get(key)! })),
    removed,
    kept: keys.filter((key) => !why.has(key)),
  };
}

/**
 * Hard-links into `siteDir` (the new site, which Astro has finished writing) every file of `previousSite` that a
 * kept document owns and the new site lacks. Nothing is written through a link: a linked file is never opened for
 * writing again, and the previous site stays as it was until it is swapped out. Returns how many files were linked.
 */
export function linkUnchangedFiles(previousSite: string, siteDir: string, documents: ReadonlySet<string>, kept: ReadonlySet<string>): { linked: number; renderedAnyway: string[] } {
  let linked = 0;
  // Files of kept documents the partial build wrote itself: a per-document route without the filter
  // (src/data/rendered.ts). Harmless to the result (the same files) but the time the build is for.
  const renderedAnyway: string[] = [];
  for (const file of filesUnder(previousSite)) {
    const owner = documentOwningFile(file, documents);
    if (!owner || !kept.has(owner)) continue;
    const target = join(siteDir, file);
    if (existsSync(target)) {
      renderedAnyway.push(file);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    linkSync(join(previousSite, file), target);
    linked += 1;
  }
  return { linked, renderedAnyway };
}

/** The `<loc>` URLs of a site's sitemap files (`sitemap-0.xml`, …), in order. */
export function sitemapUrls(site: string): string[] {
  if (!existsSync(site)) return [];
  return readdirSync(site)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(site, name), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => unescapeXml(m[1]!)));
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** The previous sitemap's pages of kept documents: the sitemap of a partial build lists them too (astro.config.mjs). */
export function keptSitemapUrls(urls: readonly string[], base: string, documents: ReadonlySet<string>, kept: ReadonlySet<string>): string[] {
  return urls.filter((url) => {
    const owner = documentOwningUrl(url, base, documents);
    return owner !== undefined && kept.has(owner);
  });
}

/** What the site's pages read besides the model, relative to the project (folders walked). */
const SITE_INPUTS = ['src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'termline.config.json'];

/** This build's manifest: the fingerprint of the whole site's inputs and of each document. */
export function buildManifest(
  projectRoot: string,
  config: Pick<ResolvedConfig, 'site' | 'base' | 'corpusDir' | 'servicesDir' | 'annotationsDir' | 'storiesDir' | 'translationsDir'>,
  model: { corpus: Corpus; annotations: readonly AnchoredAnnotation[]; stories: unknown; translations: unknown },
): BuildManifest {
  const site = siteFingerprint(
    projectRoot,
    [...SITE_INPUTS, config.servicesDir, config.annotationsDir, config.storiesDir, config.translationsDir],
    [
      JSON.stringify({ site: config.site, base: config.base, corpus: config.corpusDir, node: process.version }),
      // The reports (news/), the stories' data and the translations: pages of every document may cite them.
      JSON.stringify(model.corpus.reports),
      JSON.stringify(model.stories),
      JSON.stringify(model.translations),
    ],
  );
  return { format: MANIFEST_FORMAT, site, documents: documentEntries(model.corpus.services, model.annotations) };
}

/** The manifest of a built site, kept beside its folder. */
export function manifestPath(siteDir: string): string {
  return `${siteDir}.manifest.json`;
}

export function readManifest(siteDir: string): BuildManifest | undefined {
  try {
    return JSON.parse(readFileSync(manifestPath(siteDir), 'utf8')) as BuildManifest;
  } catch {
    return undefined;
  }
}
