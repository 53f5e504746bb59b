/** Thrown when notes have problems: one message listing every one of them, each with file, line and fix. */
export class NotesError extends Error {
  override name = 'NotesError';

  constructor(message: string) {
    super(message);
    // The message names each file, line and fix; a stack trace of our code would only bury it.
    this.stack = '';
  }
}
