import type { APIRoute } from 'astro';
import { publishedEpisodes } from '../lib/episodes-query.ts';
import { episodeFeedResponse } from '../lib/site-feeds.ts';
import { paths, site } from '../lib/site.ts';

export const GET: APIRoute = async () => episodeFeedResponse({
  title: site.showName,
  description: site.tagline,
  selfPath: paths.rss,
  episodes: await publishedEpisodes(),
});
