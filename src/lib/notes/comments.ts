import { fencedCodeTracker } from './code-fences.ts';

/** An Obsidian comment: what it says, and the line it starts on. */
export interface NoteComment {
  line: number;
  /** Its lines of text, without the `%%` and without blank lines. */
  texts: string[];
}

export interface StrippedComments {
  /** The text with every comment blanked out (newlines kept, so line numbers still match the file). */
  text: string;
  comments: NoteComment[];
}

/**
 * Obsidian comments, `%%inline%%` or a block between `%%` lines, are private notes: Obsidian shows them
 * only while editing. They are blanked out before the note is parsed (as Obsidian does, not inside code
 * blocks or code spans; columns shift, lines do not), and returned so that the report and the leak guard know them. A comment left
 * open hides the rest of the note, as in Obsidian.
 */
export function stripComments(body: string): StrippedComments {
  if (!body.includes('%%')) return { text: body, comments: [] };
  const lines = body.split('\n');
  const isCode = fencedCodeTracker();
  const comments: NoteComment[] = [];
  let open: { line: number; text: string } | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (!open && isCode(line)) continue;
    let kept = '';
    let position = 0;
    while (position < line.length) {
      if (open) {
        const end = line.indexOf('%%', position);
        const stop = end === -1 ? line.length : end;
        open.text += line.slice(position, stop);
        position = end === -1 ? line.length : end + 2;
        if (end !== -1) {
          comments.push(commentOf(open));
          open = undefined;
        }
      } else if (line[position] === '`') {
        const span = codeSpanEnd(line, position);
        kept += line.slice(position, span);
        position = span;
      } else if (line.startsWith('%%', position)) {
        open = { line: index + 1, text: '' };
        position += 2;
      } else {
        kept += line[position];
        position += 1;
      }
    }
    if (open) open.text += '\n';
    // Only a line that held a comment changes; trailing spaces elsewhere may be hard line breaks.
    if (kept !== line) lines[index] = kept.trimEnd();
  }
  if (open) comments.push(commentOf(open));
  return { text: lines.join('\n'), comments };
}

/** Where a code span starting at `start` ends: after its closing run of as many backticks, else after its opening run. */
function codeSpanEnd(line: string, start: number): number {
  let run = start;
  while (line[run] === '`') run++;
  const fence = line.slice(start, run);
  let search = run;
  while (search < line.length) {
    const close = line.indexOf(fence, search);
    if (close === -1) break;
    let after = close + fence.length;
    if (line[after] !== '`') return after;
    while (line[after] === '`') after++;
    search = after;
  }
  return run;
}

function commentOf(open: { line: number; text: string }): NoteComment {
  return { line: open.line, texts: open.text.split('\n').map((text) => text.trim()).filter(Boolean) };
}
