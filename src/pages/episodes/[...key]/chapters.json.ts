import type { APIRoute, GetStaticPaths } from 'astro';
import { episodesWithPages, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { episodeHeadline } from '../../../lib/archive/format.ts';
import { jsonChapters } from '../../../lib/feeds/chapters-json.ts';
import { site } from '../../../lib/archive/site.ts';
import { digestOf, pageCacheKey } from '../../../lib/archive/cache-key.ts';

export const getStaticPaths = (async () => (await episodesWithPages())
  .filter((episode) => episode.chapters.length > 0)
  .map((episode) => ({ params: { key: episode.key }, props: { episode }, cacheKey: pageCacheKey(digestOf(episode)) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: EpisodeData }> = ({ props }) => {
  const { episode } = props;
  const chapters = jsonChapters({ headline: episodeHeadline(episode), videoId: episode.videoId, chapters: episode.chapters }, site.showName);
  return new Response(JSON.stringify(chapters, null, 2), { headers: { 'Content-Type': 'application/json+chapters' } });
};
