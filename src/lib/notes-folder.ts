import { resolve } from 'node:path';
import { assertUniqueKeys } from './notes/collection.ts';
import { NoteError, type NoteWarning } from './notes/errors.ts';
import { parseNote, UnrecognisedNoteError, type NoteContext, type NoteParserOptions, type ParsedNote } from './notes/parse-note.ts';
import { listNoteFiles, readNoteText } from './note-files.ts';

/** One note file, read and parsed. */
export interface LoadedNote {
  /** Path as shown to authors: relative to the project, forward slashes. */
  file: string;
  text: string;
  parsed: ParsedNote;
}

export interface LoadedFolder {
  notes: LoadedNote[];
  errors: NoteError[];
  /** Notes that belong to no configured show: reported, not published. */
  unrecognised: UnrecognisedNoteError[];
}

/** Reads and parses one note; a problem in it is returned as a NoteError, never thrown. */
export function loadNote(absolutePath: string, displayPath: string, options: NoteParserOptions, context: NoteContext = {}): LoadedNote | NoteError {
  const { text, invalidUtf8 } = readNoteText(absolutePath);
  return parseNoteSafely(text, invalidUtf8, displayPath, options, context);
}

/** Parses a note's text; a problem in it is returned as a NoteError, never thrown. */
export function parseNoteSafely(text: string, invalidUtf8: boolean, displayPath: string, options: NoteParserOptions, context: NoteContext = {}): LoadedNote | NoteError {
  try {
    const parsed = parseNote(text, displayPath, options, context);
    if (invalidUtf8) parsed.warnings.push(invalidUtf8Warning(displayPath));
    return { file: displayPath, text, parsed };
  } catch (error) {
    if (error instanceof NoteError) return error;
    // A parser bug must still name the note, so the author knows which file triggers it.
    return new NoteError({ file: displayPath }, `could not be read (${(error as Error).message})`,
      'check the note for unusual syntax; if it looks fine, report this as a bug with the note attached.');
  }
}

/** Parses every note of a folder, collecting every problem rather than stopping at the first. */
export function loadNotesFolder(folder: string, options: NoteParserOptions): LoadedFolder {
  const notes: LoadedNote[] = [];
  const errors: NoteError[] = [];
  const unrecognised: UnrecognisedNoteError[] = [];
  for (const relativePath of listNoteFiles(folder)) {
    const result = loadNote(resolve(folder, relativePath), `${folder.replace(/\/$/, '')}/${relativePath}`, options, { relativePath });
    if (result instanceof UnrecognisedNoteError) unrecognised.push(result);
    else if (result instanceof NoteError) errors.push(result);
    else notes.push(result);
  }
  try {
    assertUniqueKeys(notes.map((note) => ({ file: note.file, key: note.parsed.episode.key })));
  } catch (error) {
    if (error instanceof NoteError) errors.push(error);
    else throw error;
  }
  return { notes, errors, unrecognised };
}

function invalidUtf8Warning(file: string): NoteWarning {
  return { file, problem: 'the file has bytes that are not UTF-8; they show as "\uFFFD"', fix: 'save the note as UTF-8.' };
}
