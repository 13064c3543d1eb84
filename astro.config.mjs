// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// scripts/build.ts builds into a temporary folder and swaps it in on success.
const outDir = process.env.TERMLINE_OUT_DIR || './dist';

export default defineConfig({
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pages ship no JavaScript unless a feature needs one; none does yet.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx()],
});
