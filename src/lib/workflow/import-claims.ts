import type { ImportedNote, ImportRecord } from './import-record.ts';

/** A vault episode note, as the record is searched for it. */
export interface ClaimCandidate {
  /** Its path in the vault. */
  path: string;
  /** The digest of its bytes now. */
  digest: string;
  /** Its show's slug and its title, when it has one. */
  show: string;
  title?: string;
  /** The notes-folder file that holds its episode, when exactly one does. */
  holder?: string;
}

/** The record entry a vault note was imported as. */
export interface Claim {
  /** Its key in the record: the vault path it had then. */
  key: string;
  entry: ImportedNote;
}

/** What the notes folder holds at a path: undefined when there is no file, no episode when it is not an episode note. */
export type FileAt = (file: string) => { episode?: { show: string; title?: string } } | undefined;

/**
 * Finds, for each vault note, the record entry of its earlier import: the entry of its own path;
 * else, for a note renamed or moved in the vault, the entry of a path that is gone whose copy has
 * the same bytes (moved unchanged), holds the same episode (renamed and edited), or has the same
 * show and title (renamed with a new date or number, as a rescheduled note is). Each entry is
 * claimed once, and only when one gone entry fits; entries whose copy is no longer in the notes
 * folder are not claimed.
 */
export function claimRecordEntries(candidates: readonly ClaimCandidate[], vaultPaths: readonly string[], record: ImportRecord, fileAt: FileAt): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  const taken = new Set<string>();
  const take = (path: string, key: string) => {
    claims.set(path, { key, entry: record[key]! });
    taken.add(key);
  };
  for (const candidate of candidates) {
    const entry = record[candidate.path];
    if (entry && fileAt(entry.file)) take(candidate.path, candidate.path);
  }
  const inVault = new Set(vaultPaths);
  const gone = () => Object.keys(record).filter((key) => !inVault.has(key) && !taken.has(key) && fileAt(record[key]!.file));
  const only = (keys: string[]) => (keys.length === 1 ? keys[0] : undefined);
  const unclaimed = () => candidates.filter((candidate) => !claims.has(candidate.path));
  const sameTitle = (candidate: ClaimCandidate, key: string) => {
    const episode = fileAt(record[key]!.file)?.episode;
    return candidate.title !== undefined && episode?.show === candidate.show && normalise(episode.title) === normalise(candidate.title);
  };
  // Surest first: every candidate is tried by bytes before any is tried by its file, then by title.
  const rules = [
    (candidate: ClaimCandidate, key: string) => record[key]!.sha256 === candidate.digest,
    (candidate: ClaimCandidate, key: string) => record[key]!.file === candidate.holder,
    sameTitle,
  ];
  for (const rule of rules) {
    for (const candidate of unclaimed()) {
      const key = only(gone().filter((path) => rule(candidate, path)));
      // A title shared by two new vault notes names neither.
      if (key && unclaimed().filter((other) => rule(other, key)).length === 1) take(candidate.path, key);
    }
  }
  return claims;
}

function normalise(title: string | undefined): string {
  return (title ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}
