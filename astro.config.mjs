// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/lib/config.ts';
import { readSiteModel } from './src/lib/model/model-file.ts';
import remarkClauseRefs from './src/lib/notes/remark-clause-refs.ts';
import { allDocuments, recordDateTargets } from './src/lib/publish/views.ts';
import { routeLocale } from './src/lib/publish/paths.ts';
import pagefind from './src/integrations/pagefind.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES } from './src/lib/publish/i18n/locales.ts';

// scripts/build.ts builds into a temporary folder and swaps it in on success.
const outDir = process.env.TERMLINE_OUT_DIR || './dist';
// The ingested model (scripts/build.ts and npm run dev write it first) and the public address.
const { site, base, modelFile, cacheDir } = loadConfig(process.cwd());
/** @type {import('./src/lib/model/model-file.ts').SiteModel | undefined} */
let model;
const siteModel = () => (model ??= readSiteModel(modelFile));
/** @type {Set<string> | undefined} */
let redirects;
// Addresses of recorded dates only redirect to their version: the version is what a search engine should list.
const isRedirect = (/** @type {string} */ page) => {
  redirects ??= new Set(
    // The model read once for the whole config: a second parse is 700 MB more for the whole collection.
    allDocuments(siteModel().corpus).flatMap(({ document }) =>
      recordDateTargets(document).map(({ date }) => `/${document.service}/${document.id}/${date}/`),
    ),
  );
  // The Chinese mirror of a redirect is one too.
  const route = routeLocale(new URL(page).pathname.slice((base ?? '/').replace(/\/$/, '').length)).route;
  return redirects.has(route);
};

// An incremental build (scripts/build.ts) renders some documents' pages: the sitemap still lists the others'.
const keptSitemapPages = process.env.TERMLINE_SITEMAP_KEEP ? JSON.parse(readFileSync(process.env.TERMLINE_SITEMAP_KEEP, 'utf8')) : [];

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  // English at the root, Chinese under /zh/: src/pages/zh/ holds thin wrappers of the English pages, which read
  // Astro.currentLocale. URLs are still made in src/lib/publish/paths.ts (localized()).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  build: { format: 'directory' },
  // Pages ship no JavaScript unless a feature needs one.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: {
    // Astro's default Rust processor ignores remark plugins; ours checks clause references in notes.
    // A translation is checked when the note or story it translates is published (the model lists those).
    processor: unified({
      remarkPlugins: [
        [
          remarkClauseRefs,
          {
            corpus: () => siteModel().corpus,
            base,
            published: () => new Set([...siteModel().annotations.map((a) => a.data.id), ...siteModel().stories.map((s) => s.id)]),
          },
        ],
      ],
    }),
  },
  integrations: [
    mdx(),
    // Comparisons of every pair are for reading, not for search engines to crawl one by one.
    sitemap({
      // Each page lists its other language as an alternate.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: LANGUAGE_TAG },
      customPages: keptSitemapPages,
      filter: (page) => !/\/compare\/[^/]+\/[^/]+\/[^/]+\.\.[^/]+\/$/.test(page) && !isRedirect(page),
    }),
    // Last: indexes the finished pages.
    pagefind({ modelFile, cacheDir }),
  ],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive the bundler warns about
        // once per note; it is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
