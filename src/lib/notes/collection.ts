import { NoteError } from './errors.ts';

/** Where an episode's page key (its number, or show and date) came from. */
export interface KeyedNote {
  file: string;
  key: string;
  line?: number;
}

/**
 * Two notes for one episode would fight over one URL.
 * @throws NoteError naming both files.
 */
export function assertUniqueKeys(notes: readonly KeyedNote[]): void {
  const byKey = new Map<string, KeyedNote>();
  for (const note of [...notes].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = byKey.get(note.key);
    if (first) {
      const what = /^\d+$/.test(note.key) ? `episode ${note.key}` : `the episode at /episodes/${note.key}/`;
      throw new NoteError(
        { file: note.file, line: note.line },
        `${what} is also in ${first.file}`,
        'keep one note per episode: delete or merge the duplicate, or fix the number (or date) in its heading.',
      );
    }
    byKey.set(note.key, note);
  }
}
