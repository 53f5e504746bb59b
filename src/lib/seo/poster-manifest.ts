import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readCacheJson, writeCacheFile } from '../build/cache-file.ts';
import type { PosterFacts } from './poster-facts.ts';

/**
 * The posters a build needs, as the content loader found them: written when the notes are
 * loaded, read by the posters integration, which draws them while pages render and links them
 * into the site. One file per notes folder, so builds of different archives never mix.
 */
export function posterManifestPath(cacheDir: string, notesFolder: string): string {
  return join(cacheDir, `wanted-${createHash('sha256').update(resolve(notesFolder)).digest('hex').slice(0, 16)}.json`);
}

/**
 * The posters the pages link, written by the episodes query once the archive has given episodes what
 * their notes alone do not (a transcript's title, one spelling per person): the integration draws any
 * of them missing from the notes' list when the pages are rendered, and places these.
 */
export function pagesPosterManifestPath(cacheDir: string, notesFolder: string): string {
  return posterManifestPath(cacheDir, notesFolder).replace(/\.json$/, '.pages.json');
}

export function writePosterManifest(path: string, posters: readonly PosterFacts[]): void {
  writeCacheFile(path, JSON.stringify(posters));
}

export function readPosterManifest(path: string): PosterFacts[] {
  const posters = readCacheJson(path);
  if (Array.isArray(posters)) return posters as PosterFacts[];
  throw new Error(`The list of posters to draw (${path}) is missing or damaged, though the notes were just loaded.\n` +
    'Fix: run the build again with --force; if it keeps happening, delete the build cache folder (.cache/build).');
}
