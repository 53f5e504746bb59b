import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** The transcript files of a folder, sorted, as paths relative to it (a missing folder has none; hidden files are skipped). */
export function listTranscriptFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.toLowerCase().endsWith('.md') && !path.split(sep).some((part) => part.startsWith('.')))
    .sort();
}
