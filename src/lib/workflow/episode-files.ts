import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listNoteFiles } from '../collection/note-files.ts';
import { episodeFileName, recogniseEpisodeNote, type RecognisedEpisode, type RecognitionOptions } from './recognise-episode-note.ts';

/** An episode note already in the notes folder. */
export interface EpisodeFile {
  /** Path relative to the notes folder, forward slashes. */
  path: string;
  episode: RecognisedEpisode;
  bytes: Buffer;
}

export { episodeFileName };

/** The highest episode number plus one; 1 for an empty archive. */
export function nextEpisodeNumber(numbers: Iterable<number>): number {
  let highest = 0;
  for (const number of numbers) highest = Math.max(highest, number);
  return highest + 1;
}

/**
 * Every episode note in the notes folder (the folders the loader ignores are ignored here too),
 * recognised the same way as notes in a vault. A missing folder is an empty archive.
 */
export function readEpisodeFiles(folder: string, options: RecognitionOptions): EpisodeFile[] {
  if (!existsSync(folder)) return [];
  const files: EpisodeFile[] = [];
  for (const path of listNoteFiles(folder)) {
    const bytes = readFileSync(resolve(folder, path));
    const recognised = recogniseEpisodeNote(bytes.toString('utf8'), options);
    if (recognised.kind === 'episode') files.push({ path, episode: recognised, bytes });
  }
  return files;
}
