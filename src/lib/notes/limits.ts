import { NoteError } from './errors.ts';

/**
 * Limits that keep parsing fast and safe on any input. Real notes are a few kilobytes with lists a
 * few levels deep; the markdown parser slows down super-linearly on lists nested hundreds deep
 * (the indentation alone grows with the square of the depth), so such input is refused up front,
 * in one linear pass, with a message that says what to change.
 */
export const MAX_NOTE_BYTES = 4 * 1024 * 1024;
/** Columns of indentation: 64 levels of 4-space (or tab) nesting. */
export const MAX_INDENT_COLUMNS = 256;

export function assertWithinLimits(text: string, file: string): void {
  if (text.length > MAX_NOTE_BYTES) {
    throw new NoteError({ file, line: 1 }, `the note is ${(text.length / 1024 / 1024).toFixed(1)} MB, more than an episode note can be (${MAX_NOTE_BYTES / 1024 / 1024} MB)`,
      'keep pasted logs, transcripts and data out of the note; link to them instead.');
  }
  let line = 1;
  let column = 0;
  let inIndent = true;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) {
      line++;
      column = 0;
      inIndent = true;
    } else if (inIndent && (char === 32 || char === 9)) {
      column += char === 9 ? 4 - (column % 4) : 1;
      if (column > MAX_INDENT_COLUMNS) {
        throw new NoteError({ file, line }, `this line is indented more than ${MAX_INDENT_COLUMNS} columns (a list nested about ${Math.round(MAX_INDENT_COLUMNS / 4)} levels deep or more)`,
          'flatten the list: an outline of a few levels reads better, and the archive shows at most that.');
      }
    } else {
      inIndent = false;
    }
  }
}
