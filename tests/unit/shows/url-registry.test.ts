import { describe, expect, it } from 'vitest';
import { EMPTY_REGISTRY, pinEpisodeKeys } from '../../../src/lib/archive/url-registry.ts';

const dated = (date: string, title: string) => ({ show: 'call', date, key: `call/${date}-${title}` });

describe('the URL registry', () => {
  it('records the first URL of a dated episode, and leaves numbered ones alone', () => {
    const result = pinEpisodeKeys([dated('2025-08-12', 'first-title'), { show: 'oh', date: '2024-01-19', key: '26' }], EMPTY_REGISTRY);
    expect(result.changed).toBe(true);
    expect(result.registry.episodes).toEqual({ 'call/2025-08-12': { key: 'call/2025-08-12-first-title' } });
    expect(result.redirects).toEqual([]);
  });

  it('keeps the URL when the title is edited later', () => {
    const first = pinEpisodeKeys([dated('2025-08-12', 'first-title')], EMPTY_REGISTRY).registry;
    const later = pinEpisodeKeys([dated('2025-08-12', 'edited-title')], first);
    expect(later.episodes[0]!.key).toBe('call/2025-08-12-first-title');
    expect(later.changed).toBe(false);
  });

  it('moves the page when the date changes, and redirects from the old URL', () => {
    const first = pinEpisodeKeys([dated('2025-08-05', 'same-title')], EMPTY_REGISTRY).registry;
    const moved = pinEpisodeKeys([dated('2025-08-12', 'same-title')], first);
    expect(moved.episodes[0]!.key).toBe('call/2025-08-12-same-title');
    expect(moved.redirects).toEqual([{ from: 'call/2025-08-05-same-title', to: 'call/2025-08-12-same-title' }]);
    expect(Object.keys(moved.registry.episodes)).toEqual(['call/2025-08-12']);
  });
});
