import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** The transcript files of a folder, sorted, as paths relative to it (a missing folder has none; hidden files are skipped). */
export function listTranscriptFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.toLowerCase().endsWith('.md') && !path.split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/** A transcript file: its path in its folder, its path as messages show it (from the project), and its text. */
export interface TranscriptFileText {
  path: string;
  file: string;
  text: string;
}

/** The transcript files of a folder with their text, read one at a time, in listTranscriptFiles' order. */
export function* readTranscriptFiles(folder: string): Generator<TranscriptFileText> {
  const root = resolve(folder);
  const shownFolder = relative(process.cwd(), root) || '.';
  for (const path of listTranscriptFiles(root)) {
    yield { path, file: `${shownFolder}/${path.split(sep).join('/')}`, text: readFileSync(resolve(root, path), 'utf8') };
  }
}
