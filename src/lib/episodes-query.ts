import { getCollection, type CollectionEntry } from 'astro:content';
import { guestIndex, newestFirst, topicIndex } from './archive/indexes.ts';
import { slugify } from './notes/slug.ts';

export type EpisodeEntry = CollectionEntry<'episodes'>;
export type EpisodeData = EpisodeEntry['data'];
export type GuestEntry = CollectionEntry<'guests'>;

let cache: Promise<EpisodeData[]> | undefined;

/** Every episode that has a page (published and upcoming; drafts never), newest first. Read once per build. */
export function episodesWithPages(): Promise<EpisodeData[]> {
  cache ??= getCollection('episodes', (entry) => entry.data.status !== 'draft').then((entries) => newestFirst(entries.map((entry) => entry.data)));
  return cache;
}

/** Published episodes, newest first: what lists, feeds and indexes show. */
export async function publishedEpisodes(): Promise<EpisodeData[]> {
  return (await episodesWithPages()).filter((episode) => episode.status === 'published');
}

/** Upcoming episodes, soonest first. */
export async function upcomingEpisodes(): Promise<EpisodeData[]> {
  return (await episodesWithPages()).filter((episode) => episode.status === 'upcoming').reverse();
}

export async function publishedGuestIndex() {
  return guestIndex(await publishedEpisodes());
}

export async function publishedTopicIndex() {
  return topicIndex(await publishedEpisodes());
}

/** Guest entries by slug (file name), for names mentioned in notes. */
export async function guestProfiles(): Promise<Map<string, GuestEntry['data']>> {
  const entries = await getCollection('guests');
  const profiles = new Map<string, GuestEntry['data']>();
  for (const entry of entries) {
    profiles.set(entry.id, entry.data);
    profiles.set(slugify(entry.data.name), entry.data);
  }
  return profiles;
}
