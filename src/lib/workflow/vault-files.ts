import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYMBOLIC_LINK, UNREADABLE_FOLDER, walkNotesFolder, type SkippedPath } from '../collection/note-files.ts';
import { WorkflowError } from './workflow-error.ts';

/** A markdown note of the vault. */
export interface VaultNote {
  /** Path relative to the vault, forward slashes. */
  path: string;
  bytes: Buffer;
}

/** A folder or file of the vault that is not read, and why. */
export type VaultSkip = SkippedPath;

export interface VaultContents {
  notes: VaultNote[];
  skipped: VaultSkip[];
}

/** Every markdown note of an Obsidian vault, in any subfolder, and what was left out (sorted by path): the notes-folder loop's rules. */
export function readVault(vault: string): VaultContents {
  const { files, skipped } = walkNotesFolder(vault);
  return { notes: files.map((path) => ({ path, bytes: readFileSync(join(vault, path)) })), skipped };
}

/** The notes of the shows' folders, and what else the vault holds, in a line. */
export interface ShowFolderContents {
  notes: VaultNote[];
  /** Files outside every show's folder (or in a template folder inside one), by top-level folder of the vault. */
  elsewhere: Map<string, number>;
  /** Show folders the vault does not have. */
  missingFolders: string[];
  /** Symbolic links in the shows' folders and the other folders import reads (`transcripts/`): not followed, so what they point to is not imported. */
  links: string[];
}

/**
 * The notes of the vault's show folders (`folder:` of each show in src/site.config.ts), in any subfolder
 * but template, attachment and hidden ones; everything else of the vault is only counted, never read as a
 * note, so a transcript or a readme elsewhere is never taken for an episode. Symbolic links in the show
 * folders and in `alsoRead` (the folders import reads otherwise, such as `transcripts/`) are listed; a
 * folder among them that cannot be read stops the import (a WorkflowError).
 */
export function readShowFolders(vault: string, showFolders: readonly string[], alsoRead: readonly string[] = []): ShowFolderContents {
  const all = readVault(vault);
  const folders = showFolders.map((folder) => folder.replace(/^\/+|\/+$/g, ''));
  const read = [...folders, ...alsoRead.map((folder) => folder.replace(/^\/+|\/+$/g, ''))];
  const inReadFolder = (path: string) => read.some((folder) => path === folder || path.startsWith(`${folder}/`));
  const inShowFolder = (path: string) => folders.some((folder) => path.startsWith(`${folder}/`));
  const elsewhere = new Map<string, number>();
  const countElsewhere = (path: string) => {
    const top = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path;
    elsewhere.set(top, (elsewhere.get(top) ?? 0) + 1);
  };
  // Its notes would look deleted from the vault, and their copies in the project would be taken for orphans.
  const unreadable = all.skipped.filter((skip) => skip.reason === UNREADABLE_FOLDER && inReadFolder(skip.path)).map((skip) => skip.path);
  if (unreadable.length) {
    throw new WorkflowError(`${unreadable.join(', ')} in the vault ${unreadable.length === 1 ? 'is a folder' : 'are folders'} that cannot be read: import would take the notes in ${unreadable.length === 1 ? 'it' : 'them'} for deleted, so it wrote nothing`,
      'let your user read the folder (e.g. `chmod -R u+rX` on it), or move it out of the shows\' folders, then import again.');
  }
  const notes: VaultNote[] = [];
  for (const note of all.notes) (inShowFolder(note.path) ? notes.push(note) : countElsewhere(note.path));
  const links: string[] = [];
  for (const skip of all.skipped) (skip.reason === SYMBOLIC_LINK && inReadFolder(skip.path) ? links.push(skip.path) : countElsewhere(skip.path));
  const missingFolders = folders.filter((folder) => !links.includes(folder) && !all.notes.some((note) => note.path.startsWith(`${folder}/`)) && !all.skipped.some((skip) => skip.path.startsWith(`${folder}/`)));
  return { notes, elsewhere, missingFolders, links };
}
