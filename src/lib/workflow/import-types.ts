import type { ImportRecord } from './import-record.ts';
import type { RecognisedEpisode } from './recognise-episode-note.ts';

// The shapes an import plan is made of, shared by import-plan.ts and import-copy.ts.

/** A note to import, from the vault. */
export interface SourceNote {
  /** Path relative to the vault. */
  path: string;
  bytes: Uint8Array;
}

/** An episode note already in the notes folder. */
export interface TargetNote {
  /** Path relative to the notes folder. */
  path: string;
  episode: RecognisedEpisode;
  bytes: Uint8Array;
}

/**
 * - add, update, unchanged: as the words say;
 * - move: the vault note now names another episode (a new date or number), so its copy moves to
 *   that episode's file and the old file goes;
 * - kept: the copy in the notes folder was changed there, so the vault's version is not copied
 *   over it (see `conflict`).
 */
export type CopyAction = 'add' | 'update' | 'move' | 'unchanged' | 'kept';

/** Why a note was kept rather than overwritten. */
export type Conflict = 'edited here' | 'edited in both' | 'not imported';

export interface PlannedCopy {
  action: CopyAction;
  /** "GOH 26", "Loki Community Call 2025-08-12". */
  label: string;
  source: string;
  /** Path relative to the notes folder. */
  target: string;
  bytes: Uint8Array;
  /** For a move: the file it moves from, and the episode that file held. */
  from?: { path: string; label?: string };
  conflict?: Conflict;
}

/** A note in the notes folder whose vault note is gone. */
export interface Orphan {
  file: string;
  /** The vault path it was imported from. */
  source: string;
  /** remove: --prune removes it; keep: it stays (no --prune, or edited here since and no --force). */
  action: 'remove' | 'keep';
  /** Changed in the notes folder since it was imported. */
  edited: boolean;
}

export interface PlannedSkip {
  source: string;
  reason: string;
}

/** A reason to import nothing: which file, where, what is wrong and how to fix it. */
export interface ImportProblem {
  /** A vault path, or a notes-folder path when `inNotesFolder`. */
  file: string;
  inNotesFolder?: boolean;
  line?: number;
  problem: string;
  fix: string;
}

export interface ImportPlan {
  copies: PlannedCopy[];
  skips: PlannedSkip[];
  orphans: Orphan[];
  errors: ImportProblem[];
  /** The import record after this import. */
  record: ImportRecord;
}

export interface NotesFolderState {
  episodes: readonly TargetNote[];
  /** Every note file of the notes folder, episode or not, so that nothing is overwritten by a new name. */
  paths: readonly string[];
  /** Bytes of notes that are no longer episode notes (episodes carry their own), by path. */
  otherBytes?: ReadonlyMap<string, Uint8Array>;
}

export interface ImportOptions {
  /** The record of earlier imports; undefined before the first one (notes already there count as imported). */
  record?: ImportRecord;
  /** Replace notes edited in the notes folder (and remove edited orphans with `prune`). */
  force?: boolean;
  /** Remove notes whose vault note is gone. */
  prune?: boolean;
}
