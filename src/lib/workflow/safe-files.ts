import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either its old bytes or its new ones, never half: the bytes go to a
 * hidden file beside it, which then replaces it in one rename. An import killed mid-way leaves the
 * note as it was (and at most a `.<name>.importing` file, replaced by the next import), never a
 * 0-byte note that the next import would take for an edit. The rename replaces a symbolic link
 * rather than writing through it; the caller refuses links first (linksOnPaths).
 */
export function writeFileAtomically(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = join(dirname(path), `.${basename(path)}.importing`);
  const descriptor = openSync(aside, 'w');
  try {
    writeSync(descriptor, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  try {
    renameSync(aside, path);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}

/**
 * The symbolic links among the given paths (relative to `root`) and the folders they go through, as
 * paths relative to `root`: writing or deleting through one would change a file outside the folder.
 */
export function linksOnPaths(root: string, paths: Iterable<string>): string[] {
  const kinds = new Map<string, 'link' | 'missing' | 'other'>();
  const kindOf = (partial: string) => {
    let kind = kinds.get(partial);
    if (!kind) {
      try {
        kind = lstatSync(join(root, partial)).isSymbolicLink() ? 'link' : 'other';
      } catch {
        kind = 'missing';
      }
      kinds.set(partial, kind);
    }
    return kind;
  };
  const links = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let end = 1; end <= parts.length; end += 1) {
      const partial = parts.slice(0, end).join('/');
      const kind = kindOf(partial);
      if (kind === 'link') links.add(partial);
      // Nothing there yet, or a link: nothing below it to look at.
      if (kind !== 'other') break;
    }
  }
  return [...links].sort();
}
