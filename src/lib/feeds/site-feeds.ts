import { episodeHeadline, episodeHeadlineWithShow } from '../archive/format.ts';
import { episodesCalendar } from './calendar.ts';
import { episodeFeedXml, episodeItemXml, type EpisodeFeed } from './rss-feed.ts';
import { digestOf, pageCacheKey } from '../archive/cache-key.ts';
import { sharedKeptFeedItems } from './kept-feed-items.ts';
import { showNotesHtml } from './show-notes-html.ts';
import { hasSeveralShows, type EpisodeData } from '../archive/episodes-query.ts';
import { slugify } from '../notes/slug.ts';
import { youtubeWatchUrl } from '../notes/youtube.ts';
import { buildTime } from '../collection/parser-options.ts';
import { absoluteUrl, paths, posterPathOf, showOf, site } from '../archive/site.ts';
import { episodeLanguage, stringsFor } from '../archive/language.ts';

/** Astro glue: the site's feeds, from its config and URL scheme. */

/**
 * An item's title, one pattern in every feed: with several shows "<show> #<n>: <title>" (a dated
 * episode "<show>: <title>"), since #29 of one show is not #29 of another; with one, "#<n>: <title>".
 */
function feedHeadline(severalShows: boolean) {
  return (episode: EpisodeData) => (severalShows ? episodeHeadlineWithShow(episode, showOf(episode).name) : episodeHeadline(episode));
}

// An episode is an item of the main feed and of each of its guests', topics' and show's feeds: its
// show notes are built once per build, not once per feed (a third of warm render time at 1,000 episodes).
// Kept by the episode itself: an episode loaded again (the dev server, after an edit) gets new show notes.
const showNotesByEpisode = new WeakMap<EpisodeData, string>();
function memoisedShowNotes(episode: EpisodeData): string {
  let html = showNotesByEpisode.get(episode);
  if (html === undefined) {
    const page = absoluteUrl(paths.episode(episode.key));
    html = showNotesHtml(episode, { page, guest: (name) => absoluteUrl(paths.guest(slugify(name))), absolute: absoluteUrl }, stringsFor(episodeLanguage(episode)));
    showNotesByEpisode.set(episode, html);
  }
  return html;
}

// An episode's item is the same in every feed of one language (the main feed, its show's, guests' and
// topics'): written once per build and language, not once per feed (docs/benchmarks.md). Kept by the
// episode itself, so an episode loaded again (the dev server, after an edit) is never served a stale item.
const itemsByEpisode = new WeakMap<EpisodeData, Map<string, Promise<string>>>();
function memoisedItemXml(episode: EpisodeData, feed: EpisodeFeed<EpisodeData>, severalShows: boolean): Promise<string> {
  let byLanguage = itemsByEpisode.get(episode);
  if (!byLanguage) itemsByEpisode.set(episode, (byLanguage = new Map()));
  let item = byLanguage.get(feed.language);
  if (!item) byLanguage.set(feed.language, (item = keptOrWrittenItemXml(episode, feed, severalShows)));
  return item;
}

/**
 * An item as the last build wrote it, when nothing it is written from changed: its episode's data, the
 * feed's language, whether the site has several shows (its title) and the site's config (its URLs); the
 * kept items are all dropped when the code changed (./kept-feed-items.ts). Else written now. Either way
 * kept for the next build.
 */
async function keptOrWrittenItemXml(episode: EpisodeData, feed: EpisodeFeed<EpisodeData>, severalShows: boolean): Promise<string> {
  const kept = sharedKeptFeedItems();
  if (!kept) return episodeItemXml(episode, feed);
  const id = `${episode.key}\0${feed.language}`;
  const key = pageCacheKey(digestOf(site), digestOf(episode), feed.language, severalShows);
  const xml = kept.get(id, key) ?? await episodeItemXml(episode, feed);
  kept.keep(id, key, xml);
  return xml;
}

/**
 * The cacheKey of a feed that episodeFeedResponse writes: what its channel names (`head`: a topic's or
 * guest's name and profile, a show), its episodes' data, and whether the site has several shows (its items'
 * titles then name the show). Every feed route keys its paths with it.
 */
export function episodeFeedCacheKey(head: readonly unknown[], episodes: readonly EpisodeData[], severalShows: boolean): string {
  return pageCacheKey(...head, episodes.map(digestOf), severalShows);
}

/** A feed of episodes; `language` is the feed's (a show's own language), else the site's. */
export async function episodeFeedResponse(feed: { title: string; description: string; selfPath: string; episodes: readonly EpisodeData[]; language?: string }): Promise<Response> {
  const severalShows = await hasSeveralShows();
  const options: EpisodeFeed<EpisodeData> = {
    title: feed.title,
    description: feed.description,
    // RSS 2.0 has one language per channel, none per item: a feed mixing languages says the site's.
    language: feed.language ?? site.language,
    lastBuildDate: lastChange(feed.episodes),
    episodes: feed.episodes,
    headline: feedHeadline(severalShows),
    content: memoisedShowNotes,
    urls: {
      home: absoluteUrl(paths.home),
      self: absoluteUrl(feed.selfPath),
      image: absoluteUrl(paths.cover),
      page: (episode) => absoluteUrl(paths.episode(episode.key)),
      poster: (episode) => absoluteUrl(posterPathOf(episode)),
      chapters: (episode) => absoluteUrl(paths.chapters(episode.key)),
      transcript: (episode) => ({ html: absoluteUrl(paths.transcript(episode.key)), text: absoluteUrl(paths.transcriptText(episode.key)) }),
      guest: (name) => absoluteUrl(paths.guest(slugify(name))),
      absolute: absoluteUrl,
    },
  };
  const xml = await episodeFeedXml(options, (episode) => memoisedItemXml(episode, options, severalShows));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export function calendarResponse(name: string, episodes: readonly EpisodeData[]): Response {
  const ics = episodesCalendar({
    name,
    domain: new URL(site.site).hostname,
    durationMinutes: site.schedule.durationMinutes,
    stamp: buildTime(),
    episodes,
    // A numbered episode of the primary show is "goh-<n>"; any other by its pinned key, so that
    // Café con Grafana #8 is never taken for Office Hours #8 by a calendar app.
    uid: (episode) => (episode.number !== null && episode.show === site.shows[0]?.slug ? `${site.seriesPrefix.toLowerCase()}-${episode.number}` : episode.key.replace('/', '-')),
    headline: (episode) => episodeHeadlineWithShow(episode, showOf(episode).name),
    page: (episode) => absoluteUrl(paths.episode(episode.key)),
    live: (episode) => (episode.videoId ? youtubeWatchUrl(episode.videoId) : `${site.youtubeChannel.replace(/\/$/, '')}/live`),
    words: (episode) => stringsFor(episodeLanguage(episode)),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

/**
 * A feed's lastBuildDate: when its content last changed, i.e. its newest episode went out. Not the
 * build time, so an unchanged feed stays byte for byte the same across builds (HTTP caches, feed
 * readers and the leak guard all skip it).
 */
function lastChange(episodes: readonly EpisodeData[]): Date {
  const starts = episodes.flatMap((episode) => (episode.startsAt ? [Date.parse(episode.startsAt)] : []));
  return starts.length ? new Date(starts.reduce((latest, start) => Math.max(latest, start))) : buildTime();
}
