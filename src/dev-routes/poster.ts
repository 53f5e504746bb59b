import type { APIRoute, GetStaticPaths } from 'astro';
import { episodesWithPages } from '../lib/archive/episodes-query.ts';
import { cacheFolder } from '../lib/build/cache-folder.ts';
import { posterFactsOf, posterFileName, type PosterFacts } from '../lib/seo/poster-facts.ts';
import { renderPoster } from '../lib/seo/poster.ts';
import { shows } from '../lib/archive/site.ts';

// Posters in the dev server, drawn on request. A build does not use this route: the posters
// integration links every poster into dist/posters/ from the cache (src/integrations/posters.ts).
export const getStaticPaths = (async () => (await episodesWithPages()).map((episode) => {
  const facts = posterFactsOf(episode, shows);
  return { params: { name: posterFileName(facts).replace(/\.jpg$/, '') }, props: { facts } };
})) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: PosterFacts }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPoster(props.facts, cacheFolder('posters'))), { headers: { 'Content-Type': 'image/jpeg' } });
