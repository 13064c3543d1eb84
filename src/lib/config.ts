/**
 * Project configuration: `termline.config.json` (optional), validated by zod,
 * with the environment taking precedence where it names a setting.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { InputError } from './problems.ts';

export const CONFIG_FILE = 'termline.config.json';

export const configSchema = z.strictObject({
  /** Corpus folder, relative to the project root. TERMLINE_CORPUS overrides it. */
  corpus: z.string().min(1).default('../shared/corpus'),
  /**
   * The site's public address, for feeds, the sitemap and embeds, which need
   * absolute URLs. TERMLINE_SITE overrides it. The default is the local preview.
   */
  site: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4321'),
});

export interface ResolvedConfig {
  projectRoot: string;
  corpusDir: string;
  /** Where corpusDir came from, for error messages. */
  corpusDirSource: string;
  servicesDir: string;
  annotationsDir: string;
  storiesDir: string;
  /** Caches that make a rebuild cheap (records, card images); TERMLINE_CACHE moves it, e.g. for a cold benchmark. */
  cacheDir: string;
  /** Where ingest writes the model the site is rendered from. */
  modelFile: string;
  site: string;
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
          fix: 'settings: "corpus" (the corpus folder, relative to the project root) and "site" (the public https:// address)',
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
  return {
    projectRoot,
    corpusDir,
    corpusDirSource,
    servicesDir: join(projectRoot, 'content', 'services'),
    annotationsDir: env.TERMLINE_ANNOTATIONS ? resolve(env.TERMLINE_ANNOTATIONS) : join(projectRoot, 'content', 'annotations'),
    cacheDir: env.TERMLINE_CACHE ? resolve(env.TERMLINE_CACHE) : join(projectRoot, 'node_modules', '.cache', 'termline'),
    storiesDir: env.TERMLINE_STORIES ? resolve(env.TERMLINE_STORIES) : join(projectRoot, 'content', 'stories'),
    modelFile: env.TERMLINE_MODEL ? resolve(env.TERMLINE_MODEL) : join(projectRoot, '.termline', 'model.json'),
    site: (env.TERMLINE_SITE?.trim() || fromFile.site).replace(/\/$/, ''),
  };
}
