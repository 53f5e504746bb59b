import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyAction, readSearchState, SEARCH_FILTERS, writeSearchState } from '../../../src/lib/archive/search-params.ts';

const state = (term: string, filters: Record<string, string[]> = {}) => ({ term, filters });

describe('a search kept in the URL', () => {
  it('writes the words and filters as a query string, and reads a filter-only URL', () => {
    expect(readSearchState('?topic=tempo')).toEqual(state('', { topic: ['tempo'] }));
    expect(writeSearchState(state('loki', { guest: ['Jane Doe'], topic: ['Loki'] }))).toBe('?q=loki&guest=Jane+Doe&topic=Loki');
    expect(writeSearchState(state('  '))).toBe('');
  });

  // The query string is written out by hand (application/x-www-form-urlencoded: spaces as "+", the rest
  // percent-encoded as UTF-8), so the round trip cannot pass by a writer and reader that agree on a
  // wrong encoding.
  it('reads back exactly what it wrote: several values of a filter, accents and URL characters', () => {
    const search = state('logs & "traces" #1', { guest: ['Zoë Martínez Ortega', 'Jane Doe'], topic: ['C++ / 100%'], year: ['2024', '2025'], show: ['loki-community-call'] });
    expect(writeSearchState(search)).toBe('?q=logs+%26+%22traces%22+%231&guest=Zo%C3%AB+Mart%C3%ADnez+Ortega&guest=Jane+Doe&topic=C%2B%2B+%2F+100%25&year=2024&year=2025&show=loki-community-call');
    expect(readSearchState(writeSearchState(search))).toEqual(search);
  });

  it('reads back any search it writes (fast-check, seeded)', () => {
    // A value as the page keeps it: trimmed and not empty (readSearchState drops blank values and trims).
    const value = fc.string({ minLength: 1, maxLength: 12 }).map((text) => text.trim()).filter(Boolean);
    const filters = fc.record(Object.fromEntries(SEARCH_FILTERS.map((name) => [name, fc.array(value, { minLength: 1, maxLength: 3 })])), { requiredKeys: [] });
    fc.assert(fc.property(value, fc.boolean(), filters, (term, withTerm, chosen) => {
      const search = { term: withTerm ? term : '', filters: chosen as Record<string, string[]> };
      expect(readSearchState(writeSearchState(search))).toEqual(search);
    }), { seed: 20_261_201, numRuns: 300 });
  });
});

describe('how a search goes into the history', () => {
  it('starts a new entry for new words after a pause, and updates it while the visitor is still typing', () => {
    expect(historyAction(state(''), state('l'), false)).toBe('push');
    expect(historyAction(state('l'), state('loki'), true)).toBe('replace');
    expect(historyAction(state('loki'), state('tempo'), false)).toBe('push');
  });

  it('makes every change of filters an entry of its own, even while typing', () => {
    expect(historyAction(state('loki'), state('loki', { topic: ['Loki'] }), true)).toBe('push');
    expect(historyAction(state('loki', { topic: ['Loki'] }), state('loki'), false)).toBe('push');
  });

  it('does nothing when the search did not change', () => {
    expect(historyAction(state('loki', { topic: ['Loki'] }), state('loki', { topic: ['Loki'] }), false)).toBe('none');
  });
});
