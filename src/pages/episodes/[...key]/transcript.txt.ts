import type { APIRoute, GetStaticPaths } from 'astro';
import { episodesWithTranscripts, transcriptOf, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { digestOf, pageCacheKey } from '../../../lib/archive/cache-key.ts';
import { episodeHeadline } from '../../../lib/archive/format.ts';
import { absoluteUrl, paths } from '../../../lib/archive/site.ts';
import { episodeLanguage, stringsFor } from '../../../lib/archive/language.ts';

export const getStaticPaths = (async () => (await episodesWithTranscripts())
  .map((episode) => ({ params: { key: episode.key }, props: { episode }, cacheKey: pageCacheKey('transcript.txt', digestOf(episode)) }))) satisfies GetStaticPaths;

/** The transcript as plain text, for podcast apps (`podcast:transcript type="text/plain"`) and anyone who wants the words. */
export const GET: APIRoute<{ episode: EpisodeData }> = async ({ props }) => {
  const { episode } = props;
  const transcript = await transcriptOf(episode);
  // In the episode's language, as its transcript page is.
  const t = stringsFor(episodeLanguage(episode)).transcript;
  const text = `${episodeHeadline(episode)}\n${absoluteUrl(paths.episode(episode.key))}\n${t.fileGenerated}\n\n${transcript?.plainText ?? ''}\n${transcript?.captions ? `\n${t.fileCaptions}\n\n${transcript.captions.plainText}\n` : ''}`;
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
