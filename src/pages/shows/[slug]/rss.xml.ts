import type { APIRoute, GetStaticPaths } from 'astro';
import { hasSeveralShows, publishedEpisodes, showsOnSite, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { episodeFeedCacheKey, episodeFeedResponse } from '../../../lib/feeds/site-feeds.ts';
import { paths } from '../../../lib/archive/site.ts';
import type { ShowDefinition } from '../../../lib/config/schema.ts';
import { showLanguage, stringsFor } from '../../../lib/archive/language.ts';

export const getStaticPaths = (async () => {
  const severalShows = await hasSeveralShows();
  if (!severalShows) return [];
  const published = await publishedEpisodes();
  return (await showsOnSite()).map((show) => {
    const episodes = published.filter((episode) => episode.show === show.slug);
    return { params: { slug: show.slug }, props: { show, episodes }, cacheKey: episodeFeedCacheKey([show], episodes, severalShows) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ show: ShowDefinition; episodes: EpisodeData[] }, { slug: string }> = async ({ props }) => episodeFeedResponse({
  title: props.show.name,
  description: props.show.description || stringsFor(showLanguage(props.show)).showDescription(stringsFor(showLanguage(props.show)).episodeCount(props.episodes.length), props.show.name),
  selfPath: paths.showFeed(props.show.slug),
  episodes: props.episodes,
  language: showLanguage(props.show),
});
