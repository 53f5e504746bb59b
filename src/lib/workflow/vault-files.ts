import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A markdown note of the vault. */
export interface VaultNote {
  /** Path relative to the vault, forward slashes. */
  path: string;
  bytes: Buffer;
}

/** A folder or file of the vault that is not read, and why. */
export interface VaultSkip {
  /** Path relative to the vault, forward slashes; folders end with "/". */
  path: string;
  reason: string;
}

export interface VaultContents {
  notes: VaultNote[];
  skipped: VaultSkip[];
}

/** Why a vault folder is not searched for episode notes, or undefined when it is. */
export function skippedFolderReason(name: string): string | undefined {
  if (name === '.obsidian') return 'Obsidian\'s settings';
  if (name === '.trash') return 'Obsidian\'s trash';
  if (name.startsWith('.')) return 'hidden folder';
  if (/templates?$/i.test(name)) return 'template folder';
  if (/^_?(attachments?|assets)$/i.test(name)) return 'attachments';
  if (name === 'node_modules') return 'not a notes folder';
  return undefined;
}

const LINK = 'a symbolic link, not followed';

/** Every markdown note of an Obsidian vault, in any subfolder, and what was left out (sorted by path). */
export function readVault(vault: string): VaultContents {
  const notes: VaultNote[] = [];
  const skipped: VaultSkip[] = [];
  const shown = (path: string) => relative(vault, path).split(sep).join('/');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const reason = skippedFolderReason(entry.name);
        if (reason) skipped.push({ path: `${shown(path)}/`, reason });
        else walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        notes.push({ path: shown(path), bytes: readFileSync(path) });
      } else if (entry.isSymbolicLink()) {
        // Never followed: a link may lead anywhere on the computer (or round in a circle).
        skipped.push({ path: shown(path), reason: LINK });
      } else if (entry.isFile()) {
        skipped.push({ path: shown(path), reason: entry.name.toLowerCase().endsWith('.canvas') ? 'a canvas, not a note' : 'not a markdown note' });
      }
    }
  };
  walk(vault);
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  return { notes: notes.sort(byPath), skipped: skipped.sort(byPath) };
}

/** The notes of the shows' folders, and what else the vault holds, in a line. */
export interface ShowFolderContents {
  notes: VaultNote[];
  /** Files outside every show's folder (or in a template folder inside one), by top-level folder of the vault. */
  elsewhere: Map<string, number>;
  /** Show folders the vault does not have. */
  missingFolders: string[];
  /** Symbolic links in the shows' folders: not followed, so what they point to is not imported. */
  links: string[];
}

/**
 * The notes of the vault's show folders (`folder:` of each show in src/site.config.ts), in any subfolder
 * but template, attachment and hidden ones; everything else of the vault is only counted, never read as a
 * note, so a transcript or a readme elsewhere is never taken for an episode.
 */
export function readShowFolders(vault: string, showFolders: readonly string[]): ShowFolderContents {
  const all = readVault(vault);
  const folders = showFolders.map((folder) => folder.replace(/^\/+|\/+$/g, ''));
  const inShowFolder = (path: string) => folders.some((folder) => path.startsWith(`${folder}/`));
  const elsewhere = new Map<string, number>();
  const countElsewhere = (path: string) => {
    const top = path.includes('/') ? `${path.slice(0, path.indexOf('/'))}/` : path;
    elsewhere.set(top, (elsewhere.get(top) ?? 0) + 1);
  };
  const notes: VaultNote[] = [];
  for (const note of all.notes) (inShowFolder(note.path) ? notes.push(note) : countElsewhere(note.path));
  const links: string[] = [];
  for (const skip of all.skipped) (skip.reason === LINK && (inShowFolder(skip.path) || folders.includes(skip.path)) ? links.push(skip.path) : countElsewhere(skip.path));
  const missingFolders = folders.filter((folder) => !links.includes(folder) && !all.notes.some((note) => note.path.startsWith(`${folder}/`)) && !all.skipped.some((skip) => skip.path.startsWith(`${folder}/`)));
  return { notes, elsewhere, missingFolders, links };
}
