// What the component UI searches: an object with Pagefind's `search` and `filters` over every index
// (src/scripts/search-bundles.ts). With words typed, every candidate page Pagefind finds is read and
// checked (src/lib/search/page-hit.ts): a page that shows none of the typed words (another language's
// stem, a lone letter, a prefix) is dropped, an episode and its transcript become one result, and the
// filter counts are those of the results shown. With nothing typed (the listing), Pagefind's own
// results and counts are used, the names folded into one list.
import type { PagefindApi, PagefindResponse, SearchConfig, SearchSource } from './search-bundles.ts';
import { episodeResults, type EpisodeResult, type FoundPage } from '../lib/search/episode-results.ts';
import { FilterSpellings, type FilterCounts } from '../lib/search/filter-facets.ts';
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
  const results = answers.flatMap((answer) => answer.results).sort((a, b) => b.score - a.score);
  const counts: FilterCounts = names.fold(answers.map((answer) => answer.filters));
  return {
    results: results.map((result) => ({ ...result, data: async () => withShow(await result.data() as PageFragment, config) })),
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

function withShow(fragment: PageFragment, config: SearchConfig): PageFragment {
  const show = fragment.meta.show ?? fragment.filters.show?.[0] ?? config.showName;
  return { ...fragment, meta: { ...fragment.meta, ...(show ? { show } : {}) } };
}
