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
      } else if (entry.isFile()) {
        skipped.push({ path: shown(path), reason: entry.name.toLowerCase().endsWith('.canvas') ? 'a canvas, not a note' : 'not a markdown note' });
      }
    }
  };
  walk(vault);
  const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);
  return { notes: notes.sort(byPath), skipped: skipped.sort(byPath) };
}
