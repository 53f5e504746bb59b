import type { APIRoute } from 'astro';
import { hasSeveralShows, publishedGuestIndex, publishedTopicIndex, showsOnSite } from '../lib/archive/episodes-query.ts';
import { feedsOpml } from '../lib/feeds/opml.ts';
import { absoluteUrl, paths, site } from '../lib/archive/site.ts';
import { siteStrings as t } from '../lib/archive/language.ts';

/** Every feed of the site in one file a feed reader imports: the site's, each show's, guest's and topic's. */
export const GET: APIRoute = async () => {
  // Show feeds exist only when the site has several shows (src/pages/shows/[slug]/rss.xml.ts).
  const shows = (await hasSeveralShows()) ? await showsOnSite() : [];
  const opml = feedsOpml({
    title: t.everyFeed(site.showName),
    ownerUrl: absoluteUrl(paths.home),
    feeds: [{ title: site.showName, xmlUrl: absoluteUrl(paths.rss), htmlUrl: absoluteUrl(paths.episodes) }],
    groups: [
      { title: t.nav.shows, feeds: shows.map((show) => ({ title: show.name, xmlUrl: absoluteUrl(paths.showFeed(show.slug)), htmlUrl: absoluteUrl(paths.show(show.slug)) })) },
      { title: t.nav.guests, feeds: (await publishedGuestIndex()).map((guest) => ({ title: t.guestFeedTitle(site.showName, guest.name), xmlUrl: absoluteUrl(paths.guestFeed(guest.slug)), htmlUrl: absoluteUrl(paths.guest(guest.slug)) })) },
      { title: t.nav.topics, feeds: (await publishedTopicIndex()).map((topic) => ({ title: `${site.showName}: ${topic.name}`, xmlUrl: absoluteUrl(paths.topicFeed(topic.slug)), htmlUrl: absoluteUrl(paths.topic(topic.slug)) })) },
    ],
  });
  return new Response(opml, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
};
