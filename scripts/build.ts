// npm run build: `astro build` (arguments passed on, e.g. --outDir), written into a folder beside the
// output folder (dist.building/) and renamed to it only when every step succeeded (the pages, the
// posters, the search index, the leak guard). A failed build's output is moved to dist.failed/ (the
// leak guard's to dist.rejected/); a build killed mid-way leaves dist.building/. Either way dist/ is
// still the last site that was built in full, or absent. Astro's integration hooks have no "build
// failed" hook, hence this wrapper. The previous site, renamed dist.previous/, is deleted by a process
// of its own after this one returns.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { relative } from 'node:path';
import { astroBuildCommand } from '../src/lib/build/astro-process.ts';
import { buildingFolderOf, outDirArgument, outputFolderOf, putInPlace, removeDetached, setAside, withOutDir } from '../src/lib/build/output-folder.ts';

const args = process.argv.slice(2);
const folder = outputFolderOf(args, outDirArgument(args) === undefined ? await configuredOutDir() : undefined);
const building = buildingFolderOf(folder);
const astro = astroBuildCommand(withOutDir(args, building));
const child = spawn(astro.command[0]!, astro.command.slice(1), { stdio: 'inherit', env: astro.env });
// Ctrl-C reaches Astro too; wait for it to stop, then clean up.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));

const code = await new Promise<number>((done) => {
  child.on('exit', (status, signal) => done(status ?? 128 + (signal ? constants.signals[signal] : 0)));
  child.on('error', (error) => {
    console.error(`Could not start astro build: ${error.message}`);
    done(1);
  });
});
if (code === 0) {
  putInPlace(building, folder, removeDetached);
} else {
  const moved = setAside(building, 'failed');
  const rejected = `${folder}.rejected`;
  const where = moved ? `its output was moved to ${shown(moved)}/ (it may hold part of this build): do not deploy it`
    : existsSync(rejected) ? `its output is in ${shown(rejected)}/` : 'it wrote no output';
  const previous = existsSync(folder) ? `${shown(folder)}/ is left as it was, from the last build that succeeded` : `there is no ${shown(folder)}/ to deploy`;
  console.error(`\nThe build failed, so ${where}; ${previous}.`);
}
process.exit(code);

/** A path as the user would type it: relative inside the project, absolute outside. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

/** outDir from astro.config.mjs, if it sets one. */
async function configuredOutDir(): Promise<string | undefined> {
  try {
    const config = (await import(new URL('../astro.config.mjs', import.meta.url).href)).default as { outDir?: string | URL };
    return config.outDir instanceof URL ? config.outDir.pathname : config.outDir;
  } catch {
    return undefined; // the config itself may be broken: Astro says so when it reads it
  }
}
