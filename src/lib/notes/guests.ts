import { unwrapWikilink } from './wikilinks.ts';

/**
 * Names from a Dataview `Guest::` value: one or several, separated by commas, `&` or `and`,
 * plain, quoted or as `[[wikilinks]]` (an alias `[[Page|Alias]]` names the page).
 * An empty value gives no guests, never a guest called "".
 */
export function parseGuestNames(value: string): string[] {
  // Split outside of [[...]] only, so an alias containing "and" stays whole.
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
  return dedupe(parts.map(cleanGuestName).filter((name) => name.length > 0));
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
