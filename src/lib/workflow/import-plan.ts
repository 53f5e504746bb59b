import { recogniseEpisodeNote, type RecognisedEpisode, type RecognitionOptions } from './recognise-episode-note.ts';

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

export type CopyAction = 'add' | 'update' | 'unchanged';

export interface PlannedCopy {
  action: CopyAction;
  /** "GOH 26", "Loki Community Call 2025-08-12". */
  label: string;
  source: string;
  /** Path relative to the notes folder. */
  target: string;
  bytes: Uint8Array;
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
  errors: ImportProblem[];
}

export interface NotesFolderState {
  episodes: readonly TargetNote[];
  /** Every note file of the notes folder, episode or not, so that nothing is overwritten by a new name. */
  paths: readonly string[];
}

/**
 * Decides what `npm run import` does, without touching any file: each vault note recognised as
 * an episode is copied, byte for byte, to the note of that episode in the notes folder (whatever
 * its name) or to a new `GOH-<n>.md`; unchanged notes are left alone; other notes are skipped
 * with the reason. Two vault notes for one episode are an error naming both.
 */
export function planImport(sources: readonly SourceNote[], folder: NotesFolderState, options: RecognitionOptions): ImportPlan {
  const skips: PlannedSkip[] = [];
  const errors: ImportProblem[] = [];
  const byIdentity = new Map<string, { source: SourceNote; episode: RecognisedEpisode }[]>();
  for (const source of sources) {
    const recognised = recogniseEpisodeNote(new TextDecoder().decode(source.bytes), options);
    if (recognised.kind === 'other') {
      skips.push({ source: source.path, reason: recognised.reason });
      continue;
    }
    const group = byIdentity.get(recognised.identity) ?? [];
    group.push({ source, episode: recognised });
    byIdentity.set(recognised.identity, group);
  }

  const existingByIdentity = new Map<string, TargetNote[]>();
  for (const note of folder.episodes) existingByIdentity.set(note.episode.identity, [...(existingByIdentity.get(note.episode.identity) ?? []), note]);
  const episodePaths = new Map(folder.episodes.map((note) => [note.path, note.episode.label]));
  const copies: PlannedCopy[] = [];

  for (const [identity, group] of [...byIdentity].sort(([, [a]], [, [b]]) => compareEpisodes(a!.episode, b!.episode))) {
    const [first, ...others] = group;
    if (!first) continue;
    const { label } = first.episode;
    if (others.length) {
      errors.push({
        file: first.source.path, line: first.episode.line,
        problem: `${label} is also in ${others.map((other) => other.source.path).join(' and ')}`,
        fix: 'keep one note per episode in the vault: delete or merge the duplicate, or fix the number (or date) in its heading.',
      });
      continue;
    }
    const existing = existingByIdentity.get(identity) ?? [];
    if (existing.length > 1) {
      errors.push({
        file: existing[0]!.path, inNotesFolder: true,
        problem: `the notes folder has ${existing.length} notes for ${label} (also ${existing.slice(1).map((note) => note.path).join(', ')})`,
        fix: 'delete all but one of them, then import again.',
      });
      continue;
    }
    const target = existing[0]?.path ?? first.episode.fileName;
    const occupant = episodePaths.get(target);
    if (!existing[0] && (occupant !== undefined || folder.paths.includes(target))) {
      errors.push({
        file: target, inNotesFolder: true,
        problem: `${label} from ${first.source.path} would overwrite this file, which is ${occupant === undefined ? 'not an episode note' : occupant}`,
        fix: 'rename or move that file out of the notes folder, then import again.',
      });
      continue;
    }
    const action: CopyAction = !existing[0] ? 'add' : sameBytes(existing[0].bytes, first.source.bytes) ? 'unchanged' : 'update';
    copies.push({ action, label, source: first.source.path, target, bytes: first.source.bytes });
  }
  return { copies, skips, errors };
}

/** Numbered episodes by number, then dated ones by show and date. */
function compareEpisodes(a: RecognisedEpisode, b: RecognisedEpisode): number {
  if (a.number !== undefined && b.number !== undefined && a.show === b.show) return a.number - b.number;
  return (a.number === undefined ? 1 : 0) - (b.number === undefined ? 1 : 0) || a.identity.localeCompare(b.identity);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
