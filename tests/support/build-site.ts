import { spawnSync } from 'node:child_process';

/**
 * Builds a site as `npm run build` does (scripts/build.ts: astro build, and a failed build's output
 * moved aside) with extra environment; returns its exit code and combined output.
 */
export function buildSite(outDir: string, env: Record<string, string>, extraArgs: string[] = []): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir, ...extraArgs], {
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    // Only stops a build that hangs: a loaded machine can need many minutes.
    timeout: 20 * 60_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
