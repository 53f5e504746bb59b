import { slugify } from './slug.ts';

/** The facts an episode's URL is made of. */
export interface KeyParts {
  show: string;
  number?: number | null;
  title: string;
  date?: string | null;
  /** The note's own `slug:`, if it chose one. */
  slug?: string;
}

/**
 * Where an episode's page lives under /episodes/ (see Episode.key): its number for a numbered episode
 * of the primary show, "<show>/<slug>" when the note chose a `slug:`, else "<show>/<date>-<title>".
 */
export function episodeKey(parts: KeyParts & { primary: boolean }): string {
  if (parts.primary && parts.number != null && !parts.slug) return String(parts.number);
  return parts.slug ? `${parts.show}/${slugify(parts.slug)}` : titleKey(parts);
}

/** The key a date and title give: "<show>/<date>-<title>". */
function titleKey(parts: KeyParts): string {
  return `${parts.show}/${parts.date ?? 'undated'}-${slugify(parts.title)}`;
}

/**
 * What the URL registry pins an episode's key by (src/lib/archive/url-registry.ts): "<show>/<date>" for
 * a key made from date and title, so that a title edit keeps the URL; the key itself for a key the note
 * chose with `slug:`. Undefined for a numbered episode of the primary show (its number is its URL for
 * good) and for an episode without a date (a draft, which has no page).
 */
export function registryIdentity(episode: KeyParts & { key: string }): string | undefined {
  if (!episode.key.includes('/') || !episode.date) return undefined;
  return episode.key === titleKey(episode) ? `${episode.show}/${episode.date}` : episode.key;
}

/** True when the episode's URL is its number (a numbered episode of the primary show without `slug:`). */
export function numberIsUrl(episode: { number?: number | null; key: string }): boolean {
  return episode.number != null && episode.key === String(episode.number);
}
