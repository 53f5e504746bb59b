import { fencedCodeTracker } from './code-fences.ts';

// A list item with nothing after its dash, indented under another item (the template's `\t- `).
const LONE_NESTED_DASH = /^[ \t]+-[ \t]*$/;

/**
 * Blanks empty nested `-` items before parsing. Under a list item's text, a line holding only `-` is
 * a setext heading underline in CommonMark, so `- Outro` followed by the template's empty `\t- ` would
 * turn "Outro" into a heading. An empty item says nothing, so it goes; line numbers are kept.
 */
export function blankEmptyNestedItems(body: string): string {
  if (!new RegExp(LONE_NESTED_DASH.source, 'm').test(body)) return body;
  const isCode = fencedCodeTracker();
  return body.split('\n').map((line) => (!isCode(line) && LONE_NESTED_DASH.test(line) ? '' : line)).join('\n');
}
