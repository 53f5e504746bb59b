import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The project's own Node 24 (the npm package "node"), as npm scripts run it. */
export const PROJECT_NODE = resolve('node_modules/.bin/node');

export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs one of scripts/*.ts as `npm run` would, with extra environment; output is not a TTY, so it has no colours. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): ScriptRun {
  // Notes other than the sample's were never published by the sample's URL registry: without a registry
  // of their own they get none (a path no file is at), and no script run by a test can write the sample's.
  const registry = env.EPISODES_DIR && !env.EPISODE_URLS_FILE ? { EPISODE_URLS_FILE: resolve('.cache/test-no-episode-urls.json') } : {};
  const result = spawnSync(PROJECT_NODE, [`scripts/${script}`, ...args], {
    env: { ...process.env, ARCHIVE_NOW: '2026-11-24T00:00:00Z', ...registry, ...env },
    encoding: 'utf8',
    // Only stops a script that hangs: a loaded machine can need minutes.
    timeout: 10 * 60_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, which the team's tools never print. */
export const STACK_LINE = /^\s+at\s/m;
