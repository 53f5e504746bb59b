// A worker thread of parseNotesOnThreads (src/lib/collection/parse-in-parallel.ts): parses its share of the notes.
import { parentPort, workerData } from 'node:worker_threads';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteToParse, type NoteToParse } from './notes-folder.ts';
import { toPortable } from './parse-in-parallel.ts';

const { notes, options } = workerData as { notes: NoteToParse[]; options: NoteParserOptions };
parentPort!.postMessage(notes.map((note) => toPortable(parseNoteToParse(note, options))));
