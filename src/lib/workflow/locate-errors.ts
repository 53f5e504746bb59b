import type { LoadedNote } from '../notes-folder.ts';
import { NoteError } from '../notes/errors.ts';
import { titleHeadingLine } from './recognise-episode-note.ts';

/**
 * Errors about a whole note (two notes for one episode) carry no line; point them at the note's
 * title heading, so that every error in the report is `file:line`.
 */
export function locateNoteErrors(errors: readonly NoteError[], notes: readonly LoadedNote[]): NoteError[] {
  const byFile = new Map(notes.map((note) => [note.file, note]));
  return errors.map((error) => {
    const note = error.line === undefined ? byFile.get(error.file) : undefined;
    const line = note && titleHeadingLine(note.text);
    return line === undefined ? error : new NoteError({ file: error.file, line }, error.problem, error.fix);
  });
}
