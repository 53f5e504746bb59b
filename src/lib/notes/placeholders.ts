import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

// The template's placeholders: `<name>`, `<position>`, `<topic>`, `<guest name>`.
const PLACEHOLDER = '<[a-z][a-z _/-]{0,40}>';
// In text, a placeholder stands alone: `Map<string>` is a type, not one.
const IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}_])${PLACEHOLDER}(?![\\p{L}\\p{N}_])`, 'iu');
// In code, the whole span is the placeholder, as the template writes it (`` `<name>` ``); other code is code.
const WHOLE_CODE = new RegExp(`^\\s*${PLACEHOLDER}\\s*$`, 'i');

/** True when the nodes hold a template placeholder the author has not filled in. */
export function hasPlaceholder(nodes: readonly Nodes[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, (child) => {
      if (child.type === 'text' && IN_TEXT.test(child.value)) found = true;
      if (child.type === 'inlineCode' && WHOLE_CODE.test(child.value)) found = true;
      return found ? false : undefined;
    });
    if (found) break;
  }
  return found;
}
