// A worker thread of parseNotesOnThreads (src/lib/collection/parse-in-parallel.ts): parses each chunk of notes it
// is handed, with the parser's options it is sent first (it may start before they are known: parse-workers.ts).
import { parentPort } from 'node:worker_threads';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteToParse, type NoteToParse } from './notes-folder.ts';
import { toPortable } from './parse-in-parallel.ts';

type Message = { options: NoteParserOptions } | { index: number; notes: NoteToParse[] };

let options: NoteParserOptions | undefined;
parentPort!.on('message', (message: Message) => {
  if ('options' in message) {
    options = message.options;
    return;
  }
  if (!options) throw new Error('A note-parsing worker was handed notes before the parser\'s options');
  parentPort!.postMessage({ index: message.index, outcomes: message.notes.map((note) => toPortable(parseNoteToParse(note, options!))) });
});
