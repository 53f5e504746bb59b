/**
 * Dated episodes get their URL from their title, which the team may still edit after publishing.
 * The registry pins the first URL an episode got, so links never break: a title edit keeps the URL,
 * and a changed date (the slug's source) moves the page and leaves a redirect at the old URL.
 */
export interface UrlRegistry {
  version: 1;
  /** By identity, "<show>/<date>": the key the page lives at, and keys it lived at before. */
  episodes: Record<string, { key: string; previous?: string[] }>;
}

export interface PinnableEpisode {
  show: string;
  key: string;
  date: string | null;
}

export interface PinnedKeys<E> {
  episodes: E[];
  /** Old key -> current key, one redirect page each. */
  redirects: { from: string; to: string }[];
  registry: UrlRegistry;
  changed: boolean;
}

export const EMPTY_REGISTRY: UrlRegistry = { version: 1, episodes: {} };

/** The part of a key after "<show>/<date>-": what a date change leaves alone. */
function titlePart(key: string): string {
  return key.replace(/^[^/]+\/\d{4}-\d{2}-\d{2}-/, '');
}

/** Applies the registry to episodes with pages (numbered keys are permanent and not registered). */
export function pinEpisodeKeys<E extends PinnableEpisode>(episodes: readonly E[], registry: UrlRegistry): PinnedKeys<E> {
  const entries = structuredClone(registry.episodes);
  const identityOf = (episode: E) => (episode.key.includes('/') && episode.date ? `${episode.show}/${episode.date}` : undefined);
  const current = new Set(episodes.map(identityOf).filter(Boolean));
  let changed = false;

  const pinned = episodes.map((episode) => {
    const identity = identityOf(episode);
    if (!identity) return episode;
    const entry = entries[identity];
    if (entry) return entry.key === episode.key ? episode : { ...episode, key: entry.key };
    // A new identity whose title matches an entry that lost its episode: the date changed.
    const moved = Object.entries(entries).find(([oldIdentity, old]) =>
      !current.has(oldIdentity) && oldIdentity.startsWith(`${episode.show}/`) && titlePart(old.key) === titlePart(episode.key));
    entries[identity] = { key: episode.key, ...(moved ? { previous: [moved[1].key, ...(moved[1].previous ?? [])] } : {}) };
    if (moved) delete entries[moved[0]];
    changed = true;
    return episode;
  });

  const redirects = Object.values(entries).flatMap((entry) => (entry.previous ?? []).map((from) => ({ from, to: entry.key })));
  return { episodes: pinned, redirects, registry: { version: 1, episodes: sortKeys(entries) }, changed };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
