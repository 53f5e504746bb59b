import { unwrapWikilink } from './wikilinks.ts';

/** Where a guest works, as a note says it: `Name (Org)`, `Name ([Org](https://…))`, `Name from Org`. */
export interface Affiliation {
  name: string;
  url?: string;
}

/** One person named by a guest line: the name alone, and what the line said beside it. */
export interface NamedGuest {
  name: string;
  /** Their own page (`[Name](https://…)`). */
  link?: string;
  affiliation?: Affiliation;
  /** Why the name may not be a clean name (markup or a URL left in it), for `npm run check`. */
  unclean?: string;
}

// `[Jane Doe](https://www.linkedin.com/in/jane)`: a name with the guest's own page.
const MARKDOWN_LINK = /\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)/y;
const WHOLE_MARKDOWN_LINK = /^\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)$/;
const QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;
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

/** The same person however the name is written: accents, case and spacing folded ("González" = "gonzalez"). */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();
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

/** One person's text: the name, their own link, and the organisation written beside it. */
function parseOneGuest(raw: string): NamedGuest | undefined {
  let text = raw.replace(/\s+/g, ' ').trim().replace(QUOTES, '').trim();
  if (!text) return undefined;
  let affiliation: Affiliation | undefined;
  // `Name (Org)` / `Name ([Org](url))`: a parenthesis that ends the text, after a name.
  const trailing = trailingParenthesis(text);
  if (trailing && !trailing.before.endsWith(']')) {
    affiliation = readAffiliation(trailing.inside);
    text = trailing.before;
  } else {
    // `Name from Org`: the first "from" outside a link.
    const from = /^(.+?)\s+(?:from|de la empresa)\s+(.+)$/i.exec(text);
    if (from && !/\]\([^)]*$/.test(from[1]!)) {
      affiliation = readAffiliation(from[2]!);
      text = from[1]!.trim();
    }
  }
  const link = WHOLE_MARKDOWN_LINK.exec(text);
  const name = cleanGuestName(text);
  if (!name) return undefined;
  const guest: NamedGuest = { name };
  if (link && /^https?:\/\//i.test(link[2]!)) guest.link = link[2]!;
  if (affiliation?.name || affiliation?.url) {
    // A bare URL in parentheses is the person's own page, not an employer.
    if (!affiliation.name && affiliation.url && !guest.link) guest.link = affiliation.url;
    else if (affiliation.name) guest.affiliation = affiliation;
  }
  const unclean = uncleanReason(name);
  if (unclean) guest.unclean = unclean;
  return guest;
}

/** The parenthesis that ends a text (nested ones inside it kept), and the text before it; found from the end, in one pass. */
function trailingParenthesis(text: string): { before: string; inside: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let index = text.length - 1; index >= 0; index -= 1) {
    if (text[index] === ')') depth += 1;
    else if (text[index] === '(' && --depth === 0) {
      const before = text.slice(0, index).trim();
      return before ? { before, inside: text.slice(index + 1, -1) } : undefined;
    }
  }
  return undefined;
}

function readAffiliation(raw: string): Affiliation | undefined {
  const text = raw.trim().replace(QUOTES, '').trim();
  if (!text) return undefined;
  const link = WHOLE_MARKDOWN_LINK.exec(text);
  if (link) {
    const url = /^https?:\/\//i.test(link[2]!) ? link[2]! : undefined;
    return { name: plain(link[1]!), ...(url ? { url } : {}) };
  }
  if (/^https?:\/\/\S+$/i.test(text)) return { name: '', url: text };
  const name = cleanGuestName(text);
  return name ? { name } : undefined;
}

function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** Why a name is not a clean person's name, or undefined when it is. */
function uncleanReason(name: string): string | undefined {
  if (/https?:\/\/|www\./i.test(name)) return 'it holds a URL';
  if (/[\[\]{}<>|*_`#@]/.test(name)) return 'it holds markup';
  if (/[()]/.test(name) && !/^[^()]+\([^()]+\)[^()]+$/.test(name)) return 'it holds an unmatched parenthesis';
  if (name.split(/\s+/).length > 6) return 'it is longer than a name';
  return undefined;
}

/** A name as written, without quotes, wikilink brackets, link syntax or stray punctuation. */
export function cleanGuestName(raw: string): string {
  let name = raw.trim();
  name = name.replace(QUOTES, '').trim();
  const link = WHOLE_MARKDOWN_LINK.exec(name);
  if (link) name = link[1]!.trim();
  if (name.startsWith('[[')) {
    const link = unwrapWikilink(name);
    // `[[People/Jane Doe]]` names Jane Doe; `[[people/jane-doe|Jane Doe]]` links a slug and shows the name.
    const page = link.target.split('/').pop() ?? link.target;
    name = link.label !== link.target && !/\s/.test(page) ? link.label : page;
  }
  return name.replace(QUOTES, '').replace(/\s+/g, ' ').replace(/^[,;:\-–—\s]+|[,;:\-–—\s]+$/g, '').trim();
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

/** How many accented letters a spelling has: the fuller spelling of a name has more. */
export function accentCount(name: string): number {
  return (name.normalize('NFKD').match(/[\u0300-\u036f]/g) ?? []).length;
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
