// A worker thread of the search index step (src/integrations/pagefind.ts), started as the build starts so
// that it has loaded Pagefind's API and the word lists' code when the pages are written: then it is sent
// the site's folder, writes one search bundle while the main thread goes on with the leak guard's
// preparation and another worker writes the other, and answers.
import { parentPort, workerData } from 'node:worker_threads';
import { writeSearchBundle } from './search-index-writer.ts';

const { folder, code } = workerData as { folder: string; code: string };
parentPort!.once('message', ({ outDir }: { outDir: string }) => {
  writeSearchBundle(outDir, folder, code).then(
    (outcomes) => parentPort!.postMessage({ outcomes }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
