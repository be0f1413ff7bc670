// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownOptions } from './src/lib/markdown-pipeline.ts';
import { normaliseBase } from './src/lib/routes.ts';
import { devSearch } from './src/build/dev-search.ts';

// BASE_PATH builds the site for a sub-path such as /strom/; SITE_URL is the public
// address used in canonical links and sitemap.xml. STROM_OUT_DIR lets the build
// script write into a temporary folder and swap it in only when everything passed.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: normaliseBase(process.env.BASE_PATH),
  outDir: process.env.STROM_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Separate CSS files: cached across pages, and allowed by a strict CSP (no inline styles).
    inlineStylesheets: 'never',
    // Pages render while the link previews (sharp, on libuv's threads) are encoded:
    // with one page at a time the second core sat idle (BENCHMARKS.md, profile).
    concurrency: 4,
  },
  markdown: {
    // Sätteri, Astro's native processor, with our heading IDs (src/lib/markdown-pipeline.ts).
    processor: satteri(markdownOptions),
  },
  integrations: [
    mdx(),
    devSearch({ dist: process.env.STROM_DIST || './dist', content: process.env.STROM_CONTENT_DIR || './content', base: normaliseBase(process.env.BASE_PATH) }),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the
        // bundler reports for every chapter; it is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
