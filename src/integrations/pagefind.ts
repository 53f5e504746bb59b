import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index right after Astro writes the site, so `npm run build` gives a
 * site whose search works on any static host. Only pages marked `data-pagefind-body` (episodes) are indexed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'episode-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only episode pages carry data-pagefind-body; reading the other pages would only cost time.
        const added = await index.addDirectory({ path: outDir, glob: 'episodes/**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Search index written in ${Date.now() - started} ms (${added.page_count} pages scanned under episodes/; only episode pages are indexed)`);
      },
    },
  };
}
