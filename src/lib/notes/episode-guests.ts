import type { NoteWarning } from './errors.ts';
import { accentCount, foldName, type Affiliation } from './guest-name.ts';
import type { SourcedGuest } from './guest-lines.ts';
import { plainText } from './plain-text.ts';

/** An episode's guests, each once, with what the note says of them. */
export interface EpisodeGuests {
  guests: string[];
  /** A guest's own link (`[Jane Doe](https://…)`), by name. */
  links: Record<string, string>;
  /** A guest's organisation (`Jane Doe (Org)`), by name. */
  affiliations: Record<string, Affiliation>;
  /** Where the note names each guest, for `npm run check`. */
  sources: { name: string; source: string }[];
  warnings: NoteWarning[];
}

/**
 * The guests of an episode from every line that names them: each person once (names that differ only
 * in accents or case are one person, under the spelling with accents), never one of its hosts, and a
 * warning for a name that still holds markup or a URL.
 */
export function collectGuests(named: readonly SourcedGuest[], hosts: readonly string[], file: string): EpisodeGuests {
  const hostKeys = new Set(hosts.map(foldName));
  const byKey = new Map<string, { name: string; link?: string; affiliation?: Affiliation; sources: string[]; unclean?: string }>();
  for (const { guest, source } of named) {
    const name = plainText(guest.name);
    const key = foldName(name);
    if (!name || hostKeys.has(key)) continue;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { name, link: guest.link, affiliation: guest.affiliation, sources: [source], unclean: guest.unclean });
      continue;
    }
    if (accentCount(name) > accentCount(seen.name)) seen.name = name;
    seen.link ??= guest.link;
    seen.affiliation ??= guest.affiliation;
    if (!seen.sources.includes(source)) seen.sources.push(source);
  }
  const result: EpisodeGuests = { guests: [], links: {}, affiliations: {}, sources: [], warnings: [] };
  for (const guest of byKey.values()) {
    result.guests.push(guest.name);
    if (guest.link) result.links[guest.name] = guest.link;
    if (guest.affiliation?.name) {
      result.affiliations[guest.name] = { name: plainText(guest.affiliation.name), ...(guest.affiliation.url ? { url: guest.affiliation.url } : {}) };
    }
    result.sources.push({ name: guest.name, source: guest.sources.join(', ') });
    if (guest.unclean) {
      const line = Number(/line (\d+)/.exec(guest.sources[0] ?? '')?.[1]) || undefined;
      result.warnings.push({
        file, line,
        problem: `the guest "${guest.name}" could not be read as a clean name (${guest.unclean})`,
        fix: 'write the guest as `Name`, `Name (Organisation)`, `Name ([Organisation](https://…))` or `[Name](https://…)`, several separated by commas.',
      });
    }
  }
  return result;
}
