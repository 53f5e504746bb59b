import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walk } from './walk.ts';

/** Why something in a note is not published. */
export type WithheldReason =
  | 'internal section'
  | 'section not on the allow-list'
  | 'template instruction'
  | 'template placeholder'
  | 'opening line'
  | 'internal link'
  | 'note preamble'
  | 'comment'
  | 'data field'
  | 'template leftover'
  | 'note to colleagues'
  | 'author marker'
  | 'struck through'
  | 'note to the hosts';

/** Something the archive keeps back, reported to the team and checked against the output. */
export interface WithheldText {
  reason: WithheldReason;
  /** The section it was in. */
  section: string;
  line: number;
  /** Its text, one entry per paragraph, heading or code block, for the leak guard. */
  texts: string[];
}

/** The text of each paragraph-like block under the nodes, so a leak can be found line by line. */
export function blockTexts(nodes: readonly Nodes[]): string[] {
  const texts: string[] = [];
  walk(nodes, (child) => {
    if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell') {
      texts.push(toString(child).trim());
      return 'skip';
    }
    if (child.type === 'code' || child.type === 'inlineCode') texts.push(child.value.trim());
    // A reference definition's URL and title (`[r]: https://… "title"`) are text the note keeps back too.
    if (child.type === 'definition') texts.push([child.url, child.title ?? ''].join(' ').trim());
  });
  return texts.filter((text) => text.length > 0);
}

/** Records nodes as withheld. */
export function withhold(
  nodes: readonly Nodes[],
  reason: WithheldReason,
  section: string,
  line: number,
): WithheldText {
  return { reason, section, line, texts: blockTexts(nodes) };
}
