import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { searchIndexCache } from '../lib/build/search-index-cache.ts';

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
 * site whose search works on any static host. Only pages marked `data-pagefind-body` (episodes) are indexed,
 * each in its own language (Pagefind reads `<html lang>`: a Spanish show's episodes get an index of their
 * own, stemmed as Spanish); the search page merges the languages (src/scripts/search-url.ts).
 * When no episode page changed since the last build, the index kept in the build cache is reused.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'episode-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const cache = searchIndexCache(outDir, 'episodes', cacheFolder('search-index'), pagefindVersion());
        if (cache.restore(`${outDir}/pagefind`)) {
          logger.info(`Search index unchanged: no episode page changed since the last build (taken from the build cache in ${Date.now() - started} ms)`);
          return;
        }
        // A fresh folder: the one there may hold links to the cached index, which must not be written through.
        rmSync(`${outDir}/pagefind`, { recursive: true, force: true });
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only episode pages carry data-pagefind-body; reading the other pages would only cost time.
        const added = await index.addDirectory({ path: outDir, glob: 'episodes/**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        cache.save(`${outDir}/pagefind`);
        logger.info(`Search index written in ${Date.now() - started} ms (${added.page_count} pages scanned under episodes/; only episode pages are indexed)`);
      },
    },
  };
}
