import type { Blockquote, Paragraph, PhrasingContent } from 'mdast';

const MARKER = /^\[!([\w-]+)\][+-]?[ \t]*/;

/** The title of an Obsidian callout (`> [!warning]- Checklist` gives "Checklist"; its type when it has none), or undefined for another quote. */
export function calloutTitle(quote: Blockquote): string | undefined {
  const first = quote.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (!lead || lead.type !== 'text' || !marker) return undefined;
  const title = lead.value.slice(marker[0].length).split('\n')[0]!.trim();
  return title || marker[1]!;
}

/**
 * An Obsidian callout (`> [!note] Title` and its lines) as a visitor should see it: a quote whose first
 * line is its title in bold (the type, "Note", when it has none), without the `[!note]` marker.
 * Any other quote is left as it is. Mutates the quote.
 */
export function renderCallout(quote: Blockquote): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const lead = first.children[0];
  const marker = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  if (!lead || lead.type !== 'text' || !marker) return;
  lead.value = lead.value.slice(marker[0].length);
  const [title, body] = splitFirstLine(first.children);
  const titleText: PhrasingContent[] = title.some((node) => node.type !== 'text' || node.value.trim())
    ? title
    : [{ type: 'text', value: capitalise(marker[1]!) }];
  const heading: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: titleText }], position: first.position };
  const rest: Paragraph[] = body.length ? [{ type: 'paragraph', children: body }] : [];
  quote.children.splice(0, 1, heading, ...rest);
}

/** A paragraph's inline nodes before and after its first line break. */
function splitFirstLine(nodes: readonly PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'break') return [nodes.slice(0, index), nodes.slice(index + 1)];
    if (node.type !== 'text' || !node.value.includes('\n')) continue;
    const cut = node.value.indexOf('\n');
    const before: PhrasingContent[] = node.value.slice(0, cut).trim() ? [{ type: 'text', value: node.value.slice(0, cut).trimEnd() }] : [];
    const after: PhrasingContent[] = node.value.slice(cut + 1) ? [{ type: 'text', value: node.value.slice(cut + 1) }] : [];
    return [[...nodes.slice(0, index), ...before], [...after, ...nodes.slice(index + 1)]];
  }
  return [[...nodes], []];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
