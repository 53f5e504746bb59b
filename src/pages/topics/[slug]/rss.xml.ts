import type { APIRoute, GetStaticPaths } from 'astro';
import { hasSeveralShows, publishedTopicIndex, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { episodeFeedCacheKey, episodeFeedResponse } from '../../../lib/feeds/site-feeds.ts';
import { paths, site } from '../../../lib/archive/site.ts';
import { siteStrings as t } from '../../../lib/archive/language.ts';

export const getStaticPaths = (async () => {
  const topics = await publishedTopicIndex();
  const severalShows = await hasSeveralShows();
  return topics.map((topic) => ({
    params: { slug: topic.slug }, props: { name: topic.name, episodes: topic.episodes },
    cacheKey: episodeFeedCacheKey([topic.name], topic.episodes, severalShows),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; episodes: EpisodeData[] }, { slug: string }> = async ({ params, props }) => episodeFeedResponse({
  title: `${site.showName}: ${props.name}`,
  description: t.topicFeedDescription(site.showName, props.name),
  selfPath: paths.topicFeed(params.slug),
  episodes: props.episodes,
});
