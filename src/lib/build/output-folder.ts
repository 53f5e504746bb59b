import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * The output folder an `astro build` command line writes to: its --outDir (either form), else the
 * config's outDir, else Astro's default, dist/. Resolved against the working directory, as Astro does.
 */
export function outputFolderOf(args: readonly string[], configured: string | undefined): string {
  let chosen: string | undefined;
  args.forEach((arg, index) => {
    if (arg === '--outDir' && args[index + 1] !== undefined) chosen = args[index + 1];
    else if (arg.startsWith('--outDir=')) chosen = arg.slice('--outDir='.length);
  });
  return resolve(chosen ?? configured ?? 'dist');
}

/**
 * Moves a build's output folder aside, to `<folder>.<suffix>` next to it (replacing an older one), so
 * that nothing is left where a deploy or a preview would take it for a good site. Returns where it
 * went, or undefined when there was no output folder.
 */
export function setAside(folder: string, suffix: string): string | undefined {
  const target = resolve(dirname(folder), `${basename(folder)}.${suffix}`);
  if (!existsSync(folder)) return undefined;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  renameSync(folder, target);
  return target;
}
