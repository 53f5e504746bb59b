import { resolve } from 'node:path';
import { findDuplicateEpisodes, type KeyedNote } from '../notes/collection.ts';
import { DraftProblem, NoteError, type NoteWarning } from '../notes/errors.ts';
import { couldBePublished } from '../notes/publishable.ts';
import { parseNote, UnrecognisedNoteError, type NoteContext, type NoteParserOptions, type ParsedNote } from '../notes/parse-note.ts';
import { storedEpisodeSchema } from './episode-schema.ts';
import { linkProblem } from './linked-notes.ts';
import { readNoteText, SYMBOLIC_LINK, UNREADABLE_FOLDER, walkNotesFolder } from './note-files.ts';

/** One note file, read and parsed. */
export interface LoadedNote {
  /** Path as shown to authors: relative to the project, forward slashes. */
  file: string;
  /** Path inside the notes folder. */
  relativePath: string;
  text: string;
  parsed: ParsedNote;
}

/** A note file as read, before parsing. */
export interface NoteFile {
  file: string;
  relativePath: string;
  text: string;
}

export interface LoadedFolder {
  notes: LoadedNote[];
  /** Notes left unparsed because `reuse` knew them (the loader's unchanged notes). */
  reused: KeyedNote[];
  /** Every problem that stops a build, each with file, line and fix: only problems of notes that would be published. */
  errors: NoteError[];
  /** Drafts (no video or no date yet) with a problem to fix before they can be published: they stop nothing. */
  draftProblems: NoteError[];
  /** About the folder as a whole, such as a draft numbered like another note: they stop nothing. */
  warnings: NoteWarning[];
  /** Notes that belong to no configured show: reported, not published. */
  unrecognised: UnrecognisedNoteError[];
}

export interface LoadFolderOptions {
  /** The folder as authors see it in messages (default: as given). */
  shownFolder?: string;
  /** What an unchanged note is, so it need not be parsed again; undefined to parse it. */
  reuse?: (note: NoteFile) => KeyedNote | undefined;
}

/**
 * Parses a note's text; a problem in it is returned, never thrown: as a NoteError when the note would be
 * published but for it (it stops the build), as a DraftProblem in a draft (no video, date, number or
 * title yet, or `draft: true`: reported, it waits until the note could be published).
 */
export function parseNoteSafely(text: string, invalidUtf8: boolean, displayPath: string, options: NoteParserOptions, context: NoteContext = {}): LoadedNote | NoteError {
  try {
    const parsed = parseNote(text, displayPath, options, context);
    if (invalidUtf8) parsed.warnings.push(invalidUtf8Warning(displayPath));
    const unfit = parsed.episode.status === 'draft' ? undefined : schemaProblem(parsed, displayPath);
    if (unfit) return unfit;
    return { file: displayPath, relativePath: context.relativePath ?? displayPath, text, parsed };
  } catch (thrown) {
    if (thrown instanceof UnrecognisedNoteError) return thrown;
    // A parser bug must still name the note, so the author knows which file triggers it.
    const error = thrown instanceof NoteError ? thrown : new NoteError({ file: displayPath }, `could not be read (${(thrown as Error).message})`,
      'check the note for unusual syntax; if it looks fine, report this as a bug with the note attached.');
    return couldBePublished(text, displayPath, options, context) ? error : new DraftProblem(error, error.problem, error.fix);
  }
}

/** A note read from the folder that needs parsing (not known to `reuse`). */
export interface NoteToParse extends NoteFile { invalidUtf8: boolean }

/** What parsing one note gives: the note, or the problem that keeps it out (never thrown). */
export type ParseOutcome = LoadedNote | NoteError;

/** Parses notes in order; the build's loader passes one that uses every core (parseNotesOnThreads in src/lib/collection/parse-in-parallel.ts). */
export type ParseNotes = (notes: readonly NoteToParse[], options: NoteParserOptions) => Promise<ParseOutcome[]>;

/** Parses one note read from a folder. */
export function parseNoteToParse(note: NoteToParse, options: NoteParserOptions): ParseOutcome {
  return parseNoteSafely(note.text, note.invalidUtf8, note.file, options, { relativePath: note.relativePath });
}

/**
 * Reads and parses every note of a folder, collecting every problem rather than stopping at the first,
 * then checks that no two notes are one episode. The one loop over a notes folder: the build's loader
 * and `npm run check` both run it, so they report the same errors.
 */
export function loadNotesFolder(folder: string, options: NoteParserOptions, load: LoadFolderOptions = {}): LoadedFolder {
  const { toParse, reused, links } = readNotesFolder(folder, options, load);
  return withLinks(collectOutcomes(toParse.map((note) => parseNoteToParse(note, options)), reused), links);
}

/** The same, with the parsing done by `parseNotes` (the build's loader parses on several threads). */
export async function loadNotesFolderWith(folder: string, options: NoteParserOptions, parseNotes: ParseNotes, load: LoadFolderOptions = {}): Promise<LoadedFolder> {
  const { toParse, reused, links } = readNotesFolder(folder, options, load);
  return withLinks(collectOutcomes(await parseNotes(toParse, options), reused), links);
}

/** Symbolic links of the folder: an error each that leads to an episode, a warning each that leads to drafts or nothing; an error for each folder that cannot be read. */
interface LinkProblems { errors: NoteError[]; warnings: NoteWarning[] }

function withLinks(result: LoadedFolder, links: LinkProblems): LoadedFolder {
  for (const error of links.errors) result.errors.push(error);
  for (const warning of links.warnings) result.warnings.push(warning);
  return result;
}

function readNotesFolder(folder: string, options: NoteParserOptions, load: LoadFolderOptions): { toParse: NoteToParse[]; reused: KeyedNote[]; links: LinkProblems } {
  const shownFolder = (load.shownFolder ?? folder).replace(/\/$/, '');
  const toParse: NoteToParse[] = [];
  const reused: KeyedNote[] = [];
  const links: LinkProblems = { errors: [], warnings: [] };
  const { files, skipped } = walkNotesFolder(folder);
  for (const skip of skipped) {
    // Listing it failed: the episodes in it would be missing from the site, so it stops the build.
    if (skip.reason === UNREADABLE_FOLDER) links.errors.push(unreadableFolderError(`${shownFolder}/${skip.path}`));
    if (skip.reason !== SYMBOLIC_LINK) continue;
    const problem = linkProblem(folder, skip.path, `${shownFolder}/${skip.path}`, options);
    if (problem instanceof NoteError) links.errors.push(problem);
    else if (problem) links.warnings.push(problem);
  }
  for (const relativePath of files) {
    const file = `${shownFolder}/${relativePath}`;
    const { text, invalidUtf8 } = readNoteText(resolve(folder, relativePath));
    const known = load.reuse?.({ file, relativePath, text });
    if (known) reused.push(known);
    else toParse.push({ file, relativePath, text, invalidUtf8 });
  }
  return { toParse, reused, links };
}

function unreadableFolderError(shownFolder: string): NoteError {
  return new NoteError({ file: shownFolder }, 'is a folder that cannot be read (no permission to list it): the episodes in it would be missing from the site',
    'let your user read it (e.g. `chmod -R u+rX` on it), or move it out of the notes folder (or rename it with a leading `_` to keep it out of the archive).');
}

/**
 * Sorts what parsing gave into notes, errors, draft problems and notes of no show, then checks that no
 * two notes are one episode. Also used by `npm run import` on a vault's notes, so that it and the build
 * agree on what is a draft and what is an error.
 */
export function collectOutcomes(outcomes: readonly ParseOutcome[], reused: KeyedNote[]): LoadedFolder {
  const result: LoadedFolder = { notes: [], reused, errors: [], draftProblems: [], warnings: [], unrecognised: [] };
  for (const outcome of outcomes) {
    if (outcome instanceof UnrecognisedNoteError) result.unrecognised.push(outcome);
    else if (outcome instanceof DraftProblem) result.draftProblems.push(outcome);
    else if (outcome instanceof NoteError) result.errors.push(outcome);
    else result.notes.push(outcome);
  }
  const keyed = [...result.notes.map((note) => ({ file: note.file, line: note.parsed.line, episode: note.parsed.episode })), ...result.reused];
  const duplicates = findDuplicateEpisodes(keyed);
  result.errors.push(...duplicates.errors);
  result.warnings.push(...duplicates.warnings);
  return result;
}

/** The collection's schema checked here too, so that a note the build would reject is an error everywhere. */
function schemaProblem(parsed: ParsedNote, file: string): NoteError | undefined {
  const result = storedEpisodeSchema.safeParse({ ...parsed.episode, sourceFile: file, sourceLine: parsed.line ?? null });
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return new NoteError({ file, line: parsed.line }, `the episode's ${issue.path.join('.') || 'data'} is not valid: ${issue.message}`,
    'check the heading and the properties of the note; if they look right, report this as a bug with the note attached.');
}

function invalidUtf8Warning(file: string): NoteWarning {
  return { file, problem: 'the file has bytes that are not UTF-8; they show as "\uFFFD"', fix: 'save the note as UTF-8.' };
}
