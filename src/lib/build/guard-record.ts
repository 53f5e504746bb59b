import { resolve } from 'node:path';
import { NOT_PUBLISHED, type NoteEvidence } from '../leak-guard/evidence-cache.ts';

/** What one note withholds, as the loader read it: its evidence, and the deny-listed links written in it. */
export interface NoteRecord extends NoteEvidence {
  /** The note as authors know it (relative to the project). */
  file: string;
  /** Links and hosts of deny-listed hosts, as written anywhere in the note (deniedUrlsInText). */
  deniedLinks: string[];
}

/**
 * What the build's notes withhold, every note of the folder, drafts and notes that did not parse
 * included: the one thing the leak guard knows about notes. Left by the episodes loader
 * (recordWhatNotesWithhold), taken by the guard at the end of the same build.
 */
export interface NotesRecord {
  /** The notes folder, absolute. */
  folder: string;
  /** Every section name of the parser's config (public and internal, every show's): never secret. */
  sectionNames: string[];
  /** The deny-listed hosts the links were found with. */
  deniedLinkHosts: string[];
  notes: NoteRecord[];
}

/** The transcripts the transcripts loader stored (the first file of each video), which the guard reads as public text. */
export interface TranscriptsRecord {
  folder: string;
  /** `changed`: described by this sync (new or edited since the content store's entry), so its page will render it. */
  files: { file: string; path: string; videoId: string; changed?: boolean }[];
}

/**
 * The notes the pages were rendered from: the source file of every episode with a page, as the episodes
 * query read them from the content store. The guard checks the notes' record covers each of them.
 */
export interface PagesRecord {
  /** The notes folder, absolute. */
  folder: string;
  files: string[];
}

interface Records { notes?: NotesRecord; transcripts?: TranscriptsRecord; pages?: PagesRecord }

// The loaders run in the build's own process (Astro syncs the content layer before rendering), but
// through a module graph of their own: a process-wide slot is what both see. It lives and dies with
// the build, so a record can never be one a previous build left behind.
const SLOT = Symbol.for('episode-archive.guard-records');

function records(): Records {
  const global = globalThis as { [SLOT]?: Records };
  global[SLOT] ??= {};
  return global[SLOT];
}

/** Leaves the notes' record for the leak guard of this build (replacing any earlier sync's). */
export function leaveNotesRecord(record: NotesRecord): void {
  records().notes = record;
}

/** Leaves the transcripts' record for the leak guard of this build. */
export function leaveTranscriptsRecord(record: TranscriptsRecord): void {
  records().transcripts = record;
}

/** Leaves the source files of the episodes the pages were rendered from, for the leak guard of this build. */
export function leavePagesRecord(record: PagesRecord): void {
  records().pages = record;
}

/** The transcript files this build's transcripts loader stored, if it ran (also what the transcripts' pages render). */
export function storedTranscripts(): TranscriptsRecord | undefined {
  return records().transcripts;
}

/** Why the guard cannot trust what it was given about the notes; the build stops with it. */
export class GuardRecordError extends Error {}

/**
 * The record of the notes in `folder` that this build's loader left. Fails closed: a build whose
 * loader did not run (or ran over another folder) has no record the guard could trust, and checking
 * its output against no withheld text would pass any leak.
 */
export function takeNotesRecord(folder: string): NotesRecord {
  const record = records().notes;
  const wanted = resolve(folder);
  if (!record) {
    throw new GuardRecordError('Leak guard: this build left no record of what its notes withhold (the episodes loader did not run), ' +
      'so its output cannot be checked and the build was stopped.\n' +
      'Fix: load the episodes collection with episodeNotesLoader (src/content.config.ts), as the archive does, and build again.');
  }
  if (record.folder !== wanted) {
    throw new GuardRecordError(`Leak guard: the episodes were loaded from ${record.folder}, but the guard is set to check the notes of ${wanted}, ` +
      'so its output cannot be checked and the build was stopped.\n' +
      'Fix: give leakGuard() the folder the episodes loader reads (contentFolders().episodes in astro.config.mjs and src/content.config.ts).');
  }
  return record;
}

/**
 * The transcripts the loader stored from `folder` (none when no folder is configured). Fails closed like
 * takeNotesRecord: a transcript is public text, and without the loader's record the guard would not know
 * which transcripts the site publishes.
 */
export function takeTranscriptsRecord(folder: string | undefined): TranscriptsRecord['files'] {
  if (!folder) return [];
  const record = records().transcripts;
  if (record?.folder !== resolve(folder)) {
    throw new GuardRecordError(`Leak guard: this build left no record of the transcripts in ${resolve(folder)} (the transcripts loader did not run over them), ` +
      'so its output cannot be checked and the build was stopped.\n' +
      'Fix: load the transcripts collection with transcriptsLoader from the folder given to leakGuard() (contentFolders().transcripts), and build again.');
  }
  return record.files;
}

/**
 * Checks that the notes' record covers every note an episode page was rendered from: a page whose note
 * the loader left no entry for (a loader bug, a store kept from another sync), or an entry that says the
 * note publishes nothing, would be checked against none of that note's withheld texts. Fails closed, like
 * takeNotesRecord: no record of the pages, or one of another folder, stops the build too.
 */
export function checkRecordCoversPages(notes: NotesRecord): void {
  const pages = records().pages;
  if (pages?.folder !== notes.folder) {
    throw new GuardRecordError(`Leak guard: this build left no record of which notes in ${notes.folder} its episode pages were rendered from, ` +
      'so it cannot tell whether it knows what each of them withholds, and the build was stopped.\n' +
      'Fix: read episodes through src/lib/archive/episodes-query.ts (episodesWithPages), as the archive\'s pages do, and build again.');
  }
  const recorded = new Map(notes.notes.map((note) => [resolve(note.file), note]));
  const unrecorded = [...new Set(pages.files)].filter((file) => (recorded.get(resolve(file))?.episode ?? NOT_PUBLISHED) === NOT_PUBLISHED);
  if (unrecorded.length === 0) return;
  throw new GuardRecordError(`Leak guard: ${unrecorded.length} episode page(s) were rendered from notes the episodes loader recorded nothing withheld for, ` +
    'so their output cannot be checked against what those notes withhold and the build was stopped:\n' +
    `${unrecorded.map((file) => `  ${file}: published, but the loader's record ${recorded.has(resolve(file)) ? 'says it publishes nothing' : 'has no entry for it'}`).join('\n')}\n` +
    'Fix: build again with --force (it loads every note afresh); if the build stops again, the episodes loader missed these notes: report it with this message.');
}
