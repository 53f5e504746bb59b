import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedTopicIndex, type EpisodeData } from '../../../lib/episodes-query.ts';
import { episodeFeedResponse } from '../../../lib/site-feeds.ts';
import { paths, site } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const topics = await publishedTopicIndex();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { name: topic.name, episodes: topic.episodes } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; episodes: EpisodeData[] }, { slug: string }> = async ({ params, props }) => episodeFeedResponse({
  title: `${site.showName}: ${props.name}`,
  description: `Every episode of ${site.showName} about ${props.name}.`,
  selfPath: paths.topicFeed(params.slug),
  episodes: props.episodes,
});
