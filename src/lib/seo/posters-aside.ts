import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { askWorker, workerFileExists } from '../build/worker-thread.ts';
import { posterFileName, type PosterFacts } from './poster-facts.ts';
import { drawPoster } from './poster.ts';

/** A poster in the cache folder: its file name, where it is, and whether this build drew it. */
export interface DrawnPoster { file: string; path: string; drawn: boolean }

/** Below this many posters to draw, a worker's start-up (~0.2 s) costs more than it frees. */
const MIN_POSTERS_FOR_A_WORKER = 40;
const WORKER = new URL('./poster-worker.ts', import.meta.url);

/** Draws every poster of a list not in the cache yet (two at a time: Skia encodes on the thread pool). */
export async function drawPosters(wanted: readonly PosterFacts[], cacheDir: string): Promise<DrawnPoster[]> {
  const queue = [...new Map(wanted.map((facts) => [posterFileName(facts), facts]))];
  const drawn: DrawnPoster[] = [];
  const drawNext = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, facts] = next;
      drawn.push({ file, ...(await drawPoster(facts, cacheDir)) });
    }
  };
  await Promise.all([drawNext(), drawNext()]);
  return drawn;
}

/**
 * Draws posters on a worker thread, so that painting them (Skia rasterises on the calling thread) never
 * holds up the pages Astro renders meanwhile, and uses a core that would otherwise wait for them
 * (docs/benchmarks.md). A short list, a one-core machine or a bundled build without the worker's
 * file draws here.
 */
export function drawPostersAside(wanted: readonly PosterFacts[], cacheDir: string): Promise<DrawnPoster[]> {
  const missing = wanted.filter((facts) => !existsSync(`${cacheDir}/${posterFileName(facts)}`)).length;
  if (missing < MIN_POSTERS_FOR_A_WORKER || availableParallelism() < 2 || !workerFileExists(WORKER)) return drawPosters(wanted, cacheDir);
  return askWorker<DrawnPoster[]>(WORKER, { wanted, cacheDir },
    (exitCode) => `the poster worker stopped (exit code ${exitCode}) before it had drawn its posters`);
}
