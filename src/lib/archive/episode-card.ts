import { pageCacheKey } from './cache-key.ts';
import type { EpisodeData } from './episodes-query.ts';

/**
 * The fields an episode's card shows (src/components/EpisodeCard.astro takes nothing else): its title, guests,
 * number, show, status and dates, and its poster, drawn from the same fields. Pages that list episodes as
 * cards are keyed by these, not by the whole episode, so that a talking point reworded re-renders the
 * episode's page and feeds but none of the lists it is on (docs/benchmarks.md). One list for the type and
 * the key, so that the card can show no field its key leaves out.
 */
const CARD_FIELDS = ['key', 'title', 'guests', 'number', 'show', 'status', 'date', 'startsAt'] as const;

export type CardEpisode = Pick<EpisodeData, (typeof CARD_FIELDS)[number]>;

// An episode is on many lists: its card's digest is worked out once per build.
const digests = new WeakMap<EpisodeData, string>();

/** The digest of what an episode's card shows, for a page's cacheKey. */
export function cardDigestOf(episode: EpisodeData): string {
  let digest = digests.get(episode);
  if (digest === undefined) {
    digest = pageCacheKey(...CARD_FIELDS.map((field) => episode[field]));
    digests.set(episode, digest);
  }
  return digest;
}
