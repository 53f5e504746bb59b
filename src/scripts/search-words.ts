// The word lists of a search bundle (src/lib/search/word-index.ts), read as the search page needs them:
// a language's page list once, and one chunk per typed word's first letters.
import { chunkKeyOf, pagesShowing, type WordChunk, type WordIndexPages } from '../lib/search/word-index.ts';
import { inflectionStem } from '../lib/search/typed-words.ts';

/** What one bundle's lists say of the typed words, in one language. */
export interface BundleWords {
  pages: WordIndexPages;
  placeOf: Map<string, number>;
  shown: Set<number>;
  headline: Set<number>;
}

const loaded = new Map<string, Promise<unknown>>();

function readJson<T>(url: string): Promise<T | undefined> {
  let read = loaded.get(url) as Promise<T | undefined> | undefined;
  if (!read) {
    read = fetch(url).then((response) => (response.ok ? response.json() as Promise<T> : undefined)).catch(() => undefined);
    loaded.set(url, read);
  }
  return read;
}

/** The bundle's lists for the typed words, or undefined when the bundle has none (an index built before them). */
export async function bundleWords(bundle: string, language: string, typed: readonly string[]): Promise<BundleWords | undefined> {
  const folder = new URL(`words/${encodeURIComponent(language.toLowerCase())}/`, new URL(bundle, location.href));
  const keys = [...new Set(typed.map((word) => chunkKeyOf(inflectionStem(word, language))))];
  const [pages, ...chunks] = await Promise.all([
    readJson<WordIndexPages>(new URL('pages.json', folder).href),
    ...keys.map((key) => readJson<WordChunk>(new URL(`${key}.json`, folder).href)),
  ]);
  if (!pages) return undefined;
  // A missing chunk is a stem no page of the bundle shows.
  const found = pagesShowing(new Map(keys.map((key, index) => [key, chunks[index] ?? {}])), typed, language);
  return { pages, placeOf: placesById(pages), ...found };
}

const places = new WeakMap<WordIndexPages, Map<string, number>>();

function placesById(pages: WordIndexPages): Map<string, number> {
  let byId = places.get(pages);
  if (!byId) places.set(pages, (byId = new Map(pages.ids.map((id, place) => [id, place]))));
  return byId;
}
