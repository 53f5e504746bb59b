/** A search as it is kept in the URL: the text and the chosen filter values. */
export interface SearchState {
  term: string;
  filters: Record<string, string[]>;
}

/** Filter names the search page offers; any other query parameter is ignored. */
export const SEARCH_FILTERS = ['guest', 'topic', 'year', 'show'] as const;

/** Reads `?q=loki&topic=tempo&guest=Ryan+Perry` into a search. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).map((value) => value.trim()).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search back as a query string (empty when there is nothing to keep). */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Matches filter values from a URL to the index's own spelling, ignoring case and dashes
 * (`topic=open-telemetry` finds "OpenTelemetry"); values the index does not know are dropped.
 */
export function resolveFilterValues(wanted: Record<string, string[]>, available: Record<string, Record<string, number>>): Record<string, string[]> {
  // Accents and case folded: one person whatever the spelling in the shared address.
  const key = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_-]+/g, '');
  const resolved: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(wanted)) {
    const known = Object.keys(available[name] ?? {});
    const matches = values.map((value) => known.find((candidate) => key(candidate) === key(value))).filter((v): v is string => Boolean(v));
    if (matches.length) resolved[name] = matches;
  }
  return resolved;
}

/**
 * How a new search goes into the browser's history, so that Back returns to the previous search and
 * not to every word typed: a change of filters is a search of its own (a new entry); words typed
 * while the current entry is still open (the visitor has not paused) update that entry in place.
 */
export function historyAction(current: SearchState, next: SearchState, typing: boolean): 'push' | 'replace' | 'none' {
  if (writeSearchState(current) === writeSearchState(next)) return 'none';
  const sameFilters = writeSearchState({ term: '', filters: current.filters }) === writeSearchState({ term: '', filters: next.filters });
  return sameFilters && typing ? 'replace' : 'push';
}
