// What the component UI searches: an object with Pagefind's `search` and `filters` over every index
// (src/scripts/search-bundles.ts). With words typed, every candidate page Pagefind finds is read and
// checked (src/lib/search/page-hit.ts): a page that shows none of the typed words (another language's
// stem, a lone letter, a prefix) is dropped, an episode and its transcript become one result, and the
// filter counts are those of the results shown. With nothing typed (the listing), Pagefind's own
// results and counts are used, the names folded into one list.
import type { PagefindApi, PagefindResponse, SearchConfig, SearchSource } from './search-bundles.ts';
import { episodeResults, type EpisodeResult, type FoundPage } from '../lib/search/episode-results.ts';
import { FilterSpellings, type FilterCounts } from '../lib/search/filter-facets.ts';
import { mergeSortedLists } from '../lib/search/merged-listing.ts';
import { pageHit, type PageFragment } from '../lib/search/page-hit.ts';
import { isTranscriptPage, KIND_FILTER, NOT_A_TRANSCRIPT } from '../lib/search/page-kind.ts';
import { typedWords } from '../lib/search/typed-words.ts';

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
      return {
        results: results.map((result) => ({ id: result.url, score: result.score, words: [], data: async () => result })),
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

/** Every candidate page read and checked against the typed words; one result per episode. */
async function checkedResults(all: SearchSource[], term: string, words: string[], filter: Record<string, unknown>, config: SearchConfig): Promise<EpisodeResult[]> {
  const answers = await Promise.all(all.map(async (source) => ({ source, answer: await source.api.search(term, { filters: filter }) })));
  const pages = await Promise.all(answers.flatMap(({ source, answer }) => (answer?.results ?? []).map(async (result): Promise<FoundPage | undefined> => {
    const fragment = await result.data() as PageFragment;
    const hit = pageHit(fragment, words, source.language);
    return hit && { hit, fragment, score: result.score, transcript: isTranscriptPage(fragment.filters) };
  })));
  return episodeResults(pages.filter((page): page is FoundPage => page !== undefined), { transcript: config.transcriptLabel })
    .map((result) => ({ ...result, meta: { ...result.meta, show: result.meta.show ?? result.filters.show?.[0] ?? config.showName ?? '' } }));
}

type PagefindResult = PagefindResponse['results'][number];

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

function withShow(fragment: PageFragment, config: SearchConfig): PageFragment {
  const show = fragment.meta.show ?? fragment.filters.show?.[0] ?? config.showName;
  return { ...fragment, meta: { ...fragment.meta, ...(show ? { show } : {}) } };
}
