import type { Claim } from './import-claims.ts';
import type { ImportProblem, NotesFolderState, PlannedCopy, SourceNote, TargetNote } from './import-types.ts';
import { noteDigest } from './import-record.ts';
import type { RecognisedEpisode } from './recognise-episode-note.ts';

export interface CopyContext {
  episodeAt: ReadonlyMap<string, TargetNote>;
  bytesAt: (path: string) => Uint8Array | undefined;
  /** Files the record ties to a vault note of this import: another note may move out of them. */
  claimedFiles: ReadonlySet<string>;
  /** An import record exists: a note it does not know was not imported. */
  tracked: boolean;
  force: boolean;
}

/** What happens to one vault note: its copy's action and target, or why it cannot be imported. */
export function planCopy(source: SourceNote, episode: RecognisedEpisode, holder: TargetNote | undefined, claim: Claim | undefined, context: CopyContext): PlannedCopy | ImportProblem {
  const { label } = episode;
  const base = { label, source: source.path, bytes: source.bytes };
  const from = claim?.entry.file;
  if (from === undefined) {
    // A holder tied to another vault note is that note's copy, not this one's.
    if (!holder || context.claimedFiles.has(holder.path)) return { ...base, action: 'add', target: episode.fileName };
    if (sameBytes(holder.bytes, source.bytes)) return { ...base, action: 'unchanged', target: holder.path };
    if (context.tracked && !context.force) return { ...base, action: 'kept', target: holder.path, conflict: 'not imported' };
    return { ...base, action: 'update', target: holder.path };
  }
  if (holder && holder.path !== from && !context.claimedFiles.has(holder.path)) {
    return {
      file: holder.path, inNotesFolder: true,
      problem: `${label} from ${source.path} (imported before as ${from}) would replace this note, which already holds ${label}`,
      fix: `keep one of the two: delete ${holder.path} or ${from} from the notes folder, then import again.`,
    };
  }
  const current = context.bytesAt(from)!;
  const previous = context.episodeAt.get(from)?.episode;
  const target = previous?.identity === episode.identity ? from : episode.fileName;
  const editedHere = noteDigest(current) !== claim!.entry.sha256 && !sameBytes(current, source.bytes);
  if (editedHere && !context.force) {
    return { ...base, action: 'kept', target: from, conflict: noteDigest(source.bytes) === claim!.entry.sha256 ? 'edited here' : 'edited in both' };
  }
  if (target !== from) return { ...base, action: 'move', target, from: { path: from, label: previous?.label } };
  return { ...base, action: sameBytes(current, source.bytes) ? 'unchanged' : 'update', target };
}

/** New or moved copies must not land on a file that stays, nor two on one file. */
export function overwrites(copies: readonly PlannedCopy[], folder: NotesFolderState, episodeAt: ReadonlyMap<string, TargetNote>): { copy: PlannedCopy; problem: ImportProblem }[] {
  const vacated = new Set(copies.flatMap((copy) => (copy.action === 'move' ? [copy.from!.path] : [])));
  const landed = new Map<string, PlannedCopy>();
  const problems: { copy: PlannedCopy; problem: ImportProblem }[] = [];
  for (const copy of copies) {
    if (copy.action !== 'add' && copy.action !== 'move') continue;
    const other = landed.get(copy.target);
    landed.set(copy.target, copy);
    if (other) {
      problems.push({ copy, problem: { file: copy.target, inNotesFolder: true, problem: `${copy.label} from ${copy.source} and ${other.label} from ${other.source} would both be written here`, fix: 'fix the number or date in one of the two vault notes, then import again.' } });
    } else if (folder.paths.includes(copy.target) && !vacated.has(copy.target)) {
      const occupant = episodeAt.get(copy.target)?.episode.label;
      problems.push({ copy, problem: {
        file: copy.target, inNotesFolder: true,
        problem: `${copy.label} from ${copy.source} would overwrite this file, which is ${occupant ?? 'not an episode note'}`,
        fix: 'rename or move that file out of the notes folder, then import again.',
      } });
    }
  }
  return problems;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
