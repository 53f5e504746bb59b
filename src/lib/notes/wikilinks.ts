/** The page a wikilink points at and the text it shows. */
export interface Wikilink {
  target: string;
  label: string;
}

/**
 * `[[Page]]` -> { target: "Page", label: "Page" }; `[[Page|Alias]]` -> label "Alias";
 * `[[Page#Heading]]` points at Page. Text without brackets is returned as both.
 */
export function unwrapWikilink(text: string): Wikilink {
  const match = /^!?\[\[([^\]|]*?)(?:\|([^\]]*))?\]\]$/.exec(text.trim());
  if (!match) return { target: text.trim(), label: text.trim() };
  const target = (match[1] ?? '').split('#')[0]!.trim();
  const label = (match[2] ?? '').trim() || target;
  return { target, label };
}

/** Matches every wikilink in running text. */
export const WIKILINK_PATTERN = /!?\[\[([^\][|]+?)(?:\|([^\][]*))?\]\]/g;
