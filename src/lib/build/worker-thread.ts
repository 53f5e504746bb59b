import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** How the code that starts a worker thread hears from it. */
export interface WorkerListeners<Answer> {
  /** Each message the worker posts. */
  answer: (answer: Answer) => void;
  /** The worker threw, or stopped while it still owed answers: called once at most. */
  fail: (error: unknown) => void;
  /** When the worker stops: the error it failed with if it still owed answers, else undefined. */
  stoppedEarly: (exitCode: number) => Error | undefined;
}

/** Whether a worker's file is there to start: a build bundled into one file has none, and works on this thread. */
export function workerFileExists(file: URL): boolean {
  return existsSync(fileURLToPath(file));
}

/**
 * Starts a worker thread on `file` and wires its answers, its error, and a stop before it answered all
 * it owed, to `listeners`. A worker that stops owing nothing (after its last answer, or terminated)
 * is no failure; one that throws fails once, not again when it then stops.
 */
export function startWorker<Answer>(file: URL, workerData: unknown, listeners: WorkerListeners<Answer>): Worker {
  const worker = new Worker(file, { workerData });
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    listeners.fail(error);
  };
  worker.on('message', (answer: Answer) => listeners.answer(answer));
  worker.on('error', fail);
  worker.once('exit', (exitCode) => {
    const error = listeners.stoppedEarly(exitCode);
    if (error) fail(error);
  });
  return worker;
}

/**
 * Starts a worker thread that answers once, and gives its answer. Rejects with the worker's error if it
 * throws, and with `stoppedEarly(exitCode)` if it stops without answering.
 */
export function askWorker<Answer>(file: URL, workerData: unknown, stoppedEarly: (exitCode: number) => Error): Promise<Answer> {
  return workerAnsweringOnce<Answer>(file, workerData, stoppedEarly).answer;
}

/** A worker started before it is needed, so that it has loaded its modules by then; asked once. */
export interface EarlyWorker<Answer> {
  /** Sends the worker its task, and gives its answer (or its failure, also one from before it was asked). */
  ask(message: unknown): Promise<Answer>;
}

/**
 * Starts a worker thread on `file` that waits for one message (its task) and answers it once. Until it
 * is asked it holds nothing alive: a process that ends first exits as it would without it.
 */
export function startWorkerEarly<Answer>(file: URL, workerData: unknown, stoppedEarly: (exitCode: number) => Error): EarlyWorker<Answer> {
  const { worker, answer } = workerAnsweringOnce<Answer>(file, workerData, stoppedEarly);
  // A worker never asked may fail, or be stopped, unheard: whoever asks hears of it.
  answer.catch(() => {});
  worker.unref();
  return {
    ask(message) {
      worker.ref();
      worker.postMessage(message);
      return answer;
    },
  };
}

/** A worker that answers once, and that answer: rejected if it throws, or stops before answering. */
function workerAnsweringOnce<Answer>(file: URL, workerData: unknown, stoppedEarly: (exitCode: number) => Error): { worker: Worker; answer: Promise<Answer> } {
  let answered = false;
  let worker!: Worker;
  const answer = new Promise<Answer>((resolve, reject) => {
    worker = startWorker<Answer>(file, workerData, {
      answer: (given) => {
        answered = true;
        resolve(given);
      },
      fail: reject,
      stoppedEarly: (exitCode) => (answered ? undefined : stoppedEarly(exitCode)),
    });
  });
  return { worker, answer };
}
