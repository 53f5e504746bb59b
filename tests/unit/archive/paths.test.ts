import { describe, expect, it } from 'vitest';
import { archivePaths } from '../../../src/lib/archive/paths.ts';

describe('archive paths under a base path', () => {
  const paths = archivePaths('/episode-archive/');

  it('puts every page and file under the base path', () => {
    const urls = [
      paths.home, paths.episodes, paths.episodesPage(1), paths.episodesPage(3), paths.guests, paths.guest('ryan-perry'),
      paths.topics, paths.topic('loki'), paths.search, paths.about, paths.rss, paths.upcomingCalendar, paths.cover,
      paths.guestFeed('ryan-perry'), paths.topicFeed('loki'), paths.asset('/favicon.svg'), paths.asset('favicon.svg'),
    ];
    for (const url of urls) expect(url).toMatch(/^\/episode-archive\/(?!\/)/);
    expect(paths.episodesPage(3)).toBe('/episode-archive/episodes/page/3/');
    expect(paths.asset('/favicon.svg')).toBe('/episode-archive/favicon.svg');
  });

  it('gives the same URLs whether or not the base path ends with a slash', () => {
    const withoutSlash = archivePaths('/episode-archive');
    expect([withoutSlash.home, withoutSlash.guest('x'), withoutSlash.rss]).toEqual([paths.home, paths.guest('x'), paths.rss]);
  });

  it('has no double slashes at the root base', () => {
    const root = archivePaths('/');
    expect([root.home, root.episodes, root.rss, root.asset('/favicon.svg')]).toEqual(['/', '/episodes/', '/rss.xml', '/favicon.svg']);
  });
});
