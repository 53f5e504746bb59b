import { describe, expect, it } from 'vitest';
import { historyAction, readSearchState, writeSearchState } from '../../../src/lib/archive/search-params.ts';

const state = (term: string, filters: Record<string, string[]> = {}) => ({ term, filters });

describe('a search kept in the URL', () => {
  it('round-trips the words and filters, and reads a filter-only URL', () => {
    expect(readSearchState('?topic=tempo')).toEqual(state('', { topic: ['tempo'] }));
    expect(writeSearchState(state('loki', { guest: ['Jane Doe'], topic: ['Loki'] }))).toBe('?q=loki&guest=Jane+Doe&topic=Loki');
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
