import type { APIRoute } from 'astro';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { renderCover } from '../lib/seo/poster.ts';
import { site } from '../lib/archive/site.ts';

/** The show's cover: the channel image of every feed. */
export const GET: APIRoute = async () => {
  const image = await renderCover({ showName: site.showName, tagline: site.tagline }, cacheFolder('posters'));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
