/**
 * Project configuration: `termline.config.json` (optional), validated by zod,
 * with the environment taking precedence where it names a setting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from './problems.ts';
import { LOCAL_SITE, normalizeBase } from './publish/paths.ts';

export const CONFIG_FILE = 'termline.config.json';

export const configSchema = z.strictObject({
  /** Corpus folder, relative to the project root. TERMLINE_CORPUS overrides it. */
  corpus: z.string().min(1).default('../shared/corpus'),
  /**
   * The site's public address, for feeds, the sitemap and embeds, which need
   * absolute URLs. TERMLINE_SITE overrides it. The default is the local preview.
   */
  site: z.url({ protocol: /^https?$/ }).default(LOCAL_SITE),
  /**
   * The folder the site is served from, e.g. "/termline/" for a GitHub Pages
   * project site. TERMLINE_BASE overrides it. Every link and asset honours it.
   */
  base: z.string().regex(/^\/?([\w.~-]+\/?)*$/, 'a path such as "/termline/"').default('/'),
});

export interface ResolvedConfig {
  projectRoot: string;
  corpusDir: string;
  /** Where corpusDir came from, for error messages. */
  corpusDirSource: string;
  servicesDir: string;
  annotationsDir: string;
  storiesDir: string;
  /** Translations of notes and stories: `<translationsDir>/<locale>/notes/` and `…/stories/`. */
  translationsDir: string;
  /** Caches that make a rebuild cheap (records, card images); TERMLINE_CACHE moves it, e.g. for a cold benchmark. */
  cacheDir: string;
  /** Where ingest writes the model the site is rendered from. */
  modelFile: string;
  /** The public origin, without a trailing slash. */
  site: string;
  /** True while the site is still the local preview address: embeds and feeds would point there. */
  siteIsLocal: boolean;
  /** The folder the site is served from: "/" or "/name/". */
  base: string;
}

export function loadConfig(projectRoot: string, env: Record<string, string | undefined> = process.env): ResolvedConfig {
  const file = join(projectRoot, CONFIG_FILE);
  let fromFile: z.infer<typeof configSchema> = configSchema.parse({});
  if (existsSync(file)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError([
        { file, message: `not valid JSON: ${(error as Error).message}`, fix: 'fix the JSON syntax, or delete the file to use the defaults' },
      ]);
    }
    const parsed = configSchema.safeParse(json);
    if (!parsed.success) {
      throw new InputError(
        parsed.error.issues.map((issue) => ({
          file,
          message: `"${issue.path.join('.') || '(root)'}": ${issue.message}`,
          fix: 'settings: "corpus" (the corpus folder, relative to the project root), "site" (the public https:// address) and "base" (the folder it is served from, e.g. "/termline/")',
        })),
      );
    }
    fromFile = parsed.data;
  }
  const envCorpus = env.TERMLINE_CORPUS?.trim();
  const corpusDir = envCorpus
    ? resolve(envCorpus)
    : isAbsolute(fromFile.corpus)
      ? fromFile.corpus
      : resolve(projectRoot, fromFile.corpus);
  const corpusDirSource = envCorpus
    ? 'the TERMLINE_CORPUS environment variable'
    : existsSync(file)
      ? `"corpus" in ${CONFIG_FILE}`
      : 'the default, ../shared/corpus';
  const envSite = env.TERMLINE_SITE?.trim();
  const site = (envSite || fromFile.site).replace(/\/$/, '');
  const envBase = env.TERMLINE_BASE?.trim();
  if (envBase && !configSchema.shape.base.safeParse(envBase).success) {
    throw new InputError([{ file: 'TERMLINE_BASE', message: `"${envBase}" is not a folder path`, fix: 'give a path such as /termline/ (or unset it to serve from /)' }]);
  }
  const base = normalizeBase(envBase || fromFile.base);
  checkSiteAndBase(site, base, envSite ? 'TERMLINE_SITE' : `"site" in ${file}`);
  return {
    projectRoot,
    corpusDir,
    corpusDirSource,
    servicesDir: join(projectRoot, 'content', 'services'),
    annotationsDir: env.TERMLINE_ANNOTATIONS ? resolve(env.TERMLINE_ANNOTATIONS) : join(projectRoot, 'content', 'annotations'),
    cacheDir: env.TERMLINE_CACHE ? resolve(env.TERMLINE_CACHE) : join(projectRoot, 'node_modules', '.cache', 'termline'),
    storiesDir: env.TERMLINE_STORIES ? resolve(env.TERMLINE_STORIES) : join(projectRoot, 'content', 'stories'),
    translationsDir: env.TERMLINE_TRANSLATIONS ? resolve(env.TERMLINE_TRANSLATIONS) : join(projectRoot, 'content', 'translations'),
    modelFile: env.TERMLINE_MODEL ? resolve(env.TERMLINE_MODEL) : join(projectRoot, '.termline', 'model.json'),
    site,
    siteIsLocal: site === LOCAL_SITE,
    base,
  };
}

/**
 * The site is an origin; the folder goes in base. A site with a path (as
 * GitHub Pages shows it, https://owner.github.io/termline/) is accepted only
 * when the path is the base, so absolute URLs never lose or double it.
 */
function checkSiteAndBase(site: string, base: string, where: string): void {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new InputError([{ file: where, message: `"${site}" is not a URL`, fix: 'give the public address, e.g. https://owner.github.io' }]);
  }
  const path = normalizeBase(url.pathname);
  if (path !== '/' && path !== base) {
    throw new InputError([
      {
        file: where,
        message: `the site ${site} has the path ${path} but the base is ${base}`,
        fix: `set the site to its origin (${url.origin}) and the base to "${path}" (TERMLINE_BASE or "base" in ${CONFIG_FILE})`,
      },
    ]);
  }
}

/** What a build says while its site is still the local preview: embeds, feeds and the sitemap would point there. */
export function localSiteWarning(config: Pick<ResolvedConfig, 'site' | 'siteIsLocal'>): string | undefined {
  if (!config.siteIsLocal) return undefined;
  return (
    `The site's address is still the local preview, ${config.site}: card snippets, oEmbed, feeds, the sitemap and ` +
    `Open Graph point there and will not work anywhere else. Fix: set TERMLINE_SITE (or "site" in ${CONFIG_FILE}) ` +
    'to the address the site is published at, e.g. https://owner.github.io, and build again.'
  );
}
