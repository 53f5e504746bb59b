import { digestOf } from './cache-key.ts';
import type { EpisodeData } from './episodes-query.ts';

/**
 * What an episode's card shows (src/components/EpisodeCard.astro takes nothing else): its title, guests,
 * number, show, status and date, and its poster, drawn from the same fields. Pages that list episodes as
 * cards are keyed by this, not by the whole episode, so that a talking point reworded re-renders the
 * episode's page and feeds but none of the lists it is on (docs/benchmarks.md).
 */
export interface CardEpisode {
  key: string;
  title: string;
  guests: readonly string[];
  number: number | null;
  show: string;
  status: EpisodeData['status'];
  date: string | null;
  startsAt: string | null;
}

const cards = new WeakMap<object, CardEpisode>();

/** An episode's card fields, the same object for the same episode (so its digest is worked out once a build). */
export function cardOf(episode: EpisodeData): CardEpisode {
  let card = cards.get(episode);
  if (!card) {
    const { key, title, guests, number, show, status, date, startsAt } = episode;
    card = { key, title, guests, number, show, status, date, startsAt };
    cards.set(episode, card);
  }
  return card;
}

/** The digest of what an episode's card shows, for a page's cacheKey. */
export function cardDigestOf(episode: EpisodeData): string {
  return digestOf(cardOf(episode));
}
