import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * The build's environment. Notes other than the sample's were never published by the sample's URL
 * registry: without a registry of their own they get a new one beside the output folder (as a first build
 * of those notes would), and no test build reads or writes the sample's.
 */
function buildEnv(outDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  const registry: Record<string, string> = {};
  if (env.EPISODES_DIR && !env.EPISODE_URLS_FILE) {
    registry.EPISODE_URLS_FILE = `${outDir.replace(/\/+$/, '')}-episode-urls.json`;
    rmSync(registry.EPISODE_URLS_FILE, { force: true });
  }
  return { ...process.env, ...registry, ...env, ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * Builds a site as `npm run build` does (scripts/build.ts: astro build, and a failed build's output
 * moved aside) with extra environment; returns its exit code and combined output.
 */
export function buildSite(outDir: string, env: Record<string, string>, extraArgs: string[] = []): { status: number; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir, ...extraArgs], {
    env: buildEnv(outDir, env),
    encoding: 'utf8',
    // Only stops a build that hangs: a loaded machine can need many minutes.
    timeout: 20 * 60_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** buildSite into an emptied output folder, with no site an earlier failed build set aside (`<outDir>.rejected`). */
export function buildSiteAfresh(outDir: string, env: Record<string, string>, extraArgs: string[] = []): { status: number; output: string } {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}.rejected`, { recursive: true, force: true });
  return buildSite(outDir, env, extraArgs);
}

/**
 * Starts a build as `npm run build` does and kills it, with everything it started (its process group,
 * as Ctrl-C in a terminal or a CI timeout would), once its output matches `killWhen`.
 */
export function buildSiteKilled(outDir: string, env: Record<string, string>, killWhen: RegExp): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      env: buildEnv(outDir, env),
      detached: true,
    });
    let output = '';
    let killed = false;
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && killWhen.test(output)) {
        killed = true;
        process.kill(-child.pid!, 'SIGKILL');
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (status) => done({ status: status ?? 137, output }));
  });
}
