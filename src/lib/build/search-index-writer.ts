import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { cacheFolder } from './cache-folder.ts';
import { EPISODES_BUNDLE, SEARCH_BUNDLE_FOLDERS, searchBundles } from './search-bundles.ts';
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
 * Writes the site's search bundles (src/lib/build/search-bundles.ts) into `outDir`, one after the other,
 * each taken from the build cache when none of its pages changed since the last build. Only pages marked
 * `data-pagefind-body` are indexed, each in its own language (Pagefind reads `<html lang>`).
 */
export async function writeSearchBundles(outDir: string, code: string): Promise<BundleOutcome[]> {
  const outcomes: BundleOutcome[] = [];
  for (const bundle of SEARCH_BUNDLE_FOLDERS) outcomes.push(...(await writeSearchBundle(outDir, bundle, code)));
  return outcomes;
}

/**
 * Writes one search bundle (by its folder) into `outDir`, or takes it from the build cache; no outcome
 * when there is nothing to index (no transcript at all). Pagefind runs as one process per thread, so
 * bundles written on two threads are indexed at once (src/integrations/pagefind.ts). `code`, the digest
 * of the project's code (src/lib/build/code-digest.ts), is part of the cached index's key.
 */
export async function writeSearchBundle(outDir: string, folder: string, code: string): Promise<BundleOutcome[]> {
  const bundle = searchBundles(htmlFilesUnder(outDir, 'episodes')).find((candidate) => candidate.folder === folder);
  if (!bundle) throw new Error(`No search bundle is written into ${folder}/`);
  // The word lists are written from Pagefind's output, so they are part of what the cache keeps, and
  // the code that writes them part of its key.
  const version = `${pagefindVersion()}, words ${WORDS_FORMAT}, code ${code}`;
  const began = Date.now();
  const target = join(outDir, bundle.folder);
  const kind = bundle.folder === EPISODES_BUNDLE ? 'episode' : 'transcript';
  const cacheDir = cacheFolder(bundle.cacheName);
  const cache = searchIndexCache(outDir, bundle.pages, cacheDir, version);
  if (cache.restore(target)) return [{ label: bundle.label, folder: bundle.folder, kind, written: false, ms: Date.now() - began }];
  // A fresh folder: the one there may hold links to the cached index, which must not be written through.
  rmSync(target, { recursive: true, force: true });
  // No transcript at all: no bundle (the search page then merges none). The episodes' bundle is always written.
  if (!bundle.pages.length && kind !== 'episode') return [];
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: bundle.excludeSelectors });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: bundle.glob });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    writeSearchWords(target, { file: join(cacheDir, 'page-words.json'), version });
    cache.save(target);
    return [{ label: bundle.label, folder: bundle.folder, kind, written: true, ms: Date.now() - began, pagesRead: added.page_count }];
  } finally {
    await pagefind.close();
  }
}
