/**
 * How `npm run build` starts `astro build`, and `npm run bench` with it, so that the bench measures what
 * users run. Both settings lower the build's peak memory (docs/benchmarks.md, session 13):
 * - `--expose-gc` lets the build hand back the garbage of content loading before Vite bundles
 *   (src/lib/build/release-memory.ts);
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown, Skia and Astro's compiler each bring mimalloc, which gives freed
 *   memory back only when it next runs; Vite's bundling frees ~130-270 MB that then stayed resident
 *   through the render, the search index and the leak guard. A value the caller set is kept.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--expose-gc'];

export function astroBuildEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0' };
}
