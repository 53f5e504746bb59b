import type { APIRoute, GetStaticPaths } from 'astro';
import { episodesWithPages, type EpisodeData } from '../../lib/episodes-query.ts';
import { renderPoster, type PosterFormat } from '../../lib/seo/poster.ts';
import { showOf } from '../../lib/site.ts';
import { episodeLabel } from '../../lib/archive/format.ts';
import { cacheFolder } from '../../lib/cache-folder.ts';

export const getStaticPaths = (async () => {
  const episodes = await episodesWithPages();
  return episodes.flatMap((episode) => (['jpg'] as const).map((format) => ({
    params: { file: `${episode.key}.${format}` },
    props: { episode, format },
  })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: EpisodeData; format: PosterFormat }> = async ({ props }) => {
  const { episode, format } = props;
  const image = await renderPoster({
    showName: showOf(episode).name, label: episodeLabel(episode), title: episode.title, guests: episode.guests,
    date: episode.number === null ? null : episode.date, upcoming: episode.status === 'upcoming',
  }, format, cacheFolder('posters'));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
