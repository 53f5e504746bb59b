import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { askWorker, startWorker, startWorkerEarly, workerFileExists } from '../../../src/lib/build/worker-thread.ts';

// Each case's worker is a few lines of plain JavaScript, written where the test can start it.
const folder = mkdtempSync(join(tmpdir(), 'worker-thread-'));
function workerFile(name: string, code: string): URL {
  const path = join(folder, `${name}.mjs`);
  writeFileSync(path, `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`);
  return pathToFileURL(path);
}

const stoppedEarly = (exitCode: number) => new Error(`the test worker stopped (exit code ${exitCode}) before it answered`);

/**
 * What a worker asked for one answer came to by the time it stopped: its answer, its rejection, or still
 * waiting (an answer that never comes would otherwise hang the test until its timeout).
 */
async function askedUntilItStops<Answer>(file: URL, workerData: unknown): Promise<{ answer: Answer } | { rejected: string } | 'still waiting'> {
  const started = new Promise<Worker>((resolve) => process.once('worker', resolve));
  let outcome: { answer: Answer } | { rejected: string } | 'still waiting' = 'still waiting';
  askWorker<Answer>(file, workerData, stoppedEarly).then((answer) => { outcome = { answer }; }, (error: Error) => { outcome = { rejected: error.message }; });
  const worker = await started;
  await new Promise((resolve) => worker.once('exit', () => setImmediate(resolve)));
  return outcome;
}

/** What a worker that answers item by item told its starter: every answer, and every failure. */
function listen(file: URL, workerData: unknown, owed: number): Promise<{ answers: unknown[]; failures: string[] }> {
  return new Promise((resolve) => {
    const answers: unknown[] = [];
    const failures: string[] = [];
    const worker = startWorker<unknown>(file, workerData, {
      answer: (answer) => answers.push(answer),
      fail: (error) => failures.push((error as Error).message),
      stoppedEarly: (exitCode) => (answers.length < owed ? new Error(`stopped with exit code ${exitCode} after ${answers.length} of ${owed} answers`) : undefined),
    });
    worker.once('exit', () => setImmediate(() => resolve({ answers, failures })));
  });
}

describe('a worker thread started and heard from in one place', () => {
  it('gives the answer of a worker that answers once', async () => {
    const doubles = workerFile('doubles', 'parentPort.postMessage(workerData.number * 2);');
    expect(await askedUntilItStops<number>(doubles, { number: 21 })).toEqual({ answer: 42 });
  });

  it('rejects with the worker\'s own error when it throws', async () => {
    const throws = workerFile('throws', 'throw new Error(`no poster for ${workerData.title}`);');
    expect(await askedUntilItStops(throws, { title: 'Episode 7' })).toEqual({ rejected: 'no poster for Episode 7' });
  });

  it('rejects, with the exit code, when the worker stops without answering', async () => {
    const quits = workerFile('quits', 'process.exit(3);');
    expect(await askedUntilItStops(quits, {})).toEqual({ rejected: 'the test worker stopped (exit code 3) before it answered' });
  });

  it('fails once when a worker stops owing answers, after the answers it gave', async () => {
    const quitsHalfway = workerFile('quits-halfway', 'parentPort.postMessage(1); parentPort.postMessage(2);');
    expect(await listen(quitsHalfway, {}, 3)).toEqual({ answers: [1, 2], failures: ['stopped with exit code 0 after 2 of 3 answers'] });
  });

  it('fails once, with its error, when a worker throws after answering (not again as it stops)', async () => {
    const throwsHalfway = workerFile('throws-halfway', 'parentPort.postMessage(1); setImmediate(() => { throw new Error(\'broke after one\'); });');
    expect(await listen(throwsHalfway, {}, 3)).toEqual({ answers: [1], failures: ['broke after one'] });
  });

  it('does not fail when a worker stops owing nothing', async () => {
    const answersAll = workerFile('answers-all', 'for (const item of workerData.items) parentPort.postMessage(item);');
    expect(await listen(answersAll, { items: ['a', 'b'] }, 2)).toEqual({ answers: ['a', 'b'], failures: [] });
  });

  it('tells whether a worker\'s file is there to start', () => {
    expect(workerFileExists(workerFile('there', ''))).toBe(true);
    expect(workerFileExists(pathToFileURL(join(folder, 'bundled-away.mjs')))).toBe(false);
  });
});

describe('a worker started before it is needed', () => {
  it('does its task only when asked, and answers once', async () => {
    const adds = workerFile('adds', 'parentPort.once("message", ({ number }) => parentPort.postMessage(number + workerData.add));');
    const early = startWorkerEarly<number>(adds, { add: 1 }, stoppedEarly);
    expect(await early.ask({ number: 41 })).toBe(42);
  });

  it('gives a failure from before it was asked to whoever asks', async () => {
    const broken = workerFile('broken-early', 'throw new Error("the worker could not load its code");');
    const early = startWorkerEarly<number>(broken, {}, stoppedEarly);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(early.ask({})).rejects.toThrow('the worker could not load its code');
  });

  it('rejects, with the exit code, when it stops without answering its task', async () => {
    const quits = workerFile('quits-when-asked', 'parentPort.once("message", () => process.exit(4));');
    await expect(startWorkerEarly<number>(quits, {}, stoppedEarly).ask({})).rejects.toThrow('exit code 4');
  });

  it('holds nothing alive until it is asked: a process that ends first exits', () => {
    const waits = workerFile('waits', 'parentPort.once("message", () => parentPort.postMessage("done"));');
    const script = `import { startWorkerEarly } from ${JSON.stringify(new URL('../../../src/lib/build/worker-thread.ts', import.meta.url).href)};
startWorkerEarly(new URL(${JSON.stringify(waits.href)}), {}, () => new Error('stopped'));
console.log('main is done');`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('main is done');
  });
});
