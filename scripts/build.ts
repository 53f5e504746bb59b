// npm run build: `astro build` (arguments passed on, e.g. --outDir), and if it fails at any step
// (a note, a page, the posters, the search index, the leak guard), the output folder is moved aside
// to <outDir>.failed, so a failed build never leaves a partial site looking valid. Astro's
// integration hooks have no "build failed" hook, hence this wrapper.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { outputFolderOf, setAside } from '../src/lib/build/output-folder.ts';

const args = process.argv.slice(2);
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
// Ctrl-C reaches Astro too; wait for it to stop, then clean up.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));

const code = await new Promise<number>((done) => {
  child.on('exit', (status, signal) => done(status ?? 128 + (signal ? constants.signals[signal] : 0)));
  child.on('error', (error) => {
    console.error(`Could not start astro build: ${error.message}`);
    done(1);
  });
});
if (code !== 0) {
  const folder = outputFolderOf(args, await configuredOutDir());
  const moved = setAside(folder, 'failed');
  console.error(moved
    ? `\nThe build failed, so ${shown(folder)}/ was moved to ${shown(moved)}/ (it may hold part of this build, or an older one): do not deploy it.`
    : `\nThe build failed; there is no ${shown(folder)}/ to deploy.`);
}
process.exit(code);

/** A path as the user would type it: relative inside the project, absolute outside. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

/** outDir from astro.config.mjs, if it sets one (read only after a failure, where it is needed). */
async function configuredOutDir(): Promise<string | undefined> {
  try {
    const config = (await import(new URL('../astro.config.mjs', import.meta.url).href)).default as { outDir?: string | URL };
    return config.outDir instanceof URL ? config.outDir.pathname : config.outDir;
  } catch {
    return undefined; // the config itself may be what failed: Astro's default then
  }
}
