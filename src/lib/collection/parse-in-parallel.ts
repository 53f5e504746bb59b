import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerFileExists } from '../build/worker-thread.ts';
import { DraftProblem, NoteError } from '../notes/errors.ts';
import { UnrecognisedNoteError, type NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteToParse, type LoadedNote, type NoteToParse, type ParseOutcome } from './notes-folder.ts';
import { PARSE_WORKER, startParseWorker, takeEarlyParseWorker, threadsFor } from './parse-workers.ts';

/** A parse outcome as it crosses from a worker thread: errors as plain data (class identity does not survive). */
export type PortableOutcome =
  | { note: LoadedNote }
  | { error: { kind: 'unrecognised' | 'draft' | 'error'; file: string; line: number | undefined; problem: string; fix: string } };

export function toPortable(outcome: ParseOutcome): PortableOutcome {
  if (!(outcome instanceof NoteError)) return { note: outcome };
  const { file, line, problem, fix } = outcome;
  const kind = outcome instanceof UnrecognisedNoteError ? 'unrecognised' : outcome instanceof DraftProblem ? 'draft' : 'error';
  return { error: { kind, file, line, problem, fix } };
}

export function fromPortable(portable: PortableOutcome): ParseOutcome {
  if ('note' in portable) return portable.note;
  const { kind, file, line, problem, fix } = portable.error;
  const Kind = { unrecognised: UnrecognisedNoteError, draft: DraftProblem, error: NoteError }[kind];
  return new Kind({ file, line }, problem, fix);
}

/** What parsing on several threads did: the outcomes, and how many worker threads parsed a share of them. */
export interface ParsedOnThreads {
  outcomes: ParseOutcome[];
  /** Worker threads that parsed a share of the notes and answered; 0 when every note was parsed on this thread. */
  workers: number;
  /** Why no worker was used, when none was. */
  alone?: string;
}

/** Notes handed out at a time: small enough that no thread waits long for the others at the end. */
const CHUNK = 25;
/** Chunks a worker holds at once, so it never waits for this thread to hand it the next one. */
const CHUNKS_AHEAD = 2;

/**
 * Parses notes on every core: content loading is JavaScript on one thread and leaves the other cores
 * idle, so a large archive's notes are shared between this thread and worker threads (docs/benchmarks.md).
 * They are handed out in chunks as each thread is ready for more: a worker that starts late (loading
 * the parser takes it ~0.5 s) or a thread that is slower gets fewer, and none idles while another works.
 * Outcomes come back in the notes' order. Small batches, such as a rebuild's few changed notes, are parsed
 * here; so is everything when the worker's file is not there (code bundled into one file): the result says so.
 */
export async function parseNotesOnThreads(notes: readonly NoteToParse[], options: NoteParserOptions, threads = threadsFor(notes.length)): Promise<ParsedOnThreads> {
  const parseHere = (alone: string): ParsedOnThreads => ({ outcomes: notes.map((note) => parseNoteToParse(note, options)), workers: 0, alone });
  if (threads < 2) return parseHere(availableParallelism() < 2 ? 'this machine has one core' : `${notes.length} note(s) are too few to be worth a worker thread`);
  if (!workerFileExists(PARSE_WORKER)) return parseHere(`the worker's file ${fileURLToPath(PARSE_WORKER)} is missing`);
  const chunks = Array.from({ length: Math.ceil(notes.length / CHUNK) }, (_, index) => notes.slice(index * CHUNK, (index + 1) * CHUNK));
  const results: ParseOutcome[][] = [];
  let next = 0;
  const take = (): number | undefined => (next < chunks.length ? next++ : undefined);
  const workers = Array.from({ length: threads - 1 }, () => shareWithWorker(options, chunks, take, results));
  // This thread parses a chunk at a time, and between chunks lets the workers' answers in (each answer
  // hands that worker its next chunk).
  for (let index = take(); index !== undefined; index = take()) {
    results[index] = chunks[index]!.map((note) => parseNoteToParse(note, options));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
  return { outcomes: results.flat(), workers: workers.length };
}

/** What the build's log says about the threads a parse used. */
export function describeThreads({ workers, alone }: ParsedOnThreads): string {
  return workers ? `on ${workers + 1} threads` : `on one thread (${alone ?? 'no worker'})`;
}

/** A worker thread parsing chunks as `take` hands them out, until none is left; its outcomes go into `results`. */
function shareWithWorker(options: NoteParserOptions, chunks: readonly (readonly NoteToParse[])[], take: () => number | undefined, results: ParseOutcome[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = 0;
    // One started early (while Astro started up) if there is one, with its parser loaded by now.
    const { worker, listen } = takeEarlyParseWorker() ?? startParseWorker();
    listen({
      answer: ({ index, outcomes }) => {
        results[index] = outcomes.map(fromPortable);
        pending -= 1;
        send();
        if (pending === 0) finish();
      },
      fail: reject,
      stoppedEarly: () => (pending > 0 ? new Error(`a note-parsing worker stopped before it had parsed ${pending} chunk(s) of notes`) : undefined),
    });
    worker.postMessage({ options });
    const send = () => {
      const index = take();
      if (index === undefined) return;
      pending += 1;
      worker.postMessage({ index, notes: chunks[index] });
    };
    const finish = () => {
      resolve();
      void worker.terminate();
    };
    for (let ahead = 0; ahead < CHUNKS_AHEAD; ahead += 1) send();
    if (pending === 0) finish();
  });
}
