import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { htmlFilesUnder, searchIndexCache } from '../lib/build/search-index-cache.ts';
import { EPISODES_BUNDLE, searchBundles } from '../lib/build/search-bundles.ts';

/** Part of what a cached index was built with: after an upgrade of Pagefind the index is built anew. */
function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Builds the Pagefind search index right after Astro writes the site, so `npm run build` gives a
 * site whose search works on any static host. Only pages marked `data-pagefind-body` (episodes and their
 * transcripts) are indexed, each in its own language (Pagefind reads `<html lang>`: a Spanish show's
 * episodes get an index of their own, stemmed as Spanish). Episode pages and transcript pages are two
 * bundles (src/lib/build/search-bundles.ts), each taken from the build cache when none of its pages
 * changed since the last build; the search page merges them and the languages (src/scripts/search-bundles.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'episode-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const version = pagefindVersion();
        let started = false;
        for (const bundle of searchBundles(htmlFilesUnder(outDir, 'episodes'))) {
          const began = Date.now();
          const target = join(outDir, bundle.folder);
          const cache = searchIndexCache(outDir, bundle.pages, cacheFolder(bundle.cacheName), version);
          if (cache.restore(target)) {
            logger.info(`${bundle.label} unchanged: no ${bundle.folder === EPISODES_BUNDLE ? 'episode' : 'transcript'} page changed since the last build (taken from the build cache in ${Date.now() - began} ms)`);
            continue;
          }
          // A fresh folder: the one there may hold links to the cached index, which must not be written through.
          rmSync(target, { recursive: true, force: true });
          // No transcript at all: no bundle (the search page then merges none). The episodes' bundle is always written.
          if (!bundle.pages.length && bundle.folder !== EPISODES_BUNDLE) continue;
          started = true;
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: bundle.excludeSelectors });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: bundle.glob });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: target });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          await index.deleteIndex();
          cache.save(target);
          logger.info(`${bundle.label} written in ${Date.now() - began} ms (${added.page_count} pages read under episodes/, into ${bundle.folder}/)`);
        }
        if (started) await pagefind.close();
      },
    },
  };
}
