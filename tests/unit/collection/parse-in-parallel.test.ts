import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { UnrecognisedNoteError } from '../../../src/lib/notes/parse-note.ts';
import { parseNoteToParse, type NoteToParse } from '../../../src/lib/collection/notes-folder.ts';
import { parseNotesInParallel } from '../../../src/lib/collection/parse-in-parallel.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();

describe('parsing a large archive\'s notes on every core', () => {
  it('gives exactly what parsing them one by one gives, in the same order, errors included', async () => {
    const notes: NoteToParse[] = syntheticNotes(320).map((note) => ({ file: note.fileName, relativePath: note.fileName, text: note.text, invalidUtf8: false }));
    // A broken note and a note of no show, in the part a worker thread parses.
    notes[250] = { ...notes[250]!, text: notes[250]!.text.replace(/^date: .*$/m, 'date: 2024-13-45') };
    notes[300] = { ...notes[300]!, text: '# Team meeting notes\n\n- nothing to publish\n' };

    const parallel = await parseNotesInParallel(notes, options);
    const serial = notes.map((note) => parseNoteToParse(note, options));

    expect(parallel).toHaveLength(serial.length);
    expect(parallel[250]).toBeInstanceOf(NoteError);
    expect(parallel[300]).toBeInstanceOf(UnrecognisedNoteError);
    const plain = (outcomes: typeof parallel) => outcomes.map((outcome) => (outcome instanceof NoteError
      ? { error: outcome.constructor.name, message: outcome.message }
      : outcome));
    expect(plain(parallel)).toEqual(plain(serial));
  }, 60_000);
});
