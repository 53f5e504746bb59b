import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { startWorkerEarly, workerFileExists, type EarlyWorker } from '../lib/build/worker-thread.ts';
import { codeDigest } from '../lib/build/code-digest.ts';
import { SEARCH_BUNDLE_FOLDERS } from '../lib/build/search-bundles.ts';
import { writeSearchBundles, type BundleOutcome } from '../lib/build/search-index-writer.ts';

export interface PagefindIndexOptions {
  /**
   * Return from the build hook at once and write the index on worker threads, a bundle each: the next
   * step (the leak guard, which reads the index last) prepares meanwhile and awaits `written()` before it
   * reads the output, so Pagefind and the guard share the cores (docs/benchmarks.md). Whoever sets this
   * must await `written()`, or errors are lost.
   */
  inBackground?: boolean;
}

export interface PagefindIndex extends AstroIntegration {
  /** The index of this build written (rejects with the reason it could not be). */
  written(): Promise<void>;
  /** The folders of the site it writes (one per bundle). */
  folders: readonly string[];
}

const WORKER = new URL('../lib/build/search-index-worker.ts', import.meta.url);

/**
 * Builds the Pagefind search index right after Astro writes the site, so `npm run build` gives a
 * site whose search works on any static host. Episode pages and transcript pages are two bundles
 * (src/lib/build/search-bundles.ts), each taken from the build cache when none of its pages changed
 * since the last build; the search page merges them and the languages (src/scripts/search-bundles.ts).
 */
export function pagefindIndex(options: PagefindIndexOptions = {}): PagefindIndex {
  let pending: Promise<void> = Promise.resolve();
  let workers: SearchWorker[] | undefined;
  // The project whose code writes the word lists: part of the cached index's key.
  let root = process.cwd();
  return {
    name: 'episode-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // The workers load their code while Astro bundles and renders, not after (~0.3 s a worker).
      'astro:build:start': () => {
        if (options.inBackground && workerFileExists(WORKER)) workers = SEARCH_BUNDLE_FOLDERS.map((folder) => startSearchWorker(folder, codeDigest(root)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = workers;
        workers = undefined;
        pending = (started ? indexOnWorkers(started, outDir) : writeSearchBundles(outDir, codeDigest(root)))
          .then((outcomes) => report(outcomes, logger));
        if (options.inBackground) pending.catch(() => {}); // reported by whoever awaits written()
        else await pending;
      },
    },
    written: () => pending,
    folders: SEARCH_BUNDLE_FOLDERS,
  };
}

function report(outcomes: readonly BundleOutcome[], logger: AstroIntegrationLogger): void {
  for (const outcome of outcomes) {
    logger.info(outcome.written
      ? `${outcome.label} written in ${outcome.ms} ms (${outcome.pagesRead} pages read under episodes/, into ${outcome.folder}/)`
      : `${outcome.label} unchanged: no ${outcome.kind} page changed since the last build (taken from the build cache in ${outcome.ms} ms)`);
  }
}

/**
 * Each bundle on a worker thread of its own, and so in a Pagefind process of its own: one process
 * indexes one bundle at a time on about one core: Pagefind's own run for the two bundles of 1,000
 * episodes took 2.2 s at once against 4.8 s one after the other (docs/benchmarks.md).
 */
async function indexOnWorkers(workers: readonly SearchWorker[], outDir: string): Promise<BundleOutcome[]> {
  return (await Promise.all(workers.map((worker) => indexOnWorker(worker, outDir)))).flat();
}

type SearchWorker = EarlyWorker<{ outcomes: BundleOutcome[] } | { error: string }>;

function startSearchWorker(folder: string, code: string): SearchWorker {
  return startWorkerEarly(WORKER, { folder, code }, (code) => new Error(`the search index worker stopped (exit code ${code}) before the index was written`));
}

async function indexOnWorker(worker: SearchWorker, outDir: string): Promise<BundleOutcome[]> {
  const answer = await worker.ask({ outDir });
  if ('error' in answer) throw new Error(`The search index could not be written: ${answer.error}`);
  return answer.outcomes;
}
