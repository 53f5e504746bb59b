import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Pagefind has no incremental mode: it reads every episode page on every build (~1.5 s at 1,000
 * episodes). Its output depends only on the pages it reads, so when none of them changed since the
 * last build, the index kept in the build cache is the same index and is copied instead.
 */
export interface SearchIndexCache {
  /** What the index is built from: the indexed pages' paths and bytes, and the indexer's version. */
  digest: string;
  /** Copies the cached index to `target` if it was built from the same pages; says whether it did. */
  restore(target: string): boolean;
  /** Keeps the index just written at `source` for the next build. */
  save(source: string): void;
}

export function searchIndexCache(siteDir: string, indexedFolder: string, cacheDir: string, indexerVersion: string): SearchIndexCache {
  const hash = createHash('sha256').update(indexerVersion);
  for (const file of htmlFiles(join(siteDir, indexedFolder))) {
    hash.update(`\0${relative(siteDir, file).split(sep).join('/')}\0`).update(readFileSync(file));
  }
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

function htmlFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
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
