import { statSync } from 'node:fs';
import { readCacheJson, writeCacheFile } from '../build/cache-file.ts';

/**
 * Each note's size and modification time, as a build saw them before loading content: what lets the next
 * build guess, before the loader reads a note, how many it will parse, and so how many parse workers to
 * start early (src/integrations/parse-workers-early.ts). A guess only: the loader decides by the notes'
 * text, and starts the workers it needs itself when too few were started.
 */
export type NoteStats = Record<string, string>;

export function noteStatsOf(files: readonly string[]): NoteStats {
  const stats: NoteStats = {};
  for (const file of files) {
    try {
      const stat = statSync(file);
      stats[file] = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      // gone since it was listed: the loader says what became of it
    }
  }
  return stats;
}

/** How many notes are new or changed since `record` was saved (every note, without a record). */
export function notesChangedSince(record: string, stats: NoteStats): number {
  // No record (a first build, a cleared cache): every note counts as new.
  const last = (readCacheJson(record) ?? {}) as NoteStats;
  return Object.entries(stats).filter(([file, stat]) => last[file] !== stat).length;
}

export function saveNoteStats(record: string, stats: NoteStats): void {
  writeCacheFile(record, JSON.stringify(stats));
}
