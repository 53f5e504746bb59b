import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Why a folder of notes is not searched for episode notes, or undefined when it is: the one rule of the
 * build, `npm run check`, `npm run import` (in the vault and in the notes folder) and the leak guard, so
 * that import never copies a note the build would then ignore.
 */
export function skippedFolderReason(name: string): string | undefined {
  if (name === '.obsidian') return 'Obsidian\'s settings';
  if (name === '.trash') return 'Obsidian\'s trash';
  if (name.startsWith('.')) return 'hidden folder';
  if (/templates?$/i.test(name)) return 'template folder';
  if (/^_?(attachments?|assets)$/i.test(name)) return 'attachments';
  if (name === 'node_modules') return 'not a notes folder';
  if (name.startsWith('_')) return 'a folder starting with `_`, kept out of the archive';
  return undefined;
}

/** Why a symbolic link below a notes folder is not read. */
export const SYMBOLIC_LINK = 'a symbolic link, not followed';

/** Why a folder below a notes folder was not read: listing it failed (no permission, gone meanwhile). */
export const UNREADABLE_FOLDER = 'a folder that cannot be read';

/** A folder or file below a notes folder that is not read, and why. */
export interface SkippedPath {
  /** Path relative to the folder, forward slashes; folders end with "/". */
  path: string;
  reason: string;
}

/** What a walk over a folder of notes found. */
export interface NotesFolderWalk {
  /** Every markdown note found, relative to the folder, forward slashes, sorted. */
  files: string[];
  /** What was left out and why (UNREADABLE_FOLDER among them), sorted by path. */
  skipped: SkippedPath[];
  /** The walk stopped at `maxEntries` entries: there may be more notes than it found. */
  stopped: boolean;
}

export interface WalkLimits {
  /** How many entries (files, folders, links) to look at before stopping; by default, all of them. */
  maxEntries?: number;
}

/**
 * The one loop over a folder of notes: every markdown note below it (paths relative to it, forward
 * slashes, sorted), and what was left out and why. Symbolic links are never followed: a link may lead
 * anywhere on the computer (or round in a circle). A folder below it that cannot be listed is left out
 * as UNREADABLE_FOLDER, for the caller to judge; the folder itself must be readable (a failure to list
 * it is thrown). With `maxEntries`, the walk stops there and says so (`stopped`): a folder reached by
 * a link to `/` must not walk the whole disk.
 */
export function walkNotesFolder(folder: string, limits: WalkLimits = {}): NotesFolderWalk {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const maxEntries = limits.maxEntries ?? Infinity;
  let entries = 0;
  let stopped = false;
  const shown = (path: string) => relative(folder, path).split(sep).join('/');
  const walk = (dir: string) => {
    let listing;
    try {
      listing = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === folder) throw error;
      skipped.push({ path: `${shown(dir)}/`, reason: UNREADABLE_FOLDER });
      return;
    }
    for (const entry of listing) {
      if (stopped || ++entries > maxEntries) {
        stopped = true;
        return;
      }
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const reason = skippedFolderReason(entry.name);
        if (reason) skipped.push({ path: `${shown(path)}/`, reason });
        else walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        files.push(shown(path));
      } else if (entry.isSymbolicLink()) {
        skipped.push({ path: shown(path), reason: SYMBOLIC_LINK });
      } else if (entry.isFile()) {
        skipped.push({ path: shown(path), reason: entry.name.toLowerCase().endsWith('.canvas') ? 'a canvas, not a note' : 'not a markdown note' });
      }
    }
  };
  walk(folder);
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  return { files: files.sort(), skipped: skipped.sort(byPath), stopped };
}

/** Every markdown note below a folder, as paths relative to it with forward slashes, sorted. */
export function listNoteFiles(folder: string): string[] {
  return walkNotesFolder(folder).files;
}

/** A note's text, and whether its bytes were not valid UTF-8 (they are replaced, never dropped silently). */
export function readNoteText(path: string): { text: string; invalidUtf8: boolean } {
  const bytes = readFileSync(path);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), invalidUtf8: true };
  }
}
