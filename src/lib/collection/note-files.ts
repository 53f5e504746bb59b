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

/** A folder or file below a notes folder that is not read, and why. */
export interface SkippedPath {
  /** Path relative to the folder, forward slashes; folders end with "/". */
  path: string;
  reason: string;
}

/**
 * The one loop over a folder of notes: every markdown note below it (paths relative to it, forward
 * slashes, sorted), and what was left out and why. Symbolic links are never followed: a link may lead
 * anywhere on the computer (or round in a circle).
 */
export function walkNotesFolder(folder: string): { files: string[]; skipped: SkippedPath[] } {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  const shown = (path: string) => relative(folder, path).split(sep).join('/');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
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
  return { files: files.sort(), skipped: skipped.sort(byPath) };
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
