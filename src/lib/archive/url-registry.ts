import { resolve } from 'node:path';
import { registryIdentity, type KeyParts } from '../notes/episode-key.ts';

/**
 * Every URL the site has published, by episode. Dated episodes get their URL from their date and title,
 * which the team may still edit after publishing. The registry pins the first URL an episode got, so
 * links never break: a title edit keeps the URL; a changed date (the URL's source), number or a new
 * `slug:` moves the page and leaves a redirect at the old URL. An episode whose date and title both
 * changed is recognised by its note's file. Numbered episodes of the primary show are listed too (their
 * number is their URL), so that no published episode can leave the site unnoticed
 * (src/lib/archive/assemble-archive.ts).
 */
export interface UrlRegistry {
  version: 1;
  /**
   * By identity (src/lib/notes/episode-key.ts registryIdentity: "<show>/<date>", or the key a `slug:`
   * chose; "<show>#<number>" for a numbered episode of the primary show; "<show>/<date>@<video>" for
   * each of several episodes of one show on one day, see pinIdentities): the key the page lives at,
   * the note it comes from, and keys it lived at before.
   */
  episodes: Record<string, { key: string; file?: string; previous?: string[] }>;
}

export interface PinnableEpisode extends KeyParts {
  key: string;
  /** The note it comes from (as the build shows it), to recognise it when its date and title both change. */
  sourceFile?: string;
  /** Its video: what tells apart two episodes of one show on one day. */
  videoId?: string | null;
}

export interface PinnedKeys<E> {
  episodes: E[];
  /** Old key -> current key, one redirect page each. */
  redirects: { from: string; to: string }[];
  registry: UrlRegistry;
  changed: boolean;
  /** Pairs of episodes the registry would put at one URL: the build must stop. */
  conflicts: { key: string; files: [string, string] }[];
  /** What the registry knows each episode by, in the order given (see pinIdentities). */
  identities: (string | undefined)[];
}

export const EMPTY_REGISTRY: UrlRegistry = { version: 1, episodes: {} };

/** The part of a key after "<show>/<date>-": what a date change leaves alone. */
function titlePart(key: string): string {
  return key.replace(/^[^/]+\/\d{4}-\d{2}-\d{2}-/, '');
}

/** What the registry knows an episode with a page by (see UrlRegistry.episodes); undefined without a date. */
export function pinIdentity(episode: PinnableEpisode): string | undefined {
  if (!episode.date) return undefined;
  return registryIdentity(episode) ?? (episode.number != null ? `${episode.show}#${episode.number}` : undefined);
}

/**
 * What the registry knows each episode by. An episode that is its show's only one on its day is
 * "<show>/<date>", as it always was. Several episodes of one show on one day (different videos: the
 * notes-folder loop stops on two notes of one video) are told apart by video, "<show>/<date>@<video>",
 * except the one the registry already pinned at "<show>/<date>" (by its note, else by its URL), which
 * keeps it. An identity once written is kept: an episode whose "@<video>" entry is in the registry keeps
 * it when it becomes its day's only one. So no URL moves when a second episode joins a day or leaves it.
 */
export function pinIdentities(episodes: readonly PinnableEpisode[], registry: UrlRegistry): (string | undefined)[] {
  const plain = episodes.map((episode) => pinIdentity(episode));
  const byDay = new Map<string, number[]>();
  plain.forEach((identity, index) => {
    if (identity && isDayIdentity(identity, episodes[index]!)) byDay.set(identity, [...(byDay.get(identity) ?? []), index]);
  });
  const identities = [...plain];
  for (const [day, indexes] of byDay) {
    const own = (index: number) => {
      const videoId = episodes[index]!.videoId;
      return videoId ? `${day}@${videoId}` : undefined;
    };
    const known = indexes.filter((index) => { const id = own(index); return id !== undefined && registry.episodes[id] !== undefined; });
    for (const index of known) identities[index] = own(index);
    if (indexes.length < 2) continue;
    const rest = indexes.filter((index) => !known.includes(index));
    const entry = registry.episodes[day];
    const holder = entry && (rest.find((index) => sameFile(entry.file, episodes[index]!.sourceFile)) ?? rest.find((index) => entry.key === episodes[index]!.key));
    for (const index of rest) if (index !== holder) identities[index] = own(index) ?? day;
  }
  return identities;
}

/** True for an identity made of a show and a date (not a key a `slug:` chose, nor a number). */
function isDayIdentity(identity: string, episode: PinnableEpisode): boolean {
  return identity === `${episode.show}/${episode.date}`;
}

/** The "<show>/<date>" an identity belongs to ("<show>/<date>@<video>" is one of several episodes that day). */
function dayOf(identity: string): string {
  return identity.replace(/@[^/]*$/, '');
}

/** Two paths of one note, however each was shown (relative to the project, or absolute). */
export function sameFile(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && (a === b || resolve(a) === resolve(b));
}

/** Applies the registry to episodes with pages. */
export function pinEpisodeKeys<E extends PinnableEpisode>(episodes: readonly E[], registry: UrlRegistry): PinnedKeys<E> {
  const entries = structuredClone(registry.episodes);
  const identities = pinIdentities(episodes, registry);
  const current = new Set(identities.filter(Boolean));
  const currentFiles = new Set(episodes.flatMap((episode) => (episode.sourceFile ? [resolve(episode.sourceFile)] : [])));
  let changed = false;
  // Two notes of one identity (one show's day) are named by the notes-folder loop; the second is left as
  // it is here, so that the same problem is not reported again as a URL conflict.
  const claimed = new Set<string>();
  // Entries of no current identity, in the registry's order: only these can have lost their episode
  // (an entry added below is a current identity's). Listed once, not once per new episode.
  const orphaned = Object.entries(entries).filter(([old]) => !current.has(old));

  const pinned = episodes.map((episode, index) => {
    const identity = identities[index];
    if (!identity || claimed.has(identity)) return episode;
    claimed.add(identity);
    const entry = entries[identity];
    if (entry) {
      if (episode.sourceFile && !sameFile(entry.file, episode.sourceFile)) {
        entry.file = episode.sourceFile;
        changed = true;
      }
      return entry.key === episode.key ? episode : { ...episode, key: entry.key };
    }
    // A new identity. The same episode as an entry that lost its episode, if that entry comes from the
    // same note, or (its note gone or unknown) has the same title: the date or the slug changed.
    const orphans = orphaned.filter(([old]) => Object.hasOwn(entries, old) && (old.startsWith(`${episode.show}/`) || old.startsWith(`${episode.show}#`)));
    const moved = orphans.find(([, old]) => sameFile(old.file, episode.sourceFile))
      ?? orphans.find(([, old]) => (!old.file || !currentFiles.has(resolve(old.file))) && titlePart(old.key) === titlePart(episode.key));
    changed = true;
    // Only its identity's form changed (one of several episodes of its day, or no longer): its URL stays.
    if (moved && dayOf(moved[0]) === dayOf(identity)) {
      entries[identity] = { ...moved[1], ...(episode.sourceFile ? { file: episode.sourceFile } : {}) };
      delete entries[moved[0]];
      return moved[1].key === episode.key ? episode : { ...episode, key: moved[1].key };
    }
    const previous = moved ? [moved[1].key, ...(moved[1].previous ?? [])].filter((key) => key !== episode.key) : [];
    entries[identity] = { key: episode.key, ...(episode.sourceFile ? { file: episode.sourceFile } : {}), ...(previous.length ? { previous } : {}) };
    if (moved) delete entries[moved[0]];
    return episode;
  });

  const byKey = new Map<string, E>();
  const conflicts: PinnedKeys<E>['conflicts'] = [];
  const moved = new Set(pinned.filter((episode, index) => episode !== episodes[index]));
  for (const episode of pinned) {
    const other = byKey.get(episode.key);
    // Two notes that claim one key themselves are one episode twice: the notes-folder loop names them.
    if (other && (moved.has(episode) || moved.has(other))) conflicts.push({ key: episode.key, files: [other.sourceFile ?? other.title, episode.sourceFile ?? episode.title] });
    byKey.set(episode.key, episode);
  }
  // A redirect never takes the place of a page.
  const redirects = Object.values(entries).flatMap((entry) => (entry.previous ?? [])
    .filter((from) => !byKey.has(from))
    .map((from) => ({ from, to: entry.key })));
  return { episodes: pinned, redirects, registry: { version: 1, episodes: sortKeys(entries) }, changed, conflicts, identities };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
