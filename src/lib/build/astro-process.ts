import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * How `npm run build` starts `astro build`, and `npm run bench` with it, so that the bench measures what
 * users run. Both settings lower the build's peak memory (docs/benchmarks.md, session 13):
 * - `--expose-gc` lets the build hand back the garbage of content loading before Vite bundles
 *   (src/lib/build/release-memory.ts);
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown, Skia and Astro's compiler each bring mimalloc, which gives freed
 *   memory back only when it next runs; Vite's bundling frees ~130-270 MB that then stayed resident
 *   through the render, the search index and the leak guard. A value the caller set is kept.
 */
const ASTRO_NODE_FLAGS: readonly string[] = ['--expose-gc'];

const astroScript = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** The command line (the program first) and the environment that run `astro build <args>` as `npm run build` does. */
export function astroBuildCommand(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { command: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: [process.execPath, ...ASTRO_NODE_FLAGS, astroScript, 'build', ...args],
    env: { ...env, MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0' },
  };
}
