import { getRssString } from '@astrojs/rss';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { episodeFeedOptions, type FeedEpisode } from '../../../src/lib/feeds/rss-feed.ts';

const episode = (number: number, hosts: string[]): FeedEpisode => ({
  title: `Episode ${number}`, description: `About ${number}`, date: `2024-05-${String(number).padStart(2, '0')}`, startsAt: null,
  topics: [], videoId: `AAAAAAAAA${String(number).padStart(2, '0')}`, guests: [], hosts, chapters: [], talkingPoints: [], links: [],
});

/** The feed of these episodes, parsed by a real feed parser. */
async function feedOf(episodes: FeedEpisode[]) {
  const xml = await getRssString(episodeFeedOptions({
    title: 'Feed', description: 'All episodes', language: 'en', lastBuildDate: new Date('2024-06-01T00:00:00Z'),
    episodes, headline: (item) => item.title,
    urls: {
      home: 'https://example.org/', self: 'https://example.org/rss.xml', image: 'https://example.org/cover.png',
      page: (item) => `https://example.org/${item.videoId}/`, poster: () => 'https://example.org/poster.png',
      chapters: () => 'https://example.org/chapters.json', guest: () => 'https://example.org/guests/x/', absolute: (path) => `https://example.org${path}`,
    },
  }));
  return { xml, feed: parseRssFeed(xml) };
}

describe('the people of a feed (Podcasting 2.0 podcast:person)', () => {
  it('lists the hosts of its episodes in the channel, the most frequent first, then by name', async () => {
    // Zoe hosts three episodes, Amy two, Bob and Ann one each: by name alone, Amy would come first.
    const { feed } = await feedOf([episode(4, ['Zoe', 'Bob']), episode(3, ['Zoe', 'Amy']), episode(2, ['Amy', 'Zoe']), episode(1, ['Ann'])]);
    expect(feed.podcast?.persons?.map((person) => [person.display, person.role])).toEqual([['Zoe', 'host'], ['Amy', 'host'], ['Ann', 'host'], ['Bob', 'host']]);
  });

  it('repeats an item\'s hosts in the item, since podcast apps replace the channel\'s people with an item\'s', async () => {
    const { feed } = await feedOf([episode(2, ['Zoe']), episode(1, ['Amy', 'Bob'])]);
    expect(feed.items?.map((item) => item.podcast?.persons?.map((person) => person.display))).toEqual([['Zoe'], ['Amy', 'Bob']]);
  });
});
