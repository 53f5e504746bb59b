import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheJson, writeCacheFile } from './cache-file.ts';
import { gunzipSync } from 'node:zlib';
import type { PageFragment } from '../search/page-hit.ts';
import { pageWordsOf, wordIndexOf, type PageWords } from '../search/word-index.ts';

/** Where a bundle's word lists are, per language: `<bundle>/words/<language>/`. */
export const WORDS_FOLDER = 'words';
/** Part of a cached bundle's key: a change of the word lists' format builds them anew. */
export const WORDS_FORMAT = 1;

// Pagefind writes each fragment gzipped, after a marker.
const FRAGMENT_MARK = 'pagefind_dcd';

/**
 * The words of each page as the last index of the bundle had them, by its fragment's bytes, in
 * `file`; `version` says what they were read with (Pagefind's version, the word lists' code).
 * A rebuild after one edited note re-reads one fragment instead of ~1,000 (~0.3 s, docs/benchmarks.md).
 */
export interface PageWordsCache { file: string; version: string }

interface PageWordsFile { version: string; pages: Record<string, PageWords> }

/**
 * Writes the word lists of a bundle Pagefind has just written (src/lib/search/word-index.ts), from its
 * fragments: what the search page shows of a page is what the lists say it shows. Fragments are named
 * `<language>_<hash>`, the language Pagefind indexed the page in. With `cache`, a fragment read by the
 * last build is not read again.
 */
export function writeSearchWords(bundleFolder: string, cache?: PageWordsCache): void {
  const fragmentsFolder = join(bundleFolder, 'fragment');
  const kept = cache ? readPageWords(cache) : {};
  const read: Record<string, PageWords> = {};
  const byLanguage = new Map<string, { id: string; words: PageWords }[]>();
  for (const file of readdirSync(fragmentsFolder).filter((name) => name.endsWith('.pf_fragment')).sort()) {
    const id = file.slice(0, -'.pf_fragment'.length);
    const language = id.slice(0, id.lastIndexOf('_'));
    const bytes = readFileSync(join(fragmentsFolder, file));
    const key = `${id} ${createHash('sha256').update(bytes).digest('base64url')}`;
    const words = (read[key] = kept[key] ?? pageWordsOf(fragmentOf(bytes, join(fragmentsFolder, file)), language));
    const pages = byLanguage.get(language);
    if (pages) pages.push({ id, words });
    else byLanguage.set(language, [{ id, words }]);
  }
  for (const [language, pageWords] of byLanguage) {
    const folder = join(bundleFolder, WORDS_FOLDER, language);
    mkdirSync(folder, { recursive: true });
    const { pages, chunks } = wordIndexOf(pageWords);
    writeFileSync(join(folder, 'pages.json'), JSON.stringify(pages));
    for (const [key, chunk] of chunks) writeFileSync(join(folder, `${key}.json`), JSON.stringify(chunk));
  }
  if (cache) writeCacheFile(cache.file, JSON.stringify({ version: cache.version, pages: read } satisfies PageWordsFile));
}

function fragmentOf(bytes: Buffer, path: string): PageFragment {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_MARK)) throw new Error(`Unexpected Pagefind fragment ${path}: the search's word lists cannot be written (was Pagefind upgraded?)`);
  return JSON.parse(text.slice(FRAGMENT_MARK.length)) as PageFragment;
}

/** The words kept by the last build, if it wrote them with this version; else none (every fragment is read). */
function readPageWords(cache: PageWordsCache): Record<string, PageWords> {
  const kept = readCacheJson(cache.file) as Partial<PageWordsFile> | undefined;
  return kept?.version === cache.version && kept.pages && typeof kept.pages === 'object' ? kept.pages : {};
}
