import { getRssString, type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import { feedHtmlText, feedPlainText } from './feed-text.ts';
import { showNotesHtml, type ShowNotesEpisode } from './show-notes-html.ts';
import { xmlElement } from './xml.ts';

/** An episode as a feed item needs it. */
export interface FeedEpisode extends ShowNotesEpisode {
  title: string;
  description: string;
  date: string | null;
  startsAt: string | null;
  topics: readonly { name: string; slug: string }[];
  /** Set when the episode publishes a transcript (src/lib/archive/episode-transcripts.ts). */
  transcript?: unknown;
}

/** Where things live, as absolute URLs. */
export interface FeedUrls<E> {
  home: string;
  self: string;
  image: string;
  page(episode: E): string;
  poster(episode: E): string;
  chapters(episode: E): string;
  /** The transcript of an episode that has one: its page (HTML) and its plain text file. */
  transcript?(episode: E): { html: string; text: string };
  guest(name: string): string;
  absolute(path: string): string;
}

export interface EpisodeFeed<E> {
  title: string;
  description: string;
  language: string;
  lastBuildDate: Date;
  /** Newest first; the caller decides which episodes belong (published only). */
  episodes: readonly E[];
  headline(episode: E): string;
  urls: FeedUrls<E>;
  /** The item's full show notes; default: built from the episode. A site with many feeds passes a memoised one. */
  content?(episode: E): string;
}

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  media: 'http://search.yahoo.com/mrss/',
  podcast: 'https://podcastindex.org/namespace/1.0',
};
const POSTER_SIZE = { width: 1200, height: 630 };

/**
 * The options @astrojs/rss needs for an RSS 2.0 feed of episodes, with Media RSS and Podcasting 2.0 chapters.
 * Every text from the notes or the config goes in as text (./feed-text.ts): `<description>` escaped as
 * the HTML it is, the other fields so that no reader can take them for markup; `content:encoded` is
 * HTML built from the parsed episode (./show-notes-html.ts).
 */
export function episodeFeedOptions<E extends FeedEpisode>(feed: EpisodeFeed<E>): RSSOptions {
  return { ...channelOptions(feed), items: feed.episodes.map((episode) => feedItem(episode, feed)) };
}

/** The feed's options without its items: its channel (whose people are its episodes' hosts). */
function channelOptions<E extends FeedEpisode>(feed: EpisodeFeed<E>): Omit<RSSOptions, 'items'> {
  const { urls } = feed;
  const channel = [
    xmlElement('language', {}, { text: feed.language }),
    xmlElement('lastBuildDate', {}, { text: feed.lastBuildDate.toUTCString() }),
    xmlElement('atom:link', { href: urls.self, rel: 'self', type: 'application/rss+xml' }),
    // RSS wants the image's title and link to match the channel's.
    xmlElement('image', {}, { xml: [
      xmlElement('url', {}, { text: urls.image }),
      xmlElement('title', {}, { text: feedPlainText(feed.title) }),
      xmlElement('link', {}, { text: urls.home }),
    ].join('') }),
    xmlElement('generator', {}, { text: 'episode-archive' }),
    // The hosts of the feed's episodes, the most frequent first: who a podcast app shows as the show's people.
    ...channelHosts(feed.episodes).map((name) => personElement(name, 'host')),
  ];
  return {
    title: feedPlainText(feed.title),
    description: feedHtmlText(feed.description),
    site: urls.home,
    xmlns: NAMESPACES,
    customData: channel.join(''),
  };
}

const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';

/** An episode's `<item>` as @astrojs/rss writes it: the same bytes in every feed of its language. */
export async function episodeItemXml<E extends FeedEpisode>(episode: E, feed: EpisodeFeed<E>): Promise<string> {
  const xml = await getRssString(episodeFeedOptions({ ...feed, episodes: [episode] }));
  return xml.slice(xml.indexOf('<item>'), xml.lastIndexOf('</item>') + '</item>'.length);
}

/**
 * A feed's XML: @astrojs/rss writes its channel, and its items, each written once for every feed it is in
 * (`itemXml`, episodeItemXml memoised), go in before the channel ends. At 1,000 episodes the site's feeds
 * hold ~6,000 items of ~1,000 episodes: writing each once is most of the feeds' cost saved
 * (docs/benchmarks.md). A test holds it to the same bytes as @astrojs/rss writing the whole feed.
 */
export async function episodeFeedXml<E extends FeedEpisode>(feed: EpisodeFeed<E>, itemXml: (episode: E) => Promise<string>): Promise<string> {
  if (feed.episodes.length === 0) return getRssString(episodeFeedOptions(feed));
  const channel = channelOptions(feed);
  // @astrojs/rss declares the content namespace first when an item has content; with no items, we do.
  const envelope = await getRssString({ ...channel, items: [], xmlns: { content: CONTENT_NAMESPACE, ...channel.xmlns } });
  const items = await Promise.all(feed.episodes.map(itemXml));
  const end = envelope.lastIndexOf('</channel>');
  return `${envelope.slice(0, end)}${items.join('')}${envelope.slice(end)}`;
}

/** An episode as an item of a feed: depends on the feed only through its language, headline and item URLs. */
function feedItem<E extends FeedEpisode>(episode: E, feed: EpisodeFeed<E>): RSSFeedItem {
  const { urls } = feed;
  const page = urls.page(episode);
  const published = episode.startsAt ?? (episode.date ? `${episode.date}T00:00:00Z` : undefined);
  return {
    title: feedPlainText(feed.headline(episode)),
    link: page,
    pubDate: published ? new Date(published) : undefined,
    description: feedHtmlText(episode.description),
    content: feed.content ? feed.content(episode) : showNotesHtml(episode, { page, guest: urls.guest, absolute: urls.absolute }),
    categories: episode.topics.map((topic) => feedPlainText(topic.name)),
    customData: mediaElements(episode, feed).join(''),
  };
}

/**
 * Media RSS for the episode. The video lives on YouTube, which offers no direct media file, so
 * media:content has no url and names the embeddable player instead, as the Media RSS spec asks
 * ("url ... If not included, a <media:player> element must be specified"); the privacy-enhanced
 * youtube-nocookie.com embed, as on our pages. The poster is the thumbnail of both the video and the item.
 */
function mediaElements<E extends FeedEpisode>(episode: E, feed: EpisodeFeed<E>): string[] {
  const poster = feed.urls.poster(episode);
  const thumbnail = xmlElement('media:thumbnail', { url: poster, ...POSTER_SIZE });
  const elements: string[] = [];
  if (episode.videoId) {
    elements.push(xmlElement('media:content', { medium: 'video', expression: 'full' }, { xml: [
      xmlElement('media:player', { url: `https://www.youtube-nocookie.com/embed/${episode.videoId}` }),
      xmlElement('media:title', { type: 'plain' }, { text: feedPlainText(feed.headline(episode)) }),
      xmlElement('media:description', { type: 'plain' }, { text: feedPlainText(episode.description) }),
      thumbnail,
    ].join('') }));
  }
  elements.push(thumbnail);
  if (episode.chapters.length) {
    elements.push(xmlElement('podcast:chapters', { url: feed.urls.chapters(episode), type: 'application/json+chapters' }));
  }
  const transcript = episode.transcript ? feed.urls.transcript?.(episode) : undefined;
  if (transcript) {
    // Both forms the namespace names for a transcript without timings: the page, and its words as plain text.
    elements.push(xmlElement('podcast:transcript', { url: transcript.html, type: 'text/html', language: feed.language }));
    elements.push(xmlElement('podcast:transcript', { url: transcript.text, type: 'text/plain', language: feed.language }));
  }
  // An item's people replace the channel's in podcast apps (the namespace's rule), so hosts are repeated here.
  for (const name of episode.hosts) elements.push(personElement(name, 'host'));
  for (const name of episode.guests) elements.push(personElement(name, 'guest', feed.urls.guest(name)));
  return elements;
}

/** `podcast:person` with a role of the Podcast Taxonomy Project's "cast" group. */
function personElement(name: string, role: 'host' | 'guest', href?: string): string {
  return xmlElement('podcast:person', { role, group: 'cast', href }, { text: feedPlainText(name) });
}

function channelHosts(episodes: readonly FeedEpisode[]): string[] {
  const counts = new Map<string, number>();
  for (const episode of episodes) for (const name of episode.hosts) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)).map(([name]) => name);
}
