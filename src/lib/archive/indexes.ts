import { slugify } from '../notes/slug.ts';
import { readingOrder } from './guest-identity.ts';

/** The fields of an episode the archive's indexes need. */
export interface IndexedEpisode {
  key: string;
  number: number | null;
  date: string | null;
  startsAt: string | null;
  guests: readonly string[];
  topics: readonly { name: string; slug: string }[];
}

/** The fields that order episodes and group them by year. */
export type DatedEpisode = Pick<IndexedEpisode, 'key' | 'number' | 'date' | 'startsAt'>;

/** A person or topic with the episodes about them, newest first. */
export interface IndexEntry<E> {
  slug: string;
  name: string;
  episodes: E[];
}

/** Newest first: by air time, then by number. */
export function newestFirst<E extends DatedEpisode>(episodes: readonly E[]): E[] {
  return [...episodes].sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? '') || (b.number ?? 0) - (a.number ?? 0) || a.key.localeCompare(b.key));
}

/** Everyone who has been a guest, with their episodes; sorted by name as people read it (accents and case folded). */
export function guestIndex<E extends IndexedEpisode>(episodes: readonly E[]): IndexEntry<E>[] {
  return buildIndex(episodes, (episode) => episode.guests.map((name) => ({ slug: slugify(name), name })));
}

/** Every topic with its episodes; sorted by name as people read it ("eBPF" and "k6" among the E's and K's). */
export function topicIndex<E extends IndexedEpisode>(episodes: readonly E[]): IndexEntry<E>[] {
  return buildIndex(episodes, (episode) => episode.topics);
}

function buildIndex<E extends IndexedEpisode>(episodes: readonly E[], keysOf: (episode: E) => readonly { slug: string; name: string }[]): IndexEntry<E>[] {
  const bySlug = new Map<string, IndexEntry<E>>();
  for (const episode of newestFirst(episodes)) {
    for (const { slug, name } of keysOf(episode)) {
      const entry = bySlug.get(slug) ?? { slug, name, episodes: [] };
      if (!entry.episodes.includes(episode)) entry.episodes.push(episode);
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => readingOrder.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** Episodes grouped by year of airing, newest year first; the year of episodes without a date is null. */
export function groupByYear<E extends DatedEpisode>(episodes: readonly E[]): { year: string | null; episodes: E[] }[] {
  const groups = new Map<string | null, E[]>();
  for (const episode of newestFirst(episodes)) {
    const year = episode.date?.slice(0, 4) ?? null;
    groups.set(year, [...(groups.get(year) ?? []), episode]);
  }
  return [...groups.entries()].map(([year, list]) => ({ year, episodes: list }));
}

/** Splits a list into pages of a given size (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], pageSize: number): T[][] {
  const pages: T[][] = [];
  for (let index = 0; index < items.length; index += pageSize) pages.push(items.slice(index, index + pageSize));
  return pages.length ? pages : [[]];
}

/**
 * An episode's neighbours within its own show, from a list of published episodes, newest first:
 * "previous" is the older one, "next" the newer. An upcoming episode (not in the list) has the
 * show's newest published episode as its previous one and no next.
 */
export function neighboursInShow<E extends { show: string }>(episode: E, published: readonly E[]): { previous?: E; next?: E } {
  const sameShow = published.filter((candidate) => candidate.show === episode.show);
  const index = sameShow.indexOf(episode);
  if (index < 0) return { previous: sameShow[0] };
  return { previous: sameShow[index + 1], next: index > 0 ? sameShow[index - 1] : undefined };
}

/** Which episodes one page of a paginated list shows: "Episodes 31–60 of 75". */
export function pageRange(page: number, pageSize: number, total: number): { first: number; last: number } {
  const first = Math.min(total, (page - 1) * pageSize + 1);
  return { first, last: Math.min(total, page * pageSize) };
}
