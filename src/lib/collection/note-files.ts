import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Folders in a notes folder that never hold episodes: Obsidian's own, templates, and `_drafts`-style ones. */
function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'templates' || name === 'node_modules';
}

/** Every markdown note below a folder, as paths relative to it with forward slashes, sorted. */
export function listNoteFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isIgnoredFolder(entry.name)) walk(path);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
        found.push(relative(folder, path).split(sep).join('/'));
      }
    }
  };
  walk(folder);
  return found.sort();
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
