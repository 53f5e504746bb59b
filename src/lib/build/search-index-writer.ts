import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { cacheFolder } from './cache-folder.ts';
import { EPISODES_BUNDLE, searchBundles } from './search-bundles.ts';
import { htmlFilesUnder, searchIndexCache } from './search-index-cache.ts';
import { WORDS_FORMAT, writeSearchWords } from './search-words-writer.ts';

/** What became of one bundle: taken from the build cache, or written by Pagefind (with how many pages it read). */
export interface BundleOutcome {
  label: string;
  folder: string;
  kind: 'episode' | 'transcript';
  written: boolean;
  ms: number;
  pagesRead?: number;
}

/** Part of what a cached index was built with: after an upgrade of Pagefind the index is built anew. */
function pagefindVersion(): string {
  try {
    return (JSON.parse(readFileSync(resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Writes the site's search bundles (src/lib/build/search-bundles.ts) into `outDir`, each taken from the
 * build cache when none of its pages changed since the last build. Only pages marked `data-pagefind-body`
 * are indexed, each in its own language (Pagefind reads `<html lang>`).
 */
export async function writeSearchBundles(outDir: string): Promise<BundleOutcome[]> {
  // The word lists are written from Pagefind's output, so they are part of what the cache keeps.
  const version = `${pagefindVersion()}, words ${WORDS_FORMAT}`;
  const outcomes: BundleOutcome[] = [];
  let started = false;
  try {
    for (const bundle of searchBundles(htmlFilesUnder(outDir, 'episodes'))) {
      const began = Date.now();
      const target = join(outDir, bundle.folder);
      const kind = bundle.folder === EPISODES_BUNDLE ? 'episode' : 'transcript';
      const cache = searchIndexCache(outDir, bundle.pages, cacheFolder(bundle.cacheName), version);
      if (cache.restore(target)) {
        outcomes.push({ label: bundle.label, folder: bundle.folder, kind, written: false, ms: Date.now() - began });
        continue;
      }
      // A fresh folder: the one there may hold links to the cached index, which must not be written through.
      rmSync(target, { recursive: true, force: true });
      // No transcript at all: no bundle (the search page then merges none). The episodes' bundle is always written.
      if (!bundle.pages.length && kind !== 'episode') continue;
      started = true;
      const { index, errors } = await pagefind.createIndex({ excludeSelectors: bundle.excludeSelectors });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: outDir, glob: bundle.glob });
      if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: target });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      writeSearchWords(target);
      cache.save(target);
      outcomes.push({ label: bundle.label, folder: bundle.folder, kind, written: true, ms: Date.now() - began, pagesRead: added.page_count });
    }
  } finally {
    if (started) await pagefind.close();
  }
  return outcomes;
}
