import { accentCount, foldName, parseOneGuest, type NamedGuest } from './guest-name.ts';

// `[Jane Doe](https://www.linkedin.com/in/jane)`: a name with the guest's own page.
const MARKDOWN_LINK = /\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)/y;
// What joins two people, in every language: "A, B", "A & B", "A + B"; then each language's own "and".
const JOINERS = [',', ';', '&', '+'];
const AND_BY_LANGUAGE: Record<string, readonly string[]> = { en: ['and'], es: ['y', 'e'] };

/** The language's words for "and" (English's always count: notes mix languages). */
function andWords(language: string | undefined): readonly string[] {
  const base = (language ?? 'en').split('-')[0]!.toLowerCase();
  return [...new Set([...(AND_BY_LANGUAGE.en ?? []), ...(AND_BY_LANGUAGE[base] ?? [])])];
}

/**
 * The people a guest line names (`Guest::`, `guests:`, `Invitado(s):`, a freehand `Role - Names` line):
 * one or several, joined by commas, `&`, `+` or the language's "and" (`and`; `y` in Spanish); plain,
 * quoted, as `[[wikilinks]]` (an alias `[[Page|Alias]]` names the page) or as markdown links
 * `[Name](https://…)` (the link is the guest's own). An organisation beside a name is their
 * affiliation, never part of the name: `Name (Org)`, `Name ([Org](url))`, `Name from Org`; a
 * parenthesis inside a name (`Joseph (Joe) Elliot`) is part of it. An empty value names no one.
 */
export function parseGuests(value: string, language?: string): NamedGuest[] {
  const guests = splitGuestValue(value, language).map(parseOneGuest).filter((guest): guest is NamedGuest => guest !== undefined);
  return dedupeGuests(guests);
}

/** The names alone of {@link parseGuests}. */
export function parseGuestNames(value: string, language?: string): string[] {
  return parseGuests(value, language).map((guest) => guest.name);
}

/**
 * Names from a frontmatter list (`guests:`, `hosts:`), each item read like a `Guest::` value: Obsidian
 * writes link properties as `"[[Ryan Perry]]"`, and an item may hold several names (`A & B`).
 */
export function parseNameList(items: readonly string[], language?: string): string[] {
  return parseGuestList(items, language).map((guest) => guest.name);
}

/** {@link parseNameList} with what each item says beside the name. */
export function parseGuestList(items: readonly string[], language?: string): NamedGuest[] {
  return dedupeGuests(items.flatMap((item) => parseGuests(item, language)));
}

/** A guest value cut into one text per person, outside `[[…]]`, `[…](…)` and parentheses only. */
function splitGuestValue(value: string, language: string | undefined): string[] {
  const words = andWords(language).join('|');
  const separator = new RegExp(`\\s*(?:[${JOINERS.map((joiner) => `\\${joiner}`).join('')}]|\\s(?:${words})\\s)\\s*`, 'iy');
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let index = 0;
  while (index < value.length) {
    if (value.startsWith('[[', index)) {
      const end = value.indexOf(']]', index);
      const stop = end === -1 ? value.length : end + 2;
      current += value.slice(index, stop);
      index = stop;
      continue;
    }
    MARKDOWN_LINK.lastIndex = index;
    const link = value[index] === '[' ? MARKDOWN_LINK.exec(value) : null;
    if (link) {
      current += link[0];
      index += link[0].length;
      continue;
    }
    const char = value[index]!;
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    separator.lastIndex = index;
    const match = depth === 0 ? separator.exec(value) : null;
    if (match && match[0].length > 0) {
      parts.push(current);
      current = '';
      index += match[0].length;
      continue;
    }
    current += char;
    index += 1;
  }
  parts.push(current);
  return parts;
}

/** Each person once (accents and case folded), the first mention's details completed by later ones. */
export function dedupeGuests(guests: readonly NamedGuest[]): NamedGuest[] {
  const byKey = new Map<string, NamedGuest>();
  for (const guest of guests) {
    const key = foldName(guest.name);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...guest });
      continue;
    }
    seen.link ??= guest.link;
    seen.affiliation ??= guest.affiliation;
    if (accentCount(guest.name) > accentCount(seen.name)) seen.name = guest.name;
  }
  return [...byKey.values()];
}

/**
 * The guests' own links in a `Guest::` value or a `guests:` list, by name: `[Jane Doe](https://…)`
 * links Jane Doe's page (a profile link may use it). Only http(s) links count.
 */
export function parseGuestLinks(values: readonly string[], language?: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const guest of values.flatMap((value) => parseGuests(value, language))) {
    if (guest.link && !(guest.name in links)) links[guest.name] = guest.link;
  }
  return links;
}
