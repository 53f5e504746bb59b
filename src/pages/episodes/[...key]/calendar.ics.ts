import type { APIRoute, GetStaticPaths } from 'astro';
import { upcomingEpisodes, type EpisodeData } from '../../../lib/archive/episodes-query.ts';
import { episodeHeadlineWithShow } from '../../../lib/archive/format.ts';
import { calendarResponse } from '../../../lib/feeds/site-feeds.ts';
import { showOf } from '../../../lib/archive/site.ts';

// Only upcoming episodes offer a calendar event: a past one has nothing to add.
export const getStaticPaths = (async () => (await upcomingEpisodes()).map((episode) => ({
  params: { key: episode.key },
  props: { episode },
}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ episode: EpisodeData }> = ({ props }) =>
  calendarResponse(episodeHeadlineWithShow(props.episode, showOf(props.episode).name), [props.episode]);
