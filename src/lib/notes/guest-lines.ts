import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseGuestNames } from './guests.ts';

/** The guest lines found before the first section, and that part without them. */
export interface GuestLines {
  guests: string[];
  /** The blocks before the first section, without the paragraphs that were only guest lines. */
  rest: RootContent[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Reads a translated template's guest line, written with one colon before the first section:
 * `Invitado(s): Carlos Gauto` or `Invitado(s): [Carlos Gauto](https://www.linkedin.com/in/…)`, the
 * name being the link's text (several links are several guests; plain text is split like `Guest::`).
 * A paragraph that holds only guest lines is data, as a `Guest::` line is, and leaves the preamble.
 */
export function takeGuestLines(preamble: readonly RootContent[], labels: readonly string[]): GuestLines {
  if (labels.length === 0) return { guests: [], rest: [...preamble] };
  const line = new RegExp(`^\\s*(?:${labels.map(escapeRegExp).join('|')})\\s*:(?!:)\\s*(.*)$`, 'i');
  const guests: string[] = [];
  const rest: RootContent[] = [];
  for (const block of preamble) {
    const lines = block.type === 'paragraph' ? toString(block).split('\n') : [];
    const values = lines.map((text) => line.exec(text)?.[1]);
    if (lines.length === 0 || values.some((value) => value === undefined)) {
      rest.push(block);
      continue;
    }
    const links = linkTexts(block as Paragraph);
    // One line of links names its guests by their links, whatever joins them ("y", "and", ",").
    if (lines.length === 1 && links.length > 0) guests.push(...links);
    else for (const value of values) guests.push(...parseGuestNames(value ?? ''));
  }
  return { guests, rest };
}

function linkTexts(paragraph: Paragraph): string[] {
  return paragraph.children.flatMap((child) => (child.type === 'link' ? [toString(child).trim()] : [])).filter(Boolean);
}
