// A worker thread of the search index step (src/integrations/pagefind.ts): writes the search bundles
// while the main thread goes on with the leak guard's preparation.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchBundles } from './search-index-writer.ts';

const { outDir } = workerData as { outDir: string };
writeSearchBundles(outDir).then(
  (outcomes) => parentPort!.postMessage({ outcomes }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
