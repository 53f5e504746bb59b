import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { parseNoteToParse, type NoteToParse } from '../../../src/lib/collection/notes-folder.ts';
import { parseNotesOnThreads } from '../../../src/lib/collection/parse-in-parallel.ts';
import { startParseWorkersEarly, stopEarlyParseWorkers, takeEarlyParseWorker } from '../../../src/lib/collection/parse-workers.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const toParse = (count: number): NoteToParse[] => syntheticNotes(count).map((note) => ({ file: note.fileName, relativePath: note.fileName, text: note.text, invalidUtf8: false }));

afterEach(() => {
  stopEarlyParseWorkers();
});

describe('note-parsing workers started before the notes are read', () => {
  it('are the ones a parse then uses, and give what parsing on this thread gives', async () => {
    startParseWorkersEarly(1);
    const notes = toParse(160);
    const parallel = await parseNotesOnThreads(notes, options, 2);
    expect(parallel.workers).toBe(1);
    // The early worker was taken: none is left to stop.
    expect(stopEarlyParseWorkers()).toBe(0);
    expect(JSON.stringify(parallel.outcomes)).toBe(JSON.stringify(notes.map((note) => parseNoteToParse(note, options))));
  });

  it('are stopped, and counted, when no parse needed them', () => {
    startParseWorkersEarly(2);
    expect(stopEarlyParseWorkers()).toBe(2);
    expect(takeEarlyParseWorker()).toBeUndefined();
  });

  it('are passed over when one stopped before a parse took it: the parse starts a worker of its own', async () => {
    startParseWorkersEarly(1);
    const slot = (globalThis as Record<symbol, { worker: import('node:worker_threads').Worker }[] | undefined>)[Symbol.for('episode-archive.early-parse-workers')]!;
    const stopped = slot[0]!.worker;
    void stopped.terminate();
    await once(stopped, 'exit');
    const parallel = await parseNotesOnThreads(toParse(160), options, 2);
    expect(parallel.workers).toBe(1);
    expect(parallel.outcomes).toHaveLength(160);
    expect(stopEarlyParseWorkers()).toBe(0);
  });

  it('start none for a count below one', () => {
    startParseWorkersEarly(0);
    expect(stopEarlyParseWorkers()).toBe(0);
  });
});
