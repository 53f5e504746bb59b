import { noteDigest, type ImportRecord } from './import-record.ts';
import { recogniseEpisodeNote, type RecognisedEpisode, type RecognitionOptions } from './recognise-episode-note.ts';
import { claimRecordEntries } from './import-claims.ts';
import { overwrites, planCopy } from './import-copy.ts';
import type { ImportOptions, ImportPlan, ImportProblem, NotesFolderState, Orphan, PlannedCopy, PlannedSkip, SourceNote, TargetNote } from './import-types.ts';

export type * from './import-types.ts';

/**
 * Decides what `npm run import` does, without touching any file. Each vault note recognised as
 * an episode is copied, byte for byte, to its copy from the last import (the import record says
 * which), else to the note that holds that episode, else to a new stable name; when its episode
 * changed (rescheduled, renumbered) the copy moves to the new name. A copy edited in the notes
 * folder since is never overwritten without `force`. Notes whose vault note is gone are reported,
 * and removed with `prune`. Two vault notes for one episode are an error naming both.
 */
export function planImport(sources: readonly SourceNote[], folder: NotesFolderState, recognition: RecognitionOptions, options: ImportOptions = {}): ImportPlan {
  const skips: PlannedSkip[] = [];
  const errors: ImportProblem[] = [];
  const byIdentity = new Map<string, { source: SourceNote; episode: RecognisedEpisode }[]>();
  for (const source of sources) {
    const recognised = recogniseEpisodeNote(new TextDecoder().decode(source.bytes), recognition);
    if (recognised.kind === 'other') {
      skips.push({ source: source.path, reason: recognised.reason });
      continue;
    }
    byIdentity.set(recognised.identity, [...(byIdentity.get(recognised.identity) ?? []), { source, episode: recognised }]);
  }

  const holdersOf = new Map<string, TargetNote[]>();
  for (const note of folder.episodes) holdersOf.set(note.episode.identity, [...(holdersOf.get(note.episode.identity) ?? []), note]);
  const episodeAt = new Map(folder.episodes.map((note) => [note.path, note]));
  const bytesAt = (path: string) => episodeAt.get(path)?.bytes ?? folder.otherBytes?.get(path);
  const record = options.record ?? {};
  const candidates = [...byIdentity.values()].flatMap((group) => {
    if (group.length !== 1) return [];
    const { source, episode } = group[0]!;
    return [{ path: source.path, digest: noteDigest(source.bytes), show: episode.show, title: episode.title, holder: holderPath(holdersOf, episode) }];
  });
  const fileAt = (path: string) => (episodeAt.has(path) ? { episode: episodeAt.get(path)!.episode } : folder.otherBytes?.has(path) ? {} : undefined);
  const claims = claimRecordEntries(candidates, sources.map((source) => source.path), record, fileAt);
  const claimedFiles = new Set([...claims.values()].map((claim) => claim.entry.file));
  const nextRecord: ImportRecord = { ...record };
  const copies: PlannedCopy[] = [];

  for (const group of [...byIdentity.values()].sort(([a], [b]) => compareEpisodes(a!.episode, b!.episode))) {
    const [first, ...others] = group;
    if (!first) continue;
    const { source, episode } = first;
    if (others.length) {
      errors.push({
        file: source.path, line: episode.line,
        problem: `${episode.label} is also in ${others.map((other) => other.source.path).join(' and ')}`,
        fix: 'keep one note per episode in the vault: delete or merge the duplicate, or fix the number (or date) in its heading.',
      });
      continue;
    }
    const holders = holdersOf.get(episode.identity) ?? [];
    if (holders.length > 1) {
      errors.push({
        file: holders[0]!.path, inNotesFolder: true,
        problem: `the notes folder has ${holders.length} notes for ${episode.label} (also ${holders.slice(1).map((note) => note.path).join(', ')})`,
        fix: 'delete all but one of them, then import again.',
      });
      continue;
    }
    const claim = claims.get(source.path);
    const copy = planCopy(source, episode, holders[0], claim, { episodeAt, bytesAt, claimedFiles, tracked: options.record !== undefined, force: options.force ?? false });
    if ('problem' in copy) {
      errors.push(copy);
      continue;
    }
    copies.push(copy);
    // Keyed by where the vault note is now; a kept note keeps what it was imported as.
    if (claim && claim.key !== source.path) delete nextRecord[claim.key];
    if (copy.action !== 'kept') nextRecord[source.path] = { file: copy.target, sha256: noteDigest(source.bytes) };
    else if (claim) nextRecord[source.path] = claim.entry;
  }
  const blocked = overwrites(copies, folder, episodeAt);
  errors.push(...blocked.map(({ problem }) => problem));
  const safeCopies = copies.filter((copy) => !blocked.some((item) => item.copy === copy));

  const orphans: Orphan[] = [];
  const claimed = new Set([...claims.values()].map((claim) => claim.key));
  const inVault = new Set(sources.map((source) => source.path));
  for (const [key, entry] of Object.entries(record)) {
    if (claimed.has(key) || inVault.has(key)) continue;
    const bytes = bytesAt(entry.file);
    if (!bytes) {
      delete nextRecord[key]; // removed from the notes folder by hand: nothing left to track
      continue;
    }
    const edited = noteDigest(bytes) !== entry.sha256;
    const action = options.prune && (!edited || options.force) ? 'remove' : 'keep';
    if (action === 'remove') delete nextRecord[key];
    orphans.push({ file: entry.file, source: key, action, edited });
  }
  return { copies: safeCopies, skips, orphans: orphans.sort((a, b) => a.file.localeCompare(b.file)), errors, record: nextRecord };
}

function holderPath(holdersOf: ReadonlyMap<string, TargetNote[]>, episode: RecognisedEpisode): string | undefined {
  const holders = holdersOf.get(episode.identity) ?? [];
  return holders.length === 1 ? holders[0]!.path : undefined;
}

/** Numbered episodes by number, then dated ones by show and date. */
function compareEpisodes(a: RecognisedEpisode, b: RecognisedEpisode): number {
  if (a.number !== undefined && b.number !== undefined && a.show === b.show) return a.number - b.number;
  return (a.number === undefined ? 1 : 0) - (b.number === undefined ? 1 : 0) || a.identity.localeCompare(b.identity);
}
