// What the component UI searches: an object with Pagefind's `search` and `filters` over every index
// (src/scripts/search-bundles.ts). With words typed, every candidate page Pagefind finds is checked
// against the bundle's word lists (src/lib/search/word-index.ts): a page that shows none of the typed
// words (another language's stem, a lone letter, a prefix) is dropped, an episode and its transcript
// become one result, and the filter counts are those of the results shown. Only the results drawn are
// read (src/lib/search/page-hit.ts: excerpt, sections). A bundle without word lists (built before them)
// is checked by reading every candidate. With nothing typed (the listing), Pagefind's own results and
// counts are used, the names folded into one list.
import type { PagefindApi, PagefindResponse, SearchConfig, SearchSource } from './search-bundles.ts';
import { rankEpisodes, readEpisodeResult, type FoundPage, type PageMatch, type RankedEpisode } from '../lib/search/episode-results.ts';
import { FilterSpellings, type FilterCounts } from '../lib/search/filter-facets.ts';
import { mergeSortedLists } from '../lib/search/merged-listing.ts';
import { pageHit, type PageFragment, type PageHit } from '../lib/search/page-hit.ts';
import { isTranscriptPage, KIND_FILTER, NOT_A_TRANSCRIPT } from '../lib/search/page-kind.ts';
import { typedWords } from '../lib/search/typed-words.ts';
import { filtersOf } from '../lib/search/word-index.ts';
import { bundleWords, type BundleWords } from './search-words.ts';

type SearchOptions = { filters?: Record<string, string[]>; sort?: Record<string, string> };

export function searchEngine(config: SearchConfig, sources: () => Promise<SearchSource[]>): PagefindApi {
  let spellings: Promise<FilterSpellings> | undefined;
  const readSpellings = () => (spellings ??= sources()
    .then((episodes) => Promise.all(episodes.map((source) => source.api.filters())))
    .then((counts) => new FilterSpellings(counts, [KIND_FILTER])));

  const engine: PagefindApi = {
    // Counted over episodes: an index's own counts would count each transcript page too.
    filters: async () => (await engine.search(null, {}))?.filters ?? {},
    async search(term, options = {}) {
      const { filters: chosen = {}, sort } = options as SearchOptions;
      const names = await readSpellings();
      const filter = names.pagefindFilter(chosen);
      const words = typedWords(term ?? '');
      if (!words.length) return listing(await sources(), names, filter, sort, config);
      const all = await sources();
      const results = await checkedResults(all, term!, words, filter, config);
      const counts = names.count(results);
      const labels = { transcript: config.transcriptLabel };
      return {
        results: results.map((result) => ({ id: result.url, score: result.score, words: [], data: async () => withShow(await readEpisodeResult(result, labels), config) })),
        unfilteredResultCount: results.length,
        filters: counts,
        totalFilters: counts,
      };
    },
  };
  return engine;
}

/** Every episode (filtered), as Pagefind lists them, with the show named and the names folded. */
async function listing(episodes: SearchSource[], names: FilterSpellings, filter: Record<string, unknown>, sort: Record<string, string> | undefined, config: SearchConfig): Promise<PagefindResponse> {
  const episodesOnly = Object.keys(filter).length ? { all: [filter, NOT_A_TRANSCRIPT] } : NOT_A_TRANSCRIPT;
  const answers = (await Promise.all(episodes.map((source) => source.api.search(null, { filters: episodesOnly, sort })))).filter((answer): answer is PagefindResponse => answer !== null);
  const counts: FilterCounts = names.fold(answers.map((answer) => answer.filters));
  const results = mergedResults(answers.map((answer) => answer.results), sort, config);
  return {
    results,
    unfilteredResultCount: results.length,
    filters: counts,
    // The pane shows a chosen name's count from here: the results listed that have it, as for the others.
    totalFilters: counts,
  };
}

/** Every candidate page checked against the typed words; one entry per episode, best first. */
async function checkedResults(all: SearchSource[], term: string, words: string[], filter: Record<string, unknown>, config: SearchConfig): Promise<RankedEpisode<PageMatch>[]> {
  const matches = await Promise.all(all.map(async (source) => {
    const [answer, lists] = await Promise.all([source.api.search(term, { filters: filter }), wordListsOf(source, words, config)]);
    return Promise.all((answer?.results ?? []).map((result) => pageMatch(result, source, words, lists)));
  }));
  return rankEpisodes(matches.flat().filter((match): match is PageMatch => match !== undefined));
}

type PagefindResult = PagefindResponse['results'][number];

/** The word lists of the bundles a source searches: its language's episodes, and transcripts merged into it. */
async function wordListsOf(source: SearchSource, words: readonly string[], config: SearchConfig): Promise<BundleWords[]> {
  const bundles = [
    ...(config.episodeLanguages.includes(source.language) ? [config.bundle] : []),
    ...(config.transcriptsBundle && config.transcriptLanguages.includes(source.language) ? [config.transcriptsBundle] : []),
  ];
  const lists = await Promise.all(bundles.map((bundle) => bundleWords(bundle, source.language, words)));
  return lists.filter((list): list is BundleWords => list !== undefined);
}

/**
 * A candidate kept when the word lists say it shows a typed word, read only when drawn. A page the
 * lists do not know (a bundle built without them) is read now and checked (src/lib/search/page-hit.ts).
 */
async function pageMatch(result: PagefindResult, source: SearchSource, words: readonly string[], lists: readonly BundleWords[]): Promise<PageMatch | undefined> {
  let read: Promise<FoundPage> | undefined;
  const readPage = (score: number) => (read ??= (result.data() as Promise<PageFragment>).then((fragment) => {
    const hit = pageHit(fragment, words, source.language) ?? unmatched(fragment);
    return { hit, fragment, score, transcript: isTranscriptPage(fragment.filters) };
  }));
  for (const list of lists) {
    const place = list.placeOf.get(result.id);
    if (place === undefined) continue;
    if (!list.shown.has(place)) return undefined;
    const filters = filtersOf(list.pages, place);
    return { url: list.pages.urls[place]!, filters, score: result.score, transcript: isTranscriptPage(filters), inHeadline: list.headline.has(place), read: () => readPage(result.score) };
  }
  const fragment = await (result.data() as Promise<PageFragment>);
  const hit = pageHit(fragment, words, source.language);
  if (!hit) return undefined;
  const page: FoundPage = { hit, fragment, score: result.score, transcript: isTranscriptPage(fragment.filters) };
  return { url: hit.url, filters: fragment.filters, score: page.score, transcript: page.transcript, inHeadline: hit.inHeadline, read: async () => page };
}

/** A page the word lists keep but whose text shows no typed word (it cannot, both read the same words): shown plainly. */
function unmatched(fragment: PageFragment): PageHit {
  return { url: fragment.url, found: new Set(), matchedWords: [], inHeadline: false, excerpt: fragment.content.split(/\s+/).slice(0, 30).join(' '), sections: [] };
}


/**
 * The indexes' listings as one. Sorted by date, each index's list is in order already and they are merged
 * by the date each page records (`published` in its Pagefind meta), fragments loaded only as far as the
 * places asked for (src/lib/search/merged-listing.ts); otherwise, by score.
 */
function mergedResults(lists: PagefindResult[][], sort: Record<string, string> | undefined, config: SearchConfig): PagefindResult[] {
  const fragments = new Map<PagefindResult, Promise<PageFragment>>();
  const fragmentOf = (result: PagefindResult) => {
    let fragment = fragments.get(result);
    if (!fragment) fragments.set(result, (fragment = result.data() as Promise<PageFragment>));
    return fragment;
  };
  const direction = sort?.date;
  if (lists.length < 2 || (direction !== 'asc' && direction !== 'desc')) {
    return lists.flat().sort((a, b) => b.score - a.score).map((result) => ({ ...result, data: async () => withShow(await fragmentOf(result), config) }));
  }
  const merged = mergeSortedLists(lists, async (result) => (await fragmentOf(result)).meta.published, direction);
  return Array.from({ length: merged.total }, (_, position) => ({
    id: `listing-${position}`,
    score: merged.total - position,
    words: [],
    data: async () => withShow(await fragmentOf(await merged.at(position)), config),
  }));
}

/** A result with its show named: from the page, its show filter, or the site's one show. */
function withShow<Shown extends { meta: Record<string, string | undefined>; filters: Record<string, string[]> }>(page: Shown, config: SearchConfig): Shown {
  const show = page.meta.show ?? page.filters.show?.[0] ?? config.showName;
  return { ...page, meta: { ...page.meta, ...(show ? { show } : {}) } };
}
