import { unwrapWikilink } from './wikilinks.ts';

// `[Jane Doe](https://www.linkedin.com/in/jane)`: a name with the guest's own page.
const MARKDOWN_LINK = /\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)/y;
const WHOLE_MARKDOWN_LINK = /^\[([^\[\]]+)\]\(\s*<?([^)\s>]+)>?\s*\)$/;

/**
 * Names from a Dataview `Guest::` value: one or several, separated by commas, `&` or `and`,
 * plain, quoted, as `[[wikilinks]]` (an alias `[[Page|Alias]]` names the page) or as markdown links
 * `[Name](https://…)` (the name; guestLinks keeps the link). An empty value gives no guests, never a
 * guest called "".
 */
export function parseGuestNames(value: string): string[] {
  return dedupe(splitGuestValue(value).map(cleanGuestName).filter((name) => name.length > 0));
}

/**
 * The guests' own links in a `Guest::` value or a `guests:` list, by name: `[Jane Doe](https://…)`
 * links Jane Doe's page (a profile link may use it). Only http(s) links count.
 */
export function parseGuestLinks(values: readonly string[]): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of values.flatMap(splitGuestValue)) {
    const match = WHOLE_MARKDOWN_LINK.exec(part.trim().replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim());
    if (!match || !/^https?:\/\//i.test(match[2]!)) continue;
    const name = cleanGuestName(match[1]!);
    if (name && !(name in links)) links[name] = match[2]!;
  }
  return links;
}

/** A `Guest::` value cut into one text per guest, outside `[[…]]` and `[…](…)` only. */
function splitGuestValue(value: string): string[] {
  // Split outside of links only, so an alias containing "and" stays whole.
  const parts: string[] = [];
  const separator = /\s*(?:,|;|&|\band\b)\s*/y;
  let current = '';
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
    separator.lastIndex = index;
    const match = separator.exec(value);
    if (match) {
      parts.push(current);
      current = '';
      index += match[0].length;
      continue;
    }
    current += value[index];
    index += 1;
  }
  parts.push(current);
  return parts;
}

/**
 * Names from a frontmatter list (`guests:`, `hosts:`), each item read like a `Guest::` value: Obsidian
 * writes link properties as `"[[Ryan Perry]]"`, and an item may hold several names (`A & B`).
 */
export function parseNameList(items: readonly string[]): string[] {
  return dedupe(items.flatMap(parseGuestNames));
}

/** A name as written, without quotes, wikilink brackets or stray punctuation. */
export function cleanGuestName(raw: string): string {
  let name = raw.trim();
  name = name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim();
  const link = WHOLE_MARKDOWN_LINK.exec(name);
  if (link) name = link[1]!.trim();
  if (name.startsWith('[[')) {
    const link = unwrapWikilink(name);
    // `[[People/Jane Doe]]` names Jane Doe; `[[people/jane-doe|Jane Doe]]` links a slug and shows the name.
    const page = link.target.split('/').pop() ?? link.target;
    name = link.label !== link.target && !/\s/.test(page) ? link.label : page;
  }
  return name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/\s+/g, ' ').trim();
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
