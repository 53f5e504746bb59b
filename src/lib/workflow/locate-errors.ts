import type { LoadedNote } from '../notes-folder.ts';
import { NoteError } from '../notes/errors.ts';
import { recogniseEpisodeNote, type RecognitionOptions } from './recognise-episode-note.ts';

/**
 * Errors about a whole note (two notes for one episode) carry no line; point them at the note's
 * episode heading, so that every error in the report is `file:line`.
 */
export function locateNoteErrors(errors: readonly NoteError[], notes: readonly LoadedNote[], options: RecognitionOptions): NoteError[] {
  const byFile = new Map(notes.map((note) => [note.file, note]));
  return errors.map((error) => {
    const note = error.line === undefined ? byFile.get(error.file) : undefined;
    const recognised = note && recogniseEpisodeNote(note.text, options);
    if (recognised?.kind !== 'episode' || recognised.line === undefined) return error;
    return new NoteError({ file: error.file, line: recognised.line }, error.problem, error.fix);
  });
}
