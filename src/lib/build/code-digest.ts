import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a build's output is written by, besides the notes: the project's code, its config and its packages. */
const CODE_FILES = ['astro.config.mjs', 'package-lock.json'];
const CODE_FOLDER = 'src';
/** src/content holds the notes, guests and transcripts: content, not code. */
const CONTENT_FOLDER = join('src', 'content');

const digests = new Map<string, string>();

/**
 * A digest of the code a build runs, read from the project's files: everything under src/ but the
 * content, astro.config.mjs and package-lock.json (the packages, as Astro keys its own reuse of pages).
 * What the build keeps by it (the feed items, the search's word lists) is thrown away by any change of
 * code, whether or not it mattered. Read once per process (~20 ms for the project's ~300 files): the
 * code of a build does not change while it runs.
 */
export function codeDigest(root: string): string {
  let digest = digests.get(root);
  if (digest === undefined) digests.set(root, (digest = readCodeDigest(root)));
  return digest;
}

function readCodeDigest(root: string): string {
  const hash = createHash('sha256');
  const folder = join(root, CODE_FOLDER);
  const files = [
    ...CODE_FILES,
    ...(existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }) : [])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((file) => !file.startsWith(CONTENT_FOLDER + sep))
      .sort(),
  ];
  for (const file of files) {
    const path = join(root, file);
    hash.update(`\0${file.split(sep).join('/')}\0`).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex');
}
