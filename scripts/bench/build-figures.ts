import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// One build of the benchmark, timed: wall clock, CPU, peak memory and Astro's own phases, read from
// /usr/bin/time and the build's log; and the sizes of what it wrote.

export interface BuildFigures { wallSeconds: number; cpuSeconds: number; peakMb: number; contentSeconds?: number; renderSeconds?: number; searchMs?: number; leakGuardMs?: number; log: string }

const astro = resolve('node_modules/.bin/astro');
const npmRunBuild = resolve('scripts/build.ts');

/**
 * One build under /usr/bin/time, with its figures: of the archive as `npm run build` runs it (scripts/build.ts:
 * Astro into a fresh folder beside `outDir`, then renamed to it, the previous site deleted by a process of its
 * own), or of the floor (`root`) as plain Astro starts. Astro run on its own would first delete the previous
 * site file by file (its `emptyDir`, ~0.8 s of a rebuild), which `npm run build` never has it do.
 */
export function build(env: Record<string, string>, outDir: string, force: boolean, root?: string): BuildFigures {
  const environment = { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' };
  const buildArgs = ['--outDir', outDir, ...(force ? ['--force'] : [])];
  const command = root ? [astro, 'build', '--root', root, ...buildArgs] : [process.execPath, npmRunBuild, ...buildArgs];
  const result = spawnSync('/usr/bin/time', ['-v', ...command], { env: environment, encoding: 'utf8', maxBuffer: 1 << 28 });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`The build failed:\n${log.slice(-3000)}`);
  const clock = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(log);
  const wallSeconds = clock ? Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]) : Number.NaN;
  // User + system time of the build and its workers: what the build costs, whatever else the machine runs.
  const cpuSeconds = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(log)?.[1] ?? Number.NaN), 0);
  const peakMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? Number.NaN) / 1024;
  // Astro's own phase lines: content loading ("[build] ✓ Completed in" before Vite), then page generation.
  const phases = [...log.matchAll(/\[build\] ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)/g)].map((match) => Number(match[1] ?? 0) * 60 + Number(match[2]) * (match[3] === 'ms' ? 0.001 : 1));
  const render = /^\S+ ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)\./m.exec(log);
  return {
    wallSeconds, cpuSeconds, peakMb, log,
    contentSeconds: phases[0],
    renderSeconds: render ? Number(render[1] ?? 0) * 60 + Number(render[2]) * (render[3] === 'ms' ? 0.001 : 1) : undefined,
    // The longer of the two bundles (episodes, transcripts), which are indexed at once; one taken from the
    // build cache writes no such line.
    searchMs: [...log.matchAll(/search index written in (\d+) ms/gi)].reduce((longest, match) => Math.max(longest, Number(match[1])), 0),
    leakGuardMs: Number(/checked in (\d+) ms/.exec(log)?.[1] ?? Number.NaN),
  };
}

/** Runs edit-then-build `rounds` times and keeps the build of median wall time: one run is at the mercy of the disk. */
export function medianBuild(rounds: number, edit: (round: number) => void, run: () => BuildFigures): BuildFigures {
  const runs: BuildFigures[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    edit(round);
    runs.push(run());
  }
  return runs.sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(rounds / 2)]!;
}

export function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export const countPages = (outDir: string) => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
export const searchIndexBytes = (outDir: string) => folderBytes(join(outDir, 'pagefind')) + (existsSync(join(outDir, 'pagefind-transcripts')) ? folderBytes(join(outDir, 'pagefind-transcripts')) : 0);
