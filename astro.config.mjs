// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { leakGuard } from './src/integrations/leak-guard.ts';
import { buildTime, contentFolders, noteParserOptions } from './src/lib/parser-options.ts';

const folders = contentFolders();

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Posters are drawn by sharp off the main thread: several routes in flight keep both cores busy
  // (docs/benchmarks.md has the figures).
  build: { concurrency: 8 },
  // Shiki's inline styles cannot pass the CSP; notes have no code to highlight anyway.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    pagefindIndex(),
    // Last: it checks everything the steps before it wrote, search index included.
    leakGuard({ notesFolder: folders.episodes, parser: noteParserOptions(siteConfig, buildTime()) }),
  ],
  security: {
    // Astro hashes every script and style it emits; these directives close everything else.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        'frame-src https://www.youtube-nocookie.com',
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (it does not allow eval of scripts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
