// Which pages of a search bundle show which words, written beside Pagefind's index at build time
// (src/lib/build/search-words-writer.ts) and read by the search page (src/scripts/search-words.ts).
// Pagefind answers with candidates (word stems of Snowball's, prefixes, lone letters); checking each
// candidate's fragment meant one request per page, a thousand for a common word. With this index, a
// candidate is kept or dropped, and ranked, from one small file per typed word: only the results shown
// are read. Words are filed under their inflection stem in the page's language, the rule the page
// check applies (src/lib/search/typed-words.ts), so both always agree.
import { headlineTexts, shownWords, type PageFragment } from './page-hit.ts';
import { foldWord, inflectionStem, wordsOf } from './typed-words.ts';

/** The pages of one language of a bundle, by their place in the word lists. */
export interface WordIndexPages {
  /** Pagefind's page id (its fragment's name). */
  ids: string[];
  urls: string[];
  /** Every filter value once, as [filter, value]. */
  values: [string, string][];
  /** Each page's filter values: places in `values`. */
  filters: number[][];
}

/** One chunk of the word lists: a stem and the pages that show it ("all|in the headline"). */
export type WordChunk = Record<string, string>;

export interface WordIndex {
  pages: WordIndexPages;
  chunks: Map<string, WordChunk>;
}

/** The file a stem is written in: its first two letters, or a code for letters outside a–z and digits. */
export function chunkKeyOf(stem: string): string {
  const start = [...stem].slice(0, 2).join('');
  return /^[a-z0-9]+$/.test(start) ? start : `u${stem.codePointAt(0)!.toString(16)}`;
}

/** What one page gives the word lists: its address, its filters, and the stems it shows, all of them and those of its headline. */
export interface PageWords {
  url: string;
  filters: Record<string, string[]>;
  shown: string[];
  headline: string[];
}

// A transcript writes the same few thousand words over and over: each is folded and stemmed once.
const stemsByLanguage = new Map<string, Map<string, string>>();

/** A page's words, from its fragment: each stem once, filed under its inflection stem in the page's language. */
export function pageWordsOf(fragment: PageFragment, language: string): PageWords {
  let stems = stemsByLanguage.get(language);
  if (!stems) stemsByLanguage.set(language, (stems = new Map()));
  const shown = new Set<string>();
  for (const written of shownWords(fragment.content)) {
    let stem = stems.get(written);
    if (stem === undefined) stems.set(written, (stem = inflectionStem(foldWord(written), language)));
    shown.add(stem);
  }
  const headline = new Set(headlineTexts(fragment).flatMap(wordsOf).map((word) => inflectionStem(word, language)));
  return { url: fragment.url, filters: fragment.filters, shown: [...shown], headline: [...headline] };
}

/** The word lists of one language's pages, from their fragments. */
export function buildWordIndex(fragments: readonly { id: string; fragment: PageFragment }[], language: string): WordIndex {
  return wordIndexOf(fragments.map(({ id, fragment }) => ({ id, words: pageWordsOf(fragment, language) })));
}

/** The word lists of one language's pages, from each page's words (pageWordsOf). */
export function wordIndexOf(pageWords: readonly { id: string; words: PageWords }[]): WordIndex {
  const values: [string, string][] = [];
  const valuePlaces = new Map<string, number>();
  const placeOf = (name: string, value: string) => {
    const key = `${name}\u0000${value}`;
    let place = valuePlaces.get(key);
    if (place === undefined) valuePlaces.set(key, (place = values.push([name, value]) - 1));
    return place;
  };
  const shown = new Map<string, number[]>();
  const headline = new Map<string, number[]>();
  const file = (lists: Map<string, number[]>, stem: string, page: number) => {
    const list = lists.get(stem);
    if (list) list.push(page);
    else lists.set(stem, [page]);
  };
  const pages: WordIndexPages = { ids: [], urls: [], values, filters: [] };
  pageWords.forEach(({ id, words }, page) => {
    pages.ids.push(id);
    pages.urls.push(words.url);
    pages.filters.push(Object.entries(words.filters).flatMap(([name, list]) => list.map((value) => placeOf(name, value))));
    for (const stem of words.shown) file(shown, stem, page);
    for (const stem of words.headline) file(headline, stem, page);
  });
  const chunks = new Map<string, WordChunk>();
  for (const [stem, list] of [...shown].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = chunkKeyOf(stem);
    const chunk = chunks.get(key) ?? {};
    // Only a page that shows the word can rank by it.
    const showing = new Set(list);
    const inHeadline = (headline.get(stem) ?? []).filter((page) => showing.has(page));
    chunk[stem] = `${encodePlaces(list)}|${encodePlaces(inHeadline)}`;
    chunks.set(key, chunk);
  }
  return { pages, chunks };
}

/** What the word lists say of the typed words: the pages that show one, and those with one in the headline. */
export function pagesShowing(chunks: ReadonlyMap<string, WordChunk>, typed: readonly string[], language: string): { shown: Set<number>; headline: Set<number> } {
  const shown = new Set<number>();
  const headline = new Set<number>();
  for (const word of typed) {
    const stem = inflectionStem(word, language);
    const [all = '', inHeadline = ''] = chunks.get(chunkKeyOf(stem))?.[stem]?.split('|') ?? [];
    for (const page of decodePlaces(all)) shown.add(page);
    for (const page of decodePlaces(inHeadline)) headline.add(page);
  }
  return { shown, headline };
}

/** A page's filters as Pagefind gives them ({ show: ["Loki Community Call"], … }). */
export function filtersOf(pages: WordIndexPages, page: number): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const place of pages.filters[page] ?? []) {
    const [name, value] = pages.values[place]!;
    (filters[name] ??= []).push(value);
  }
  return filters;
}

/** Ascending places as the gaps between them, in base 36: "0.1.1.3". */
export function encodePlaces(places: readonly number[]): string {
  let previous = -1;
  return places.map((place) => {
    const gap = place - previous;
    previous = place;
    return gap.toString(36);
  }).join('.');
}

export function decodePlaces(text: string): number[] {
  if (!text) return [];
  let place = -1;
  return text.split('.').map((gap) => (place += parseInt(gap, 36)));
}
