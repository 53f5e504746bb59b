import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const notes = resolve('.cache/dev-server-notes');
// Its own URL registry: the dev server records these notes' episodes, which the sample's never published
// (written into the sample's, they stopped the next sample build as episodes whose notes are gone).
const registry = resolve('.cache/dev-server-episode-urls.json');
const port = 4400 + (process.pid % 500);
// What the dev server can need on a loaded machine to start or to show a change: this is no speed check.
const DEV_SERVER_WAIT_MS = 8 * 60_000;
let server: ChildProcess;
let output = '';

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Waits for the dev server to show something; only the test's own (generous) timeout ends the wait. */
async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  await vi.waitFor(async () => {
    if (!await check().catch(() => false)) throw new Error(`Still waiting for ${what}. Dev server said:\n${output.slice(-3000)}`);
  }, { timeout: DEV_SERVER_WAIT_MS, interval: 300 });
}

beforeAll(async () => {
  rmSync(notes, { recursive: true, force: true });
  rmSync(registry, { force: true });
  mkdirSync(notes, { recursive: true });
  cpSync('tests/fixtures/archive/episodes/GOH-01.md', `${notes}/GOH-01.md`);
  // A note with a mistake must not keep the dev server from starting.
  writeFileSync(`${notes}/GOH-09.md`, '---\nurl: https://youtu.be/AAAAAAAAAA9\ndate: 2024-13-45\n---\n# [[GOH 9 - Half-written]]\n');
  // --force: Astro allows one dev server per project; a stale one from an interrupted run must not block the test.
  // Vitest's own variables (VITEST, NODE_ENV=test) change how Astro and Vite behave; start it as a user would.
  const userEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
  server = spawn('npx', ['astro', 'dev', '--force', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...userEnv, EPISODES_DIR: notes, EPISODE_URLS_FILE: registry, GUESTS_DIR: 'tests/fixtures/archive/guests', ARCHIVE_NOW: '2026-11-24T00:00:00Z', ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  await eventually(async () => (await page('/episodes/1/')).status === 200, 'the dev server');
});

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
  });

  it('starts although a note is broken, and says which line to fix', () => {
    expect(output).toContain('GOH-09.md:3');
    expect(output).toContain('the date "2024-13-45" is not a date');
  });

  it('keeps the last good page of a note saved half-written, and shows the fixed note', async () => {
    const note = `${notes}/GOH-01.md`;
    const good = readFileSync(note, 'utf8');
    const title = /# \[\[GOH 0?1 - (.+)\]\]/.exec(good)![1]!;
    writeFileSync(note, good.replace(/^date: .*$/m, 'date: 2024-99-99'));
    await eventually(async () => /GOH-01\.md:\d+: the date "2024-99-99" is not a date/.test(output), 'the error for the half-written note');
    expect((await page('/episodes/1/')).html).toContain(title);
    writeFileSync(note, good.replace(title, 'Fixed again'));
    await eventually(async () => (await page('/episodes/1/')).html.includes('Fixed again'), 'the fixed note');
  });

  it('reads the final text of a note saved twice in quick succession', async () => {
    const note = `${notes}/GOH-01.md`;
    const text = readFileSync(note, 'utf8');
    const retitled = (title: string) => text.replace(/^# \[\[GOH 0?1 - .+\]\]$/m, `# [[GOH 01 - ${title}]]`);
    writeFileSync(note, retitled('First of two saves'));
    await new Promise((done) => setTimeout(done, 30));
    writeFileSync(note, retitled('Second of two saves'));
    await eventually(async () => (await page('/episodes/1/')).html.includes('Second of two saves'), 'the second save');
  });

  it('draws the poster an episode page shows', async () => {
    const poster = /<img src="(\/posters\/[0-9a-f]{24}\.jpg)"/.exec((await page('/episodes/1/')).html)?.[1];
    expect(poster).toBeDefined();
    const response = await fetch(`http://127.0.0.1:${port}${poster}`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(5_000);
  });
});
