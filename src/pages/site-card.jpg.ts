import type { APIRoute } from 'astro';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { showsOnSite } from '../lib/archive/episodes-query.ts';
import { renderSiteCard } from '../lib/seo/poster.ts';
import { site } from '../lib/archive/site.ts';

/** The site's card: the Open Graph and Twitter image of every page that has no poster of its own. */
export const GET: APIRoute = async () => {
  const shows = (await showsOnSite()).map((show) => show.name);
  const image = await renderSiteCard({ showName: site.showName, tagline: site.tagline, shows, language: site.language }, cacheFolder('posters'));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
