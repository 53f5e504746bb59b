// The worker thread of drawPostersAside (src/lib/seo/posters-aside.ts): paints its list of missing posters into the cache folder.
import { parentPort, workerData } from 'node:worker_threads';
import { paintPosters } from './posters-aside.ts';
import type { PosterFacts } from './poster-facts.ts';

const { missing, cacheDir } = workerData as { missing: PosterFacts[]; cacheDir: string };
parentPort!.postMessage(await paintPosters(missing, cacheDir));
