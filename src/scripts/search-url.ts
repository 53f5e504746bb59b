// Keeps the Pagefind search in the address bar (`/search/?q=loki&topic=tempo`), so a search can be
// shared, and in the history, so Back returns to the previous search.
import { readSearchConfig, searchSources, type PagefindApi } from './search-bundles.ts';
import { searchEngine } from './search-engine.ts';
import { foldLongFilterLists } from './filter-lists.ts';
import { historyAction, readSearchState, resolveFilterValues, writeSearchState, type SearchState } from '../lib/archive/search-params.ts';

/** A pause in typing that ends a search: the next change starts a new history entry. */
const COMMIT_AFTER_MS = 1000;

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  /** The sort of the next search (Pagefind's component UI reads it when it searches). */
  searchSort?: Record<string, 'asc' | 'desc'>;
  /** The options the component UI gives Pagefind (base URL, excerpt length…), read from <pagefind-config>. */
  pagefindOptions?: Record<string, unknown>;
}

/** What the page knows of the search on screen, and of the visitor's typing, between Pagefind's events. */
interface UrlSync {
  /** False until the URL's search is applied: searches Pagefind starts itself before then (the faceted first load) are not the visitor's. */
  ready: boolean;
  /** True while the page applies a search itself: Pagefind's event for it is no new search. */
  applying: boolean;
  /** True while the visitor types: their search keeps one history entry until they pause. */
  typing: boolean;
  pause?: ReturnType<typeof setTimeout>;
  /** A search the visitor made while Pagefind was still loading: it stands, not the URL's. */
  early?: SearchState;
  /** The query string of the search on screen. */
  applied: string;
}

export async function connectSearchToUrl(): Promise<void> {
  openFiltersOnWideScreens();
  await customElements.whenDefined('pagefind-results');
  const components = (window as unknown as { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } } }).PagefindComponents;
  const instance = components?.getInstanceManager().getInstance('default');
  if (!instance) return;
  searchEveryBundle(instance);
  foldLongFilterLists(instance as unknown as Parameters<typeof foldLongFilterLists>[0], document.querySelector('pagefind-filter-pane'));
  const sync: UrlSync = { ready: false, applying: false, typing: false, applied: location.search };
  instance.on('search', (term) => {
    // Words are ranked by relevance; with none, every episode is listed newest first.
    if ('searchSort' in instance) instance.searchSort = term.trim() ? {} : { date: 'desc' };
  });
  instance.on('search', (term, filters) => recordSearch(sync, { term, filters: normalise(filters) }));
  window.addEventListener('popstate', () => {
    sync.typing = false;
    // Following an in-page link (such as "Skip to results") also fires popstate: only a different search is applied.
    if (location.search === sync.applied) return;
    void applySearch(instance, sync, readSearchState(location.search));
  });
  await applyUrlOnceLoaded(instance, sync);
}

/** Shows a search (the URL's, or one from the history) in Pagefind's box and results. */
async function applySearch(instance: PagefindInstance, sync: UrlSync, state: SearchState): Promise<void> {
  sync.applied = location.search;
  // Filter values in a shared URL are matched to the index's spelling, which needs the index loaded.
  const filters = Object.keys(state.filters).length ? resolveFilterValues(state.filters, await availableFilters(instance)) : {};
  sync.applying = true;
  instance.triggerSearchWithFilters(state.term, filters);
  const input = document.querySelector<HTMLInputElement>('pagefind-input input');
  if (input && input.value !== state.term) input.value = state.term;
  sync.applying = false;
}

/** Writes the visitor's search into the address bar: a new history entry, or the current one while they type. */
function recordSearch(sync: UrlSync, next: SearchState): void {
  if (sync.applying) return;
  if (!sync.ready) {
    if (next.term.trim() || Object.keys(next.filters).length) sync.early = next;
    return;
  }
  const current = readSearchState(location.search);
  const action = historyAction(current, next, sync.typing);
  if (action === 'none') return;
  const url = `${location.pathname}${writeSearchState(next)}`;
  if (action === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  sync.applied = location.search;
  // Typing keeps its entry open until the visitor pauses; a filter change closes it at once.
  clearTimeout(sync.pause);
  sync.typing = filtersEqual(current.filters, next.filters);
  if (sync.typing) sync.pause = setTimeout(() => (sync.typing = false), COMMIT_AFTER_MS);
}

/**
 * Pagefind is loaded first: in faceted mode it starts an empty search of its own when it has loaded,
 * which must come before the URL's search (even an empty one, sorted newest first), not after it.
 */
async function applyUrlOnceLoaded(instance: PagefindInstance, sync: UrlSync): Promise<void> {
  await availableFilters(instance);
  const typed = document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
  if (sync.early) {
    history.pushState(null, '', `${location.pathname}${writeSearchState(sync.early)}`);
    sync.applied = location.search;
  } else if (!typed) {
    await applySearch(instance, sync, readSearchState(location.search));
  }
  sync.ready = true;
}

/**
 * Makes the component UI search every index through src/scripts/search-engine.ts: when it has loaded
 * Pagefind (its instance: the site language's episodes), that instance becomes one of the engine's
 * sources and the engine takes its place. Called before Pagefind has loaded.
 */
export function searchEveryBundle(instance: PagefindInstance): void {
  const config = readSearchConfig(document.querySelector<HTMLElement>('pagefind-config'));
  if (!config) return;
  const loaded = instance as unknown as { __pagefind__: PagefindApi | null };
  let current: PagefindApi | null = null;
  const install = (own: PagefindApi) => {
    const sources = searchSources(config, own, instance.pagefindOptions ?? {});
    current = searchEngine(config, sources);
  };
  if (loaded.__pagefind__) install(loaded.__pagefind__);
  Object.defineProperty(loaded, '__pagefind__', {
    configurable: true,
    get: () => current,
    set(value: PagefindApi | null) {
      if (value) install(value);
      else current = null;
    },
  });
}

function filtersEqual(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  return writeSearchState({ term: '', filters: a }) === writeSearchState({ term: '', filters: b });
}

/** Beside the results (wide screens) every filter group starts open; on a phone they start closed. */
function openFiltersOnWideScreens(): void {
  const pane = document.querySelector<HTMLElement>('pagefind-filter-pane[data-open-wide]');
  if (pane && window.matchMedia('(min-width: 56rem)').matches) pane.setAttribute('open', pane.dataset.openWide ?? '');
}

/** The filters of the index with their values, once Pagefind has loaded it. */
async function availableFilters(instance: PagefindInstance): Promise<Record<string, Record<string, number>>> {
  const loaded = instance as unknown as { availableFilters?: Record<string, Record<string, number>>; __load__?: () => Promise<void> };
  if (!loaded.availableFilters) await loaded.__load__?.();
  for (let attempt = 0; attempt < 50 && !loaded.availableFilters; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return loaded.availableFilters ?? {};
}

function normalise(filters: Record<string, string[] | string> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(filters ?? {})) result[name] = Array.isArray(value) ? value : [value];
  return result;
}
