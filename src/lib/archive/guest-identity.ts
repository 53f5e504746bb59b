import { accentCount, foldName } from '../notes/guest-name.ts';

/** What naming a person once needs of an episode. */
export interface NamedEpisode {
  guests: readonly string[];
  guestLinks?: Readonly<Record<string, string>>;
  guestAffiliations?: Readonly<Record<string, { name: string; url?: string }>>;
}

/**
 * One person, one name, across the archive: names that differ only in accents or case ("Daniel González
 * Lopes" in one note, "Daniel Gonzalez Lopes" in another) are one person, written everywhere (guest page,
 * search filter, feeds, structured data) with the fullest spelling: the one with the most accents, then
 * the one written most often, then the first in the list.
 */
export function oneNamePerPerson<E extends NamedEpisode>(episodes: readonly E[]): E[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const episode of episodes) {
    for (const name of episode.guests) {
      const key = foldName(name);
      const counts = spellings.get(key) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      spellings.set(key, counts);
    }
  }
  const canonical = new Map<string, string>();
  for (const [key, counts] of spellings) {
    const best = [...counts.entries()].reduce((a, b) => (accentCount(b[0]) > accentCount(a[0]) || (accentCount(b[0]) === accentCount(a[0]) && b[1] > a[1]) ? b : a));
    canonical.set(key, best[0]);
  }
  return episodes.map((episode) => {
    const rename = (name: string) => canonical.get(foldName(name)) ?? name;
    if (episode.guests.every((name) => rename(name) === name)) return episode;
    return {
      ...episode,
      guests: episode.guests.map(rename),
      ...(episode.guestLinks ? { guestLinks: renameKeys(episode.guestLinks, rename) } : {}),
      ...(episode.guestAffiliations ? { guestAffiliations: renameKeys(episode.guestAffiliations, rename) } : {}),
    };
  });
}

function renameKeys<V>(record: Readonly<Record<string, V>>, rename: (name: string) => string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [rename(name), value]));
}

/** How lists of people and topics are sorted for reading: accents and case folded ("eBPF" among the E's). */
export const readingOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Whether a title already names every guest ("Mental health as a superpower with Karen Todd"): a byline
 * under it would name them a second time, so pages and cards leave it out. Compared folded (accents, case)
 * and as whole words, so "Ann" is not found in "Annotations".
 */
export function titleNamesEveryGuest(title: string, guests: readonly string[]): boolean {
  if (!guests.length) return false;
  const titleWords = ` ${foldedWords(title)} `;
  return guests.every((name) => titleWords.includes(` ${foldedWords(name)} `));
}

/** A text's words, folded (accents, case) and joined by single spaces. */
function foldedWords(text: string): string {
  return foldName(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
