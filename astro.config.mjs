// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { leakGuard } from './src/integrations/leak-guard.ts';
import { configTexts } from './src/lib/leak-guard/public-material.ts';
import { posters } from './src/integrations/posters.ts';
import { transcriptsAside } from './src/integrations/transcripts-aside.ts';
import { securityPolicy } from './src/integrations/security-policy.ts';
import { parseWorkersEarly } from './src/integrations/parse-workers-early.ts';
import { memoryRelease } from './src/integrations/memory-release.ts';
import { feedItems } from './src/integrations/feed-items.ts';
import { contentFolders } from './src/lib/collection/parser-options.ts';
import { cacheFolder } from './src/lib/build/cache-folder.ts';
import { archivePaths } from './src/lib/archive/paths.ts';
import { redirectedKeys, sitemapFilter } from './src/lib/archive/sitemap.ts';
import { readUrlRegistry, urlRegistryPath } from './src/lib/build/url-registry-file.ts';

const folders = contentFolders();
// Written on a worker thread while the leak guard prepares; the guard awaits it before reading the output.
const searchIndex = pagefindIndex({ inBackground: true });
const paths = archivePaths(siteConfig.base);
// Pages marked noindex: the 404 page and the redirect page of each moved dated episode.
const notIndexedPaths = () => [paths.asset('404/'), ...redirectedKeys(readUrlRegistry(urlRegistryPath())).map(paths.episode)];

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Astro's own cache (content store, incremental build) lives in the build cache that CI keeps.
  cacheDir: cacheFolder('astro'),
  // Episode, guest and topic pages and feeds return a cacheKey of what they show
  // (src/lib/archive/cache-key.ts): a rebuild after one edited note renders only what changed.
  experimental: { incrementalBuild: true },
  // Several routes in flight keep both cores busy while files are written (docs/benchmarks.md).
  build: { concurrency: 8, inlineStylesheets: 'never' },
  // Shiki's inline styles cannot pass the CSP; notes have no code to highlight anyway.
  markdown: { syntaxHighlight: false },
  integrations: [
    // First: the note-parsing workers load the parser while the rest of Astro starts up.
    parseWorkersEarly({ notesFolder: folders.episodes }),
    // Its build:start comes before the other integrations': the heap is released before the workers start.
    memoryRelease(),
    // Feed items kept from the last build for the feeds written again (src/lib/feeds/kept-feed-items.ts).
    feedItems(),
    mdx(),
    securityPolicy(),
    transcriptsAside(),
    // Before the sitemap: the search index, the build's longest last step, starts as soon as the pages are written.
    searchIndex,
    sitemap({ filter: sitemapFilter(notIndexedPaths) }),
    // It checks every text file the steps before it wrote, search index included; only the posters (images) come after.
    leakGuard({
      notesFolder: folders.episodes, guestsFolder: folders.guests, transcriptsFolder: folders.transcripts,
      siteTexts: configTexts(siteConfig), alongside: { folders: searchIndex.folders, done: searchIndex.written },
    }),
    // After the guard, which reads no image: posters still being drawn when the pages are done are drawn
    // while the search index is written and the guard reads the site, rather than before (docs/benchmarks.md).
    posters({ notesFolder: folders.episodes }),
  ],
  // Every script Astro bundles is a file under /_astro/, never inlined into pages (however small), and so
  // is every stylesheet: the pages' Content-Security-Policy allows the site's own files ('self') and
  // hashes only the inline scripts each page really has (src/components/SecurityPolicy.astro,
  // src/integrations/security-policy.ts). Astro's
  // own security.csp hashes every script of the site into every page (~950 bytes), too long to come
  // first in <head> with the charset still in the first 1,024 bytes.
  vite: { build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) } },
});
