import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Pagefind has no incremental mode: it reads every page of a bundle on every build (~1 s for 1,000
 * episode pages). Its output depends only on the pages it reads, so when none of them changed since the
 * last build, the index kept in the build cache is the same index and is linked back instead.
 */
export interface SearchIndexCache {
  /** What the index is built from: the indexed pages' paths and bytes, and the indexer's version. */
  digest: string;
  /** Copies the cached index to `target` if it was built from the same pages; says whether it did. */
  restore(target: string): boolean;
  /** Keeps the index just written at `source` for the next build. */
  save(source: string): void;
}

/** Every HTML file under `folder` of the site, as paths relative to the site ("episodes/26/index.html"). */
export function htmlFilesUnder(siteDir: string, folder: string): string[] {
  const root = join(siteDir, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `pages`: the bundle's pages, relative to `siteDir` ("episodes/26/index.html"). */
export function searchIndexCache(siteDir: string, pages: readonly string[], cacheDir: string, indexerVersion: string): SearchIndexCache {
  const hash = createHash('sha256').update(indexerVersion);
  for (const page of pages) hash.update(`\0${page}\0`).update(readFileSync(join(siteDir, page)));
  const digest = hash.digest('hex');
  const kept = join(cacheDir, 'index');
  const digestFile = join(cacheDir, 'digest');
  return {
    digest,
    restore(target) {
      if (!existsSync(kept) || !existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest) return false;
      rmSync(target, { recursive: true, force: true });
      linkTree(kept, target);
      return true;
    },
    save(source) {
      rmSync(digestFile, { force: true });
      rmSync(kept, { recursive: true, force: true });
      linkTree(source, kept);
      // The digest last: an interrupted save leaves no digest, so a half-copied index is never reused.
      writeFileSync(digestFile, digest);
    },
  };
}

/**
 * The files of one folder in another, as hard links when both are on one disk (instant, no copy;
 * a thousand small index files took most of a second to copy), else as copies. Nothing writes into
 * these files afterwards: a new index is written to an emptied folder.
 */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}
