// Keeps the Pagefind search in the address bar (`/search/?q=loki&topic=tempo`), so a search can be
// shared and the back button returns to it.
import { readSearchState, resolveFilterValues, writeSearchState, type SearchState } from '../lib/archive/search-params.ts';

interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
}

export async function connectSearchToUrl(): Promise<void> {
  await customElements.whenDefined('pagefind-results');
  const components = (window as unknown as { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } } }).PagefindComponents;
  const instance = components?.getInstanceManager().getInstance('default');
  if (!instance) return;
  let applying = false;

  const apply = async (state: SearchState) => {
    // Filter values in a shared URL are matched to the index's spelling, which needs the index loaded.
    const filters = Object.keys(state.filters).length ? resolveFilterValues(state.filters, await availableFilters(instance)) : {};
    applying = true;
    instance.triggerSearchWithFilters(state.term, filters);
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input && input.value !== state.term) input.value = state.term;
    applying = false;
  };

  instance.on('search', (term, filters) => {
    if (applying) return;
    const query = writeSearchState({ term, filters: normalise(filters) });
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}`);
  });
  window.addEventListener('popstate', () => void apply(readSearchState(location.search)));
  const initial = readSearchState(location.search);
  if (initial.term || Object.keys(initial.filters).length) await apply(initial);
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
