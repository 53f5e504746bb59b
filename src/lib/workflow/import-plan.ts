import { noteDigest, type ImportRecord } from './import-record.ts';
import type { ImportOptions, ImportPlan, LeftOut, NotesFolderState, Orphan, PlannedCopy, SourceNote } from './import-types.ts';

export type * from './import-types.ts';

/** What the archive makes of each vault note (src/lib/workflow/import-classify.ts). */
export interface VaultClassification {
  /** Notes to copy, by vault path: published or upcoming episodes, and drafts (which block nothing). */
  importable: ReadonlyMap<string, 'episode' | 'draft'>;
  leftOut: readonly LeftOut[];
  notEpisodes: readonly string[];
  /** The video of each importable note that names one, by vault path: its transcript is copied too. */
  videoIds?: ReadonlyMap<string, string>;
}

/**
 * Decides what `npm run import` does, without touching any file. The notes folder mirrors the
 * vault's layout: each importable note is copied, byte for byte, to its own path (so that its file
 * name, which is its name in Obsidian, and its show's folder mean the same there). A copy from an
 * earlier import at another path moves. A copy edited in the notes folder since, or one no import
 * recorded, is never overwritten without `force`. Notes whose vault note is gone are reported, and removed with `prune`. Notes that
 * would break the build (a problem in an episode that would be published, two notes claiming one
 * episode) are left out and reported: everything else is still imported.
 */
export function planImport(sources: readonly SourceNote[], classification: VaultClassification, folder: NotesFolderState, options: ImportOptions = {}): ImportPlan {
  const record: ImportRecord = { ...(options.record ?? {}) };
  const force = options.force ?? false;
  const copies: PlannedCopy[] = [];
  const inVault = new Set(sources.map((source) => source.path));
  // A note renamed (or moved) in the vault and not edited: the record knows its bytes under the old path.
  const goneByDigest = new Map(Object.entries(record).filter(([source]) => !inVault.has(source)).map(([source, entry]) => [entry.sha256, source]));
  for (const source of sources) {
    const kind = classification.importable.get(source.path);
    if (!kind) continue;
    const renamedFrom = record[source.path] ? undefined : goneByDigest.get(noteDigest(source.bytes));
    const entry = record[source.path] ?? (renamedFrom ? record[renamedFrom] : undefined);
    if (renamedFrom) {
      delete record[renamedFrom];
      goneByDigest.delete(noteDigest(source.bytes));
    }
    const copy = planCopy(source, kind, entry, folder, options.record !== undefined, force);
    copies.push(copy);
    if (copy.action !== 'kept') record[source.path] = { file: copy.target, sha256: noteDigest(source.bytes) };
  }

  const orphans: Orphan[] = [];
  for (const [source, entry] of Object.entries(options.record ?? {})) {
    if (inVault.has(source) || !record[source]) continue;
    const bytes = folder.bytesAt(entry.file);
    if (!bytes) {
      delete record[source];
      continue;
    }
    const edited = noteDigest(bytes) !== entry.sha256;
    const action = options.prune && (!edited || force) ? 'remove' : 'keep';
    if (action === 'remove') delete record[source];
    orphans.push({ file: entry.file, source, action, edited });
  }
  return { copies, leftOut: [...classification.leftOut], notEpisodes: [...classification.notEpisodes], orphans, record };
}

function planCopy(source: SourceNote, kind: PlannedCopy['kind'], entry: ImportRecord[string] | undefined, folder: NotesFolderState, tracked: boolean, force: boolean): PlannedCopy {
  const base = { source: source.path, target: source.path, bytes: source.bytes, kind };
  const current = folder.bytesAt(source.path);
  const previous = entry && entry.file !== source.path ? folder.bytesAt(entry.file) : undefined;
  if (entry && previous) {
    // Its last copy lives elsewhere: it moves, unless it was edited there.
    const editedThere = noteDigest(previous) !== entry.sha256 && !sameBytes(previous, source.bytes);
    if (editedThere && !force) return { ...base, action: 'kept', target: entry.file, conflict: noteDigest(source.bytes) === entry.sha256 ? 'edited here' : 'edited in both' };
    if (current && !sameBytes(current, source.bytes) && !force) return { ...base, action: 'kept', conflict: 'not imported' };
    return { ...base, action: 'move', from: entry.file };
  }
  if (!current) return { ...base, action: 'add' };
  if (sameBytes(current, source.bytes)) return { ...base, action: 'unchanged' };
  if (entry) {
    const editedHere = noteDigest(current) !== entry.sha256;
    if (editedHere && !force) return { ...base, action: 'kept', conflict: noteDigest(source.bytes) === entry.sha256 ? 'edited here' : 'edited in both' };
    return { ...base, action: 'update' };
  }
  // A file at this path that no import recorded: written by hand (npm run new), or there before any record
  // (the first import, or a record that could not be read). Whether it holds edits cannot be told: kept.
  return force ? { ...base, action: 'update' } : { ...base, action: 'kept', conflict: tracked ? 'not imported' : 'no record' };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
