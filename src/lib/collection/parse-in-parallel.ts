import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DraftProblem, NoteError } from '../notes/errors.ts';
import { UnrecognisedNoteError, type NoteParserOptions } from '../notes/parse-note.ts';
import { parseNoteToParse, type LoadedNote, type NoteToParse, type ParseOutcome } from './notes-folder.ts';

/** Below this many notes a worker's start-up (loading the parser, ~0.3 s) costs more than it saves. */
const MIN_NOTES_PER_WORKER = 150;
const MAX_THREADS = 4;

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

const WORKER = new URL('./parse-notes-worker.ts', import.meta.url);

/** What parsing on several threads did: the outcomes, and how many worker threads parsed a share of them. */
export interface ParsedOnThreads {
  outcomes: ParseOutcome[];
  /** Worker threads that parsed a share of the notes and answered; 0 when every note was parsed on this thread. */
  workers: number;
  /** Why no worker was used, when none was. */
  alone?: string;
}

/** How many threads (this one included) a batch of `noteCount` notes is worth on this machine. */
export function threadsFor(noteCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(noteCount / MIN_NOTES_PER_WORKER)));
}

/**
 * Parses notes on every core: content loading is JavaScript on one thread and leaves the other cores
 * idle, so a large archive's notes are split between this thread and worker threads (docs/benchmarks.md).
 * Outcomes come back in the notes' order. Small batches, such as a rebuild's few changed notes, are parsed
 * here; so is everything when the worker's file is not there (code bundled into one file): the result says so.
 */
export async function parseNotesOnThreads(notes: readonly NoteToParse[], options: NoteParserOptions, threads = threadsFor(notes.length)): Promise<ParsedOnThreads> {
  const parseHere = (alone: string): ParsedOnThreads => ({ outcomes: notes.map((note) => parseNoteToParse(note, options)), workers: 0, alone });
  if (threads < 2) return parseHere(availableParallelism() < 2 ? 'this machine has one core' : `${notes.length} note(s) are too few to be worth a worker thread`);
  if (!existsSync(fileURLToPath(WORKER))) return parseHere(`the worker's file ${fileURLToPath(WORKER)} is missing`);
  const size = Math.ceil(notes.length / threads);
  const slices = Array.from({ length: threads }, (_, index) => notes.slice(index * size, (index + 1) * size)).filter((slice) => slice.length);
  // The workers start first; this thread parses its own slice meanwhile.
  const remote = slices.slice(1).map((slice) => parseOnWorker(slice, options));
  const local = slices[0]!.map((note) => parseNoteToParse(note, options));
  return { outcomes: [...local, ...(await Promise.all(remote)).flat()], workers: remote.length };
}

/** What the build's log says about the threads a parse used. */
export function describeThreads({ workers, alone }: ParsedOnThreads): string {
  return workers ? `on ${workers + 1} threads` : `on one thread (${alone ?? 'no worker'})`;
}

function parseOnWorker(notes: readonly NoteToParse[], options: NoteParserOptions): Promise<ParseOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { notes, options } });
    let answered = false;
    worker.once('message', (outcomes: PortableOutcome[]) => {
      answered = true;
      resolve(outcomes.map(fromPortable));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a note-parsing worker stopped (exit code ${code}) before it had parsed its notes`));
    });
  });
}
