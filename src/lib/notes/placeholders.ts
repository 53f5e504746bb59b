import type { Nodes } from 'mdast';
import { walk } from './walk.ts';

// The template's placeholders: `<name>`, `<position>`, `<topic>`, `<guest name>`.
const PLACEHOLDER = '<[a-z][a-z _/-]{0,40}>';
// In text, a placeholder stands alone: `Map<string>` is a type, not one.
const IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}_])${PLACEHOLDER}(?![\\p{L}\\p{N}_])`, 'iu');
// In code, the whole span is the placeholder, as the template writes it (`` `<name>` ``); other code is code.
const WHOLE_CODE = new RegExp(`^\\s*${PLACEHOLDER}\\s*$`, 'i');

/** True when the nodes hold a template placeholder the author has not filled in. */
export function hasPlaceholder(nodes: readonly Nodes[]): boolean {
  return walk(nodes, (child) =>
    (child.type === 'text' && IN_TEXT.test(child.value)) || (child.type === 'inlineCode' && WHOLE_CODE.test(child.value)) ? 'stop' : undefined);
}
