import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PageFragment } from '../search/page-hit.ts';
import { buildWordIndex } from '../search/word-index.ts';

/** Where a bundle's word lists are, per language: `<bundle>/words/<language>/`. */
export const WORDS_FOLDER = 'words';
/** Part of a cached bundle's key: a change of the word lists' format builds them anew. */
export const WORDS_FORMAT = 1;

// Pagefind writes each fragment gzipped, after a marker.
const FRAGMENT_MARK = 'pagefind_dcd';

/**
 * Writes the word lists of a bundle Pagefind has just written (src/lib/search/word-index.ts), from its
 * fragments: what the search page shows of a page is what the lists say it shows. Fragments are named
 * `<language>_<hash>`, the language Pagefind indexed the page in.
 */
export function writeSearchWords(bundleFolder: string): void {
  const fragmentsFolder = join(bundleFolder, 'fragment');
  const byLanguage = new Map<string, { id: string; fragment: PageFragment }[]>();
  for (const file of readdirSync(fragmentsFolder).filter((name) => name.endsWith('.pf_fragment')).sort()) {
    const id = file.slice(0, -'.pf_fragment'.length);
    const language = id.slice(0, id.lastIndexOf('_'));
    const text = gunzipSync(readFileSync(join(fragmentsFolder, file))).toString('utf8');
    if (!text.startsWith(FRAGMENT_MARK)) throw new Error(`Unexpected Pagefind fragment ${join(fragmentsFolder, file)}: the search's word lists cannot be written (was Pagefind upgraded?)`);
    const fragment = JSON.parse(text.slice(FRAGMENT_MARK.length)) as PageFragment;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), { id, fragment }]);
  }
  for (const [language, fragments] of byLanguage) {
    const folder = join(bundleFolder, WORDS_FOLDER, language);
    mkdirSync(folder, { recursive: true });
    const { pages, chunks } = buildWordIndex(fragments, language);
    writeFileSync(join(folder, 'pages.json'), JSON.stringify(pages));
    for (const [key, chunk] of chunks) writeFileSync(join(folder, `${key}.json`), JSON.stringify(chunk));
  }
}
