import type { APIRoute, GetStaticPaths } from 'astro';
import { hasSeveralShows, publishedEpisodes, type EpisodeData } from '../lib/archive/episodes-query.ts';
import { episodeFeedCacheKey, episodeFeedResponse } from '../lib/feeds/site-feeds.ts';
import { paths, site } from '../lib/archive/site.ts';

// The site's feed, /rss.xml. A route with a parameter only so that the path has a cacheKey (Astro keys only
// the paths getStaticPaths gives): a rebuild that changed no episode, after an internal checklist edit,
// no longer writes the feed of every episode again (~0.5 s of the route loop at 1,000 episodes, docs/benchmarks.md).
export const getStaticPaths = (async () => {
  const episodes = await publishedEpisodes();
  return [{ params: { feed: 'rss' }, props: { episodes }, cacheKey: episodeFeedCacheKey([], episodes, await hasSeveralShows()) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ episodes: EpisodeData[] }, { feed: string }> = async ({ props }) => episodeFeedResponse({
  title: site.showName,
  description: site.tagline,
  selfPath: paths.rss,
  episodes: props.episodes,
});
