import { NoteError } from './errors.ts';

/** Where an episode number came from. */
export interface NumberedNote {
  file: string;
  number: number;
  line?: number;
}

/**
 * Two notes for one episode number would fight over one URL.
 * @throws NoteError naming both files.
 */
export function assertUniqueNumbers(notes: readonly NumberedNote[]): void {
  const byNumber = new Map<number, NumberedNote>();
  for (const note of [...notes].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = byNumber.get(note.number);
    if (first) {
      throw new NoteError(
        { file: note.file, line: note.line },
        `episode ${note.number} is also in ${first.file}`,
        'keep one note per episode: delete or merge the duplicate, or fix the number in its heading.',
      );
    }
    byNumber.set(note.number, note);
  }
}
