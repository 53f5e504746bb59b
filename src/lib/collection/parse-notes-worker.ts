// A worker thread of parseNotesOnThreads (src/lib/collection/parse-in-parallel.ts): parses each chunk of notes it is handed.
import { parentPort, workerData } from 'node:worker_threads';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteToParse, type NoteToParse } from './notes-folder.ts';
import { toPortable } from './parse-in-parallel.ts';

const { options } = workerData as { options: NoteParserOptions };
parentPort!.on('message', ({ index, notes }: { index: number; notes: NoteToParse[] }) => {
  parentPort!.postMessage({ index, outcomes: notes.map((note) => toPortable(parseNoteToParse(note, options))) });
});
