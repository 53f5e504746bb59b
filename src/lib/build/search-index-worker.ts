// A worker thread of the search index step (src/integrations/pagefind.ts): writes one search bundle
// while the main thread goes on with the leak guard's preparation and another worker writes the other.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchBundle } from './search-index-writer.ts';

const { outDir, folder } = workerData as { outDir: string; folder: string };
writeSearchBundle(outDir, folder).then(
  (outcomes) => parentPort!.postMessage({ outcomes }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
