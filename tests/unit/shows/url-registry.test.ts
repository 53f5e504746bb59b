import { describe, expect, it } from 'vitest';
import { EMPTY_REGISTRY, pinEpisodeKeys } from '../../../src/lib/archive/url-registry.ts';

const dated = (date: string, title: string, sourceFile = 'notes/call.md') =>
  ({ show: 'call', number: null, date, title, key: `call/${date}-${title.toLowerCase().replaceAll(' ', '-')}`, sourceFile });

describe('the URL registry', () => {
  it('records the first URL of a dated episode with its note, and a numbered one\'s (its number) too', () => {
    const result = pinEpisodeKeys([dated('2025-08-12', 'First title'), { show: 'oh', number: 26, title: 'x', date: '2024-01-19', key: '26' }], EMPTY_REGISTRY);
    expect(result.changed).toBe(true);
    expect(result.registry.episodes).toEqual({ 'call/2025-08-12': { key: 'call/2025-08-12-first-title', file: 'notes/call.md' }, 'oh#26': { key: '26' } });
    expect(result.redirects).toEqual([]);
  });

  it('keeps the URL when the title is edited later', () => {
    const first = pinEpisodeKeys([dated('2025-08-12', 'First title')], EMPTY_REGISTRY).registry;
    const later = pinEpisodeKeys([dated('2025-08-12', 'Edited title')], first);
    expect(later.episodes[0]!.key).toBe('call/2025-08-12-first-title');
    expect(later.changed).toBe(false);
  });

  it('moves the page when the date changes, and redirects from the old URL', () => {
    const first = pinEpisodeKeys([dated('2025-08-05', 'Same title')], EMPTY_REGISTRY).registry;
    const moved = pinEpisodeKeys([dated('2025-08-12', 'Same title')], first);
    expect(moved.episodes[0]!.key).toBe('call/2025-08-12-same-title');
    expect(moved.redirects).toEqual([{ from: 'call/2025-08-05-same-title', to: 'call/2025-08-12-same-title' }]);
    expect(Object.keys(moved.registry.episodes)).toEqual(['call/2025-08-12']);
  });

  it('recognises an episode whose date and title both changed by its note, and redirects', () => {
    const first = pinEpisodeKeys([dated('2025-08-05', 'Old title', 'notes/a.md'), dated('2025-08-19', 'Other call', 'notes/b.md')], EMPTY_REGISTRY).registry;
    const moved = pinEpisodeKeys([dated('2025-08-12', 'New title', 'notes/a.md'), dated('2025-08-19', 'Other call', 'notes/b.md')], first);
    expect(moved.redirects).toEqual([{ from: 'call/2025-08-05-old-title', to: 'call/2025-08-12-new-title' }]);
    expect(moved.registry.episodes['call/2025-08-12']).toEqual({ key: 'call/2025-08-12-new-title', file: 'notes/a.md', previous: ['call/2025-08-05-old-title'] });
  });

  it('recognises an episode whose note was renamed when its date changed by its unchanged title, and redirects', () => {
    const first = pinEpisodeKeys([dated('2025-08-05', 'Same title', 'notes/old-name.md')], EMPTY_REGISTRY).registry;
    const moved = pinEpisodeKeys([dated('2025-08-12', 'Same title', 'notes/new-name.md')], first);
    expect(moved.redirects).toEqual([{ from: 'call/2025-08-05-same-title', to: 'call/2025-08-12-same-title' }]);
    expect(moved.registry.episodes).toEqual({ 'call/2025-08-12': { key: 'call/2025-08-12-same-title', file: 'notes/new-name.md', previous: ['call/2025-08-05-same-title'] } });
  });

  it('never puts a redirect where a page is: an old URL another episode now lives at stays that episode\'s page', () => {
    // An episode that moved from the 5th to the 12th (its old URL redirects); then a new episode (another note)
    // of the 5th with the same title: its page is at that old URL.
    const registry = { version: 1 as const, episodes: { 'call/2025-08-12': { key: 'call/2025-08-12-same-title', file: 'notes/a.md', previous: ['call/2025-08-05-same-title'] } } };
    expect(pinEpisodeKeys([dated('2025-08-12', 'Same title', 'notes/a.md')], registry).redirects).toEqual([{ from: 'call/2025-08-05-same-title', to: 'call/2025-08-12-same-title' }]);
    const later = pinEpisodeKeys([dated('2025-08-12', 'Same title', 'notes/a.md'), dated('2025-08-05', 'Same title', 'notes/b.md')], registry);
    expect(later.episodes.map((episode) => episode.key)).toEqual(['call/2025-08-12-same-title', 'call/2025-08-05-same-title']);
    expect(later.redirects).toEqual([]);
  });

  it('does not take another note\'s old URL for a new episode that only shares its title', () => {
    const first = pinEpisodeKeys([dated('2025-08-05', 'Monthly update', 'notes/august.md')], EMPTY_REGISTRY).registry;
    const next = pinEpisodeKeys([dated('2025-08-05', 'Monthly update', 'notes/august.md'), dated('2025-09-02', 'Monthly update', 'notes/september.md')], first);
    expect(next.redirects).toEqual([]);
    expect(next.episodes.map((episode) => episode.key)).toEqual(['call/2025-08-05-monthly-update', 'call/2025-09-02-monthly-update']);
  });

  it('redirects to a URL chosen later with `slug:`, and keeps a chosen URL as it is', () => {
    const first = pinEpisodeKeys([dated('2025-08-12', 'First title')], EMPTY_REGISTRY).registry;
    const chosen = { ...dated('2025-08-12', 'First title'), key: 'call/structured-metadata' };
    const moved = pinEpisodeKeys([chosen], first);
    expect(moved.episodes[0]!.key).toBe('call/structured-metadata');
    expect(moved.redirects).toEqual([{ from: 'call/2025-08-12-first-title', to: 'call/structured-metadata' }]);
  });

  it('reports two episodes the registry would put at one URL instead of letting one replace the other', () => {
    const registry = { version: 1 as const, episodes: { 'call/2025-08-12': { key: 'call/taken', file: 'notes/a.md' } } };
    const result = pinEpisodeKeys([dated('2025-08-12', 'First', 'notes/a.md'), { ...dated('2025-08-19', 'Second', 'notes/b.md'), key: 'call/taken' }], registry);
    expect(result.conflicts).toEqual([{ key: 'call/taken', files: ['notes/a.md', 'notes/b.md'] }]);
  });

  describe('several episodes of one show on one day (different videos)', () => {
    const call = (title: string, file: string, videoId: string) => ({ ...dated('2025-08-12', title, file), videoId });
    const first = call('First call', 'notes/a.md', 'AAAAAAAAAAa');
    const second = call('Second call', 'notes/b.md', 'BBBBBBBBBBb');

    it('gives each its own URL, from its title, and tells them apart in the registry by video', () => {
      const result = pinEpisodeKeys([first, second], EMPTY_REGISTRY);
      expect(result.episodes.map((episode) => episode.key)).toEqual(['call/2025-08-12-first-call', 'call/2025-08-12-second-call']);
      expect(result.conflicts).toEqual([]);
      expect(result.registry.episodes).toEqual({
        'call/2025-08-12@AAAAAAAAAAa': { key: 'call/2025-08-12-first-call', file: 'notes/a.md' },
        'call/2025-08-12@BBBBBBBBBBb': { key: 'call/2025-08-12-second-call', file: 'notes/b.md' },
      });
    });

    it('leaves the URL of the day\'s first episode where it was when a second one joins it, even after a title edit', () => {
      const published = pinEpisodeKeys([first], EMPTY_REGISTRY).registry;
      const edited = { ...first, title: 'Edited', key: 'call/2025-08-12-edited' };
      const result = pinEpisodeKeys([edited, second], published);
      expect(result.episodes.map((episode) => episode.key)).toEqual(['call/2025-08-12-first-call', 'call/2025-08-12-second-call']);
      expect(result.registry.episodes['call/2025-08-12']).toEqual({ key: 'call/2025-08-12-first-call', file: 'notes/a.md' });
      expect(result.redirects).toEqual([]);
    });

    it('keeps each URL when one of them leaves the day, and when titles are edited after', () => {
      const both = pinEpisodeKeys([first, second], EMPTY_REGISTRY).registry;
      const alone = pinEpisodeKeys([{ ...second, title: 'Renamed', key: 'call/2025-08-12-renamed' }], both);
      expect(alone.episodes[0]!.key).toBe('call/2025-08-12-second-call');
      expect(alone.redirects).toEqual([]);
      expect(alone.identities).toEqual(['call/2025-08-12@BBBBBBBBBBb']);
    });
  });
});
