import type { APIRoute } from 'astro';
import { publishedEpisodes } from '../lib/archive/episodes-query.ts';
import { episodeFeedResponse } from '../lib/feeds/site-feeds.ts';
import { paths, site } from '../lib/archive/site.ts';

export const GET: APIRoute = async () => episodeFeedResponse({
  title: site.showName,
  description: site.tagline,
  selfPath: paths.rss,
  episodes: await publishedEpisodes(),
});
