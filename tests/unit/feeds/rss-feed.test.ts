import { getRssString } from '@astrojs/rss';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { episodeFeedOptions, episodeFeedXml, episodeItemXml, type EpisodeFeed, type FeedEpisode } from '../../../src/lib/feeds/rss-feed.ts';

const episode = (number: number, hosts: string[]): FeedEpisode => ({
  title: `Episode ${number}`, description: `About ${number}`, date: `2024-05-${String(number).padStart(2, '0')}`, startsAt: null,
  topics: [], videoId: `AAAAAAAAA${String(number).padStart(2, '0')}`, guests: [], hosts, chapters: [], talkingPoints: [], links: [],
});

/** The feed of these episodes, parsed by a real feed parser. */
async function feedOf(episodes: FeedEpisode[], transcriptUrls = true) {
  const xml = await getRssString(episodeFeedOptions({
    title: 'Feed', description: 'All episodes', language: 'en', lastBuildDate: new Date('2024-06-01T00:00:00Z'),
    episodes, headline: (item) => item.title,
    urls: {
      home: 'https://example.org/', self: 'https://example.org/rss.xml', image: 'https://example.org/cover.png',
      page: (item) => `https://example.org/${item.videoId}/`, poster: () => 'https://example.org/poster.png',
      chapters: (item) => `https://example.org/${item.videoId}/chapters.json`, guest: (name) => `https://example.org/guests/${name.toLowerCase()}/`, absolute: (path) => `https://example.org${path}`,
      ...(transcriptUrls ? { transcript: (item: FeedEpisode) => ({ html: `https://example.org/${item.videoId}/transcript/`, text: `https://example.org/${item.videoId}/transcript.txt` }) } : {}),
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

describe('an RSS item', () => {
  const full: FeedEpisode = {
    ...episode(5, ['Zoe']), guests: ['Ana'], topics: [{ name: 'Loki', slug: 'loki' }, { name: 'Tempo', slug: 'tempo' }],
    chapters: [{ start: 0, title: 'Intro' }], transcript: {},
  };

  it('has a category per topic, its page as link and guid, and the air date as pubDate', async () => {
    const { feed } = await feedOf([full]);
    const [item] = feed.items ?? [];
    expect(item?.categories?.map((category) => category.name)).toEqual(['Loki', 'Tempo']);
    expect(item?.link).toBe('https://example.org/AAAAAAAAA05/');
    expect(item?.guid?.value).toBe('https://example.org/AAAAAAAAA05/');
    expect(new Date(item!.pubDate!).toISOString()).toBe('2024-05-05T00:00:00.000Z');
  });

  it('names the video by YouTube\'s privacy-enhanced embed as its Media RSS player, and the poster as thumbnail', async () => {
    const { xml } = await feedOf([full]);
    expect(xml).toContain('<media:content medium="video" expression="full"><media:player url="https://www.youtube-nocookie.com/embed/AAAAAAAAA05"/>');
    expect(xml).toContain('<media:thumbnail url="https://example.org/poster.png" width="1200" height="630"/>');
  });

  it('links its chapters and its transcript (page and plain text) only when it has them', async () => {
    const { feed } = await feedOf([full, episode(4, ['Zoe'])]);
    const [withThem, without] = feed.items ?? [];
    expect(withThem?.podcast?.chapters?.url).toBe('https://example.org/AAAAAAAAA05/chapters.json');
    expect(withThem?.podcast?.transcripts?.map((transcript) => [transcript.url, transcript.type])).toEqual([
      ['https://example.org/AAAAAAAAA05/transcript/', 'text/html'], ['https://example.org/AAAAAAAAA05/transcript.txt', 'text/plain'],
    ]);
    expect(without?.podcast?.chapters).toBeUndefined();
    expect(without?.podcast?.transcripts).toBeUndefined();
  });

  it('names its guests with a link to their page, after its hosts', async () => {
    const { feed } = await feedOf([full]);
    expect(feed.items?.[0]?.podcast?.persons?.map((person) => [person.display, person.role, person.href])).toEqual([
      ['Zoe', 'host', undefined], ['Ana', 'guest', 'https://example.org/guests/ana/'],
    ]);
  });
});

describe('a feed written with its items spliced in (each item written once for every feed it is in)', () => {
  it('is the same bytes as @astrojs/rss writing the whole feed, people, chapters, transcripts and escaping included', async () => {
    const tricky: FeedEpisode = {
      ...episode(5, ['Zoe', 'Amy']), title: 'A <b>bold</b> & "quoted" title </item></channel>', description: 'Uses <item> and ]]> and &amp;',
      guests: ['Ana Núñez'], topics: [{ name: 'Loki & Tempo', slug: 'loki-tempo' }], startsAt: '2024-05-05T16:00:00Z',
      chapters: [{ start: 0, title: 'Intro' }, { start: 90, title: 'Demo </channel>' }], transcript: true,
    };
    const feed: EpisodeFeed<FeedEpisode> = {
      title: 'Feed & <more>', description: 'All <em>episodes</em>', language: 'es', lastBuildDate: new Date('2024-06-01T00:00:00Z'),
      episodes: [tricky, episode(4, ['Zoe', 'Bob']), episode(3, ['Ann'])], headline: (item) => `#${item.videoId}: ${item.title}`,
      urls: {
        home: 'https://example.org/', self: 'https://example.org/rss.xml', image: 'https://example.org/cover.png',
        page: (item) => `https://example.org/${item.videoId}/`, poster: () => 'https://example.org/poster.png',
        chapters: (item) => `https://example.org/${item.videoId}/chapters.json`, guest: (name) => `https://example.org/guests/${encodeURIComponent(name)}/`,
        absolute: (path) => `https://example.org${path}`, transcript: (item) => ({ html: `https://example.org/${item.videoId}/transcript/`, text: `https://example.org/${item.videoId}/t.txt` }),
      },
    };
    const whole = await getRssString(episodeFeedOptions(feed));
    expect(await episodeFeedXml(feed, (item) => episodeItemXml(item, feed))).toBe(whole);
    expect(await episodeFeedXml({ ...feed, episodes: [] }, (item) => episodeItemXml(item, feed))).toBe(await getRssString(episodeFeedOptions({ ...feed, episodes: [] })));
  });
});
