import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { UnrecognisedNoteError } from '../../../src/lib/notes/parse-note.ts';
import { parseNoteToParse, type NoteToParse } from '../../../src/lib/collection/notes-folder.ts';
import { describeThreads, parseNotesOnThreads } from '../../../src/lib/collection/parse-in-parallel.ts';
import { threadsFor } from '../../../src/lib/collection/parse-workers.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const toParse = (count: number): NoteToParse[] => syntheticNotes(count).map((note) => ({ file: note.fileName, relativePath: note.fileName, text: note.text, invalidUtf8: false }));

describe('parsing a large archive\'s notes on every core', () => {
  it('gives exactly what parsing them one by one gives, in the same order, errors included, with a worker thread doing its share', async () => {
    const notes = toParse(320);
    // A broken note and a note of no show, in the part a worker thread parses.
    notes[250] = { ...notes[250]!, text: notes[250]!.text.replace(/^date: .*$/m, 'date: 2024-13-45') };
    notes[300] = { ...notes[300]!, text: '# Team meeting notes\n\n- nothing to publish\n' };

    // Two threads whatever the machine has, so the test runs a worker on a one-core machine too.
    const parallel = await parseNotesOnThreads(notes, options, 2);
    const serial = notes.map((note) => parseNoteToParse(note, options));

    // A worker really ran (a fallback to this thread alone would give the same outcomes, and say 0).
    expect(parallel.workers, parallel.alone).toBe(1);
    expect(describeThreads(parallel)).toBe('on 2 threads');
    expect(parallel.outcomes).toHaveLength(serial.length);
    expect(parallel.outcomes[250]).toBeInstanceOf(NoteError);
    expect(parallel.outcomes[300]).toBeInstanceOf(UnrecognisedNoteError);
    const plain = (outcomes: typeof serial) => outcomes.map((outcome) => (outcome instanceof NoteError
      ? { error: outcome.constructor.name, message: outcome.message }
      : outcome));
    expect(plain(parallel.outcomes)).toEqual(plain(serial));
  });

  it('parses a rebuild\'s few changed notes on this thread, and says so', async () => {
    expect(threadsFor(20)).toBe(1);
    const parsed = await parseNotesOnThreads(toParse(20), options);
    expect(parsed.workers).toBe(0);
    expect(parsed.outcomes).toHaveLength(20);
    expect(describeThreads(parsed)).toBe(availableParallelism() < 2 ? 'on one thread (this machine has one core)' : 'on one thread (20 note(s) are too few to be worth a worker thread)');
  });

  it('uses one worker per extra core for a large archive, at most four threads', () => {
    expect(threadsFor(10_000)).toBeGreaterThanOrEqual(1);
    expect(threadsFor(10_000)).toBeLessThanOrEqual(4);
    expect(threadsFor(299)).toBe(1);
  });
});
