// The worker thread of drawPostersAside (src/lib/seo/posters-aside.ts): draws its list of posters into the cache folder.
import { parentPort, workerData } from 'node:worker_threads';
import { drawPosters } from './posters-aside.ts';
import type { PosterFacts } from './poster-facts.ts';

const { wanted, cacheDir } = workerData as { wanted: PosterFacts[]; cacheDir: string };
parentPort!.postMessage(await drawPosters(wanted, cacheDir));
