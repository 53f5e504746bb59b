import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const notes = resolve('.cache/dev-server-notes');
const port = 4400 + (process.pid % 500);
let server: ChildProcess;
let output = '';

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, html: await response.text() };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 300));
  }
  throw new Error(`Timed out waiting for ${what}. Dev server said:\n${output.slice(-3000)}`);
}

beforeAll(async () => {
  rmSync(notes, { recursive: true, force: true });
  mkdirSync(notes, { recursive: true });
  cpSync('tests/fixtures/archive/episodes/GOH-01.md', `${notes}/GOH-01.md`);
  // --force: Astro allows one dev server per project; a stale one from an interrupted run must not block the test.
  // Vitest's own variables (VITEST, NODE_ENV=test) change how Astro and Vite behave; start it as a user would.
  const userEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  server = spawn('npx', ['astro', 'dev', '--force', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...userEnv, EPISODES_DIR: notes, GUESTS_DIR: 'tests/fixtures/archive/guests', ARCHIVE_NOW: '2026-11-24T00:00:00Z', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await eventually(async () => (await page('/episodes/1/')).status === 200, 'the dev server', 90_000);
}, 120_000);

afterAll(() => {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  rmSync(notes, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows an edited, an added and a removed note without a restart', async () => {
    expect((await page('/episodes/1/')).html).toContain('Getting started with Grafana Loki');

    const note = `${notes}/GOH-01.md`;
    writeFileSync(note, readFileSync(note, 'utf8').replace('Getting started with Grafana Loki', 'Getting started with Loki, edited live'));
    await eventually(async () => (await page('/episodes/1/')).html.includes('Getting started with Loki, edited live'), 'the edited title');

    cpSync('tests/fixtures/archive/episodes/GOH-02.md', `${notes}/GOH-02.md`);
    await eventually(async () => (await page('/episodes/2/')).status === 200, 'the added episode');

    unlinkSync(`${notes}/GOH-02.md`);
    await eventually(async () => (await page('/episodes/2/')).status === 404, 'the removed episode to go');
  }, 300_000);

  it('draws the poster an episode page shows', async () => {
    const poster = /<img src="(\/posters\/[0-9a-f]{24}\.jpg)"/.exec((await page('/episodes/1/')).html)?.[1];
    expect(poster).toBeDefined();
    const response = await fetch(`http://127.0.0.1:${port}${poster}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(5_000);
  }, 60_000);
});
