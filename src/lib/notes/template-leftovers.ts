import type { Parent, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoteWarning } from './errors.ts';
import type { Chapter } from './timestamps.ts';
import type { WithheldText } from './withheld.ts';

// An item or line that only says it is still to be written.
const TO_DO = /^\s*(?:todo|tbd|tba|tbc)\s*[.!:?]*\s*$/i;
// `<<Any other topic? @alice @bob>>`: a note to colleagues, inline or as a whole item.
const OPEN = '<<';
const CLOSE = '>>';

/** True when a block's text is only `TODO`, `TBD` or the like. */
export function isToDo(text: string): boolean {
  return TO_DO.test(text);
}

/**
 * Removes every `<<…>>` span (a note to colleagues) from the phrasing content of a paragraph or
 * heading, also when it spans emphasis or links; returns the texts removed. A span left open runs to
 * the end of the block. Mutates the node.
 */
export function removeColleagueNotes(node: Parent): string[] {
  if (!toString(node).includes(OPEN)) return [];
  const removed: string[] = [];
  const kept: PhrasingContent[] = [];
  let open: string | undefined;
  for (const child of node.children as PhrasingContent[]) {
    if (child.type !== 'text') {
      if (open === undefined) kept.push(child);
      else open += toString(child);
      continue;
    }
    let rest = child.value;
    let text = '';
    while (rest.length) {
      if (open === undefined) {
        const start = rest.indexOf(OPEN);
        if (start === -1) { text += rest; break; }
        text += rest.slice(0, start);
        open = '';
        rest = rest.slice(start + OPEN.length);
      } else {
        const end = rest.indexOf(CLOSE);
        if (end === -1) { open += rest; break; }
        open += rest.slice(0, end);
        removed.push(open.trim());
        open = undefined;
        rest = rest.slice(end + CLOSE.length);
      }
    }
    if (text) kept.push({ ...child, value: text });
  }
  if (open !== undefined) removed.push(open.trim());
  if (!removed.length) return [];
  node.children = kept.map((child, index) => (child.type === 'text' && (index === 0 || index === kept.length - 1)
    ? { ...child, value: index === 0 ? child.value.trimStart() : child.value.trimEnd() } : child)) as Parent['children'];
  return removed.filter(Boolean);
}

/** What withholding a template leftover or a note to colleagues gives: the report's entry and a warning. */
export function leftoverWithheld(kind: 'template leftover' | 'note to colleagues', texts: string[], section: string, file: string, line: number): { withheld: WithheldText; warning: NoteWarning } {
  const what = kind === 'template leftover'
    ? `"${texts.join(' ')}" (a template leftover)`
    : `a note to colleagues ("<<${texts.join('>>", "<<')}>>")`;
  return {
    withheld: { reason: kind, section, line, texts },
    warning: {
      file, line,
      problem: `withheld ${what} under "${section}"`,
      fix: kind === 'template leftover' ? 'fill it in, or delete it if there is nothing to say.' : 'nothing to do if it is for the team; delete it once it is dealt with.',
    },
  };
}

// The episode template's only chapter, written before the video has any.
const TEMPLATE_CHAPTER = /^introductions?$/i;

/** True when the chapters are only the template's `00:00:00 Introductions`: no chapters yet. */
export function isTemplateChapterList(chapters: readonly Chapter[]): boolean {
  return chapters.length === 1 && chapters[0]!.start === 0 && TEMPLATE_CHAPTER.test(chapters[0]!.title.trim());
}

/** The line a block starts on, for messages. */
export function lineOf(nodes: readonly RootContent[]): number {
  return nodes.find((node) => node.position)?.position?.start.line ?? 0;
}
