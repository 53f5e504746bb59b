import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { askWorker, workerFileExists } from '../build/worker-thread.ts';
import { posterFileName, type PosterFacts } from './poster-facts.ts';
import { paintPoster } from './poster.ts';

/** A poster in the cache folder: its file name, where it is, and whether this build drew it. */
export interface DrawnPoster { file: string; path: string; drawn: boolean }

/** Below this many posters to draw, a worker's start-up (~0.2 s) costs more than it frees. */
const MIN_POSTERS_FOR_A_WORKER = 40;
const WORKER = new URL('./poster-worker.ts', import.meta.url);

/** Draws every poster of a list not in the cache yet, on this thread. */
export async function drawPosters(wanted: readonly PosterFacts[], cacheDir: string): Promise<DrawnPoster[]> {
  const list = lookInCache(wanted, cacheDir);
  return inListOrder(list, await paintPosters(list.missing, cacheDir));
}

/**
 * Draws posters on a worker thread, so that painting them (Skia rasterises on the calling thread) never
 * holds up the pages Astro renders meanwhile, and uses a core that would otherwise wait for them
 * (docs/benchmarks.md). A short list, a one-core machine or a bundled build without the worker's
 * file draws here.
 */
export async function drawPostersAside(wanted: readonly PosterFacts[], cacheDir: string): Promise<DrawnPoster[]> {
  const list = lookInCache(wanted, cacheDir);
  const here = list.missing.length < MIN_POSTERS_FOR_A_WORKER || availableParallelism() < 2 || !workerFileExists(WORKER);
  const painted = here
    ? await paintPosters(list.missing, cacheDir)
    : await askWorker<DrawnPoster[]>(WORKER, { missing: list.missing, cacheDir },
      (exitCode) => new Error(`the poster worker stopped (exit code ${exitCode}) before it had drawn its posters`));
  return inListOrder(list, painted);
}

/**
 * Paints posters none of which is in the cache folder (the caller looked), one after the other: Skia
 * paints and encodes each on this thread (src/lib/seo/card-painter.ts). The poster worker's job.
 */
export async function paintPosters(missing: readonly PosterFacts[], cacheDir: string): Promise<DrawnPoster[]> {
  const painted: DrawnPoster[] = [];
  for (const facts of missing) painted.push({ file: posterFileName(facts), path: await paintPoster(facts, cacheDir), drawn: true });
  return painted;
}

/** A list's posters, each once, and those of them not in the cache folder: the build's one look at the disk for each. */
interface LookedUp { files: string[]; cacheDir: string; missing: PosterFacts[] }

function lookInCache(wanted: readonly PosterFacts[], cacheDir: string): LookedUp {
  const unique = new Map(wanted.map((facts) => [posterFileName(facts), facts]));
  const missing = [...unique].filter(([file]) => !existsSync(join(cacheDir, file))).map(([, facts]) => facts);
  return { files: [...unique.keys()], cacheDir, missing };
}

/** Every poster of a looked-up list in its order: those just painted as drawn, the others from the cache. */
function inListOrder({ files, cacheDir }: LookedUp, painted: readonly DrawnPoster[]): DrawnPoster[] {
  const byFile = new Map(painted.map((poster) => [poster.file, poster]));
  return files.map((file) => byFile.get(file) ?? { file, path: join(cacheDir, file), drawn: false });
}
