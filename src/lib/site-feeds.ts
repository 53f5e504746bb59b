import { getRssString } from '@astrojs/rss';
import { episodeHeadline } from './archive/format.ts';
import { episodesCalendar } from './feeds/calendar.ts';
import { episodeFeedOptions } from './feeds/rss-feed.ts';
import type { EpisodeData } from './episodes-query.ts';
import { slugify } from './notes/slug.ts';
import { youtubeWatchUrl } from './notes/youtube.ts';
import { buildTime } from './parser-options.ts';
import { absoluteUrl, paths, site } from './site.ts';

/** Astro glue: the site's feeds, from its config and URL scheme. */

export async function episodeFeedResponse(feed: { title: string; description: string; selfPath: string; episodes: readonly EpisodeData[] }): Promise<Response> {
  const xml = await getRssString(episodeFeedOptions<EpisodeData>({
    title: feed.title,
    description: feed.description,
    language: site.language,
    lastBuildDate: buildTime(),
    episodes: feed.episodes,
    headline: episodeHeadline,
    urls: {
      home: absoluteUrl(paths.home),
      self: absoluteUrl(feed.selfPath),
      image: absoluteUrl(paths.cover),
      page: (episode) => absoluteUrl(paths.episode(episode.number)),
      poster: (episode) => absoluteUrl(paths.poster(episode.number, 'png')),
      chapters: (episode) => absoluteUrl(paths.chapters(episode.number)),
      guest: (name) => absoluteUrl(paths.guest(slugify(name))),
      absolute: absoluteUrl,
    },
  }));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

export function calendarResponse(name: string, episodes: readonly EpisodeData[]): Response {
  const ics = episodesCalendar({
    name,
    domain: new URL(site.site).hostname,
    durationMinutes: site.schedule.durationMinutes,
    stamp: buildTime(),
    episodes,
    uid: (episode) => `${site.seriesPrefix.toLowerCase()}-${episode.number}`,
    headline: (episode) => `${site.showName} ${episodeHeadline(episode)}`,
    page: (episode) => absoluteUrl(paths.episode(episode.number)),
    live: (episode) => (episode.videoId ? youtubeWatchUrl(episode.videoId) : `${site.youtubeChannel.replace(/\/$/, '')}/live`),
  });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
