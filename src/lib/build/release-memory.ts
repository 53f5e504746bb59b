/** What a release of memory did: the heap it found, and if it was worth releasing, the process's resident memory before and after and the time it took. */
export type MemoryReleased = { heapMb: number; released: false } | { heapMb: number; released: true; beforeMb: number; afterMb: number; ms: number };

/**
 * A heap smaller than this is left as it is: a rebuild after one edited note parses one note and ends content
 * loading with a heap of ~270 MB, its peak far under the budget, and releasing would cost it ~0.25 s.
 */
const WORTH_RELEASING_MB = 300;

/**
 * Collects this thread's garbage and hands its heap's empty pages back to the system, with V8's gc() (which
 * Node offers under --expose-gc: `npm run build` starts Astro so, src/lib/build/astro-process.ts). V8 keeps
 * the pages of a heap it has grown until it has been idle a while, which a build never is: a cold build of
 * 1,000 episodes ends content loading with ~110 MB alive in a heap of ~330-480 MB, and Vite's bundling then
 * adds its own to all of it, the build's peak (docs/benchmarks.md, session 13). A "last resort" collection
 * compacts the heap and frees what it no longer needs, in ~0.25-0.4 s. Nothing is done without gc()
 * (astro build run directly: undefined), nor for a heap under WORTH_RELEASING_MB.
 */
export function releaseMemory(collect: NodeJS.GCFunction | undefined = globalThis.gc, worthReleasingMb = WORTH_RELEASING_MB): MemoryReleased | undefined {
  if (!collect) return undefined;
  const heapMb = process.memoryUsage().heapTotal / 2 ** 20;
  if (heapMb < worthReleasingMb) return { heapMb, released: false };
  const started = performance.now();
  const beforeMb = process.memoryUsage.rss() / 2 ** 20;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { heapMb, released: true, beforeMb, afterMb: process.memoryUsage.rss() / 2 ** 20, ms: performance.now() - started };
}
