import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { codeDigest } from '../lib/build/code-digest.ts';
import { keptFeedItemsFile, shareKeptFeedItems, type KeptFeedItemsFile } from '../lib/feeds/kept-feed-items.ts';

/**
 * Keeps the items of a build's feeds in the build cache for the next build (src/lib/feeds/kept-feed-items.ts):
 * the feed routes take the items whose episode and language are unchanged, and write the rest; none
 * after any change of the project's code (src/lib/build/code-digest.ts).
 * Saved only when the build wrote all its pages.
 */
export function feedItems(): AstroIntegration {
  let items: KeptFeedItemsFile | undefined;
  let root = process.cwd();
  return {
    name: 'episode-archive:feed-items',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        items = keptFeedItemsFile(join(cacheFolder('feed-items'), 'items.json'), codeDigest(root));
        shareKeptFeedItems(items);
      },
      'astro:build:generated': ({ logger }) => {
        shareKeptFeedItems(undefined);
        if (!items) return;
        const saved = items.save();
        if (saved) logger.info(`Feed items: ${saved.written} written, ${saved.taken} taken from the last build (unchanged episodes)`);
        items = undefined;
      },
    },
  };
}
