import type { Parent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * A paragraph's or heading's text as one string to match rules against, its children's texts side by
 * side (so offsets map back to children), with inline code blanked: code is what someone typed, never
 * words of the note's own.
 */
export function matchText(node: Parent): string {
  let text = '';
  for (const child of node.children as PhrasingContent[]) text += child.type === 'inlineCode' ? ' '.repeat(child.value.length) : toString(child);
  return text;
}

/**
 * Removes the given ranges (sorted, apart, as offsets in matchText's string) from a paragraph's or
 * heading's children: text is cut where a range covers it, and a link, emphasis or code a range touches
 * goes whole (its words are part of what is cut). Spaces left doubled at a cut become one, and the
 * block's text is trimmed at its end. Mutates the node.
 */
export function cutText(node: Parent, ranges: readonly (readonly [number, number])[]): void {
  const kept: PhrasingContent[] = [];
  let offset = 0;
  let range = 0;
  for (const child of node.children as PhrasingContent[]) {
    const length = child.type === 'inlineCode' ? child.value.length : toString(child).length;
    const start = offset;
    const end = offset + length;
    offset = end;
    while (range < ranges.length && ranges[range]![1] <= start) range++;
    const touching: (readonly [number, number])[] = [];
    for (let index = range; index < ranges.length && ranges[index]![0] < end; index++) touching.push(ranges[index]!);
    if (touching.length === 0) {
      kept.push(child);
      continue;
    }
    if (child.type !== 'text') continue;
    let value = '';
    let at = start;
    for (const [from, to] of touching) {
      if (from > at) value += child.value.slice(at - start, from - start);
      at = Math.max(at, to);
    }
    if (at < end) value += child.value.slice(at - start);
    if (value) kept.push({ ...child, value });
  }
  // One space where the cut was, none at the end.
  for (let index = 1; index < kept.length; index++) {
    const before = kept[index - 1]!;
    const child = kept[index]!;
    if (child.type === 'text' && before.type === 'text' && /\s$/.test(before.value)) child.value = child.value.trimStart();
  }
  for (const child of kept) if (child.type === 'text') child.value = child.value.replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 ');
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  node.children = kept.filter((child) => child.type !== 'text' || child.value !== '') as Parent['children'];
}
