import type { ImportRecord } from './import-record.ts';

// The shapes an import plan is made of (src/lib/workflow/import-plan.ts), shared with its report.

/** A note of the vault, in one of the shows' folders. */
export interface SourceNote {
  /** Path relative to the vault, forward slashes: also the path of its copy in the notes folder. */
  path: string;
  bytes: Uint8Array;
}

/**
 * - add, update, unchanged: as the words say;
 * - move: its last copy is at another path (an import from before the notes folder mirrored the
 *   vault, or a note moved in the vault): the copy moves to the note's path;
 * - kept: the copy in the notes folder was changed there, so the vault's version is not copied
 *   over it (see `conflict`).
 */
export type CopyAction = 'add' | 'update' | 'move' | 'unchanged' | 'kept';

/**
 * Why a note was kept rather than overwritten: edited in the notes folder since the last import; or
 * at its path a file that the record does not know (`not imported`), or that no record can vouch for
 * (`no record`: the first import, or a record that could not be read).
 */
export type Conflict = 'edited here' | 'edited in both' | 'not imported' | 'no record';

export interface PlannedCopy {
  action: CopyAction;
  /** Path relative to the vault. */
  source: string;
  /** Path relative to the notes folder. */
  target: string;
  bytes: Uint8Array;
  /** What the archive makes of it: a published or upcoming episode, or a draft. */
  kind: 'episode' | 'draft';
  /** For a move: the file it moves from. */
  from?: string;
  conflict?: Conflict;
}

/** A note of a show's folder that is not imported because it would break the build, and why. */
export interface LeftOut {
  /** Path relative to the vault. */
  source: string;
  line?: number;
  problem: string;
  fix: string;
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

export interface ImportPlan {
  copies: PlannedCopy[];
  /** Notes that would be published but cannot be, as they are: not copied; the import exits non-zero. */
  leftOut: LeftOut[];
  /** Notes of a show's folder that are not episodes (an index note, a readme): not copied. */
  notEpisodes: string[];
  orphans: Orphan[];
  /** The import record after this import. */
  record: ImportRecord;
}

/** What the notes folder holds now. */
export interface NotesFolderState {
  /** Every note file of the notes folder, relative to it. */
  paths: readonly string[];
  bytesAt: (path: string) => Uint8Array | undefined;
}

export interface ImportOptions {
  /** The record of earlier imports; undefined before the first one. */
  record?: ImportRecord;
  /** Replace notes edited in the notes folder (and remove edited orphans with `prune`). */
  force?: boolean;
  /** Remove notes whose vault note is gone. */
  prune?: boolean;
}
