import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerFileExists, type WorkerListeners } from '../build/worker-thread.ts';
import type { PortableOutcome } from './parse-in-parallel.ts';

/** The note-parsing worker's file (src/lib/collection/parse-notes-worker.ts). */
export const PARSE_WORKER = new URL('./parse-notes-worker.ts', import.meta.url);

/** Below this many notes a worker's start-up (loading the parser, ~0.3 s) costs more than it saves. */
const MIN_NOTES_PER_WORKER = 150;
const MAX_THREADS = 4;

/** How many threads (this one included) a batch of `noteCount` notes is worth on this machine. */
export function threadsFor(noteCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(noteCount / MIN_NOTES_PER_WORKER)));
}

/** What a parse worker answers for each chunk of notes it is handed. */
export interface ParseAnswer { index: number; outcomes: PortableOutcome[] }

/** A parse worker, and whom it answers: given when a parse takes it, which may be long after it started. */
export interface ParseWorker {
  worker: Worker;
  listen(listeners: WorkerListeners<ParseAnswer>): void;
  /** Neither failed nor stopped (before anyone listened). */
  usable(): boolean;
}

/** Starts a parse worker. It parses nothing before it is sent the parser's options, then chunks of notes. */
export function startParseWorker(): ParseWorker {
  let listeners: WorkerListeners<ParseAnswer> | undefined;
  let failure: { error: unknown } | undefined;
  let stopped = false;
  const worker = startWorker<ParseAnswer>(PARSE_WORKER, undefined, {
    answer: (answer) => listeners?.answer(answer),
    fail: (error) => (listeners ? listeners.fail(error) : (failure = { error })),
    stoppedEarly: (exitCode) => {
      stopped = true;
      return listeners?.stoppedEarly(exitCode);
    },
  });
  return {
    worker,
    usable: () => !failure && !stopped,
    listen(given) {
      listeners = given;
      if (failure) given.fail(failure.error);
    },
  };
}

// Started by the build's integration (src/integrations/parse-workers-early.ts) and taken by the content
// loader: two module graphs in one process, so the workers wait in a process-wide slot.
const EARLY = Symbol.for('episode-archive.early-parse-workers');
function early(): ParseWorker[] {
  const global = globalThis as { [EARLY]?: ParseWorker[] };
  global[EARLY] ??= [];
  return global[EARLY];
}

/**
 * Starts `count` parse workers before the notes are read, so that loading the parser (~0.8 s a worker)
 * happens while Astro starts up, on a core that is idle then (docs/benchmarks.md). They hold nothing
 * alive: a build that stops before parsing exits as it would without them.
 */
export function startParseWorkersEarly(count: number): void {
  if (count < 1 || !workerFileExists(PARSE_WORKER)) return;
  for (let started = 0; started < count; started += 1) {
    const parseWorker = startParseWorker();
    parseWorker.worker.unref();
    early().push(parseWorker);
  }
}

/** A parse worker started early and still usable, if any; it keeps the process alive again while it parses. */
export function takeEarlyParseWorker(): ParseWorker | undefined {
  const waiting = early();
  for (let parseWorker = waiting.shift(); parseWorker; parseWorker = waiting.shift()) {
    if (parseWorker.usable()) {
      parseWorker.worker.ref();
      return parseWorker;
    }
    void parseWorker.worker.terminate();
  }
  return undefined;
}

/** Stops the early workers that no parse took (a rebuild whose few changed notes were parsed on one thread); says how many. */
export function stopEarlyParseWorkers(): number {
  const left = early().splice(0);
  for (const parseWorker of left) void parseWorker.worker.terminate();
  return left.length;
}
