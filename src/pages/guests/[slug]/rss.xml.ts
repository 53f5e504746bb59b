import type { APIRoute, GetStaticPaths } from 'astro';
import { guestProfiles, hasSeveralShows, publishedGuestIndex, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { episodeFeedCacheKey, episodeFeedResponse } from '../../../lib/feeds/site-feeds.ts';
import { paths, site } from '../../../lib/archive/site.ts';
import { siteStrings as t } from '../../../lib/archive/language.ts';

export const getStaticPaths = (async () => {
  const guests = await publishedGuestIndex();
  const profiles = await guestProfiles();
  const severalShows = await hasSeveralShows();
  return guests.map((guest) => ({
    params: { slug: guest.slug }, props: { name: guest.name, episodes: guest.episodes },
    cacheKey: episodeFeedCacheKey([guest.name, profiles.get(guest.slug) ?? null], guest.episodes, severalShows),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; episodes: EpisodeData[] }, { slug: string }> = async ({ params, props }) => {
  const name = (await guestProfiles()).get(params.slug)?.name ?? props.name;
  return episodeFeedResponse({
    title: t.guestFeedTitle(site.showName, name),
    description: t.guestFeedDescription(site.showName, name),
    selfPath: paths.guestFeed(params.slug),
    episodes: props.episodes,
  });
};
