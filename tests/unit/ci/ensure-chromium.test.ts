import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

// Stand-ins for id, sudo, apt-get, npm and npx: they log how they were called, and apt-get "installs"
// Chromium by creating the file, so the scripts run for real without touching this machine.
const work = mkdtempSync(join(tmpdir(), 'ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const bin = join(work, 'bin');
const log = join(work, 'calls.log');
const chromium = join(work, 'usr-bin-chromium');
const stub = (name: string, body: string) => {
  writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
};
spawnSync('mkdir', ['-p', bin]);
stub('id', 'echo "${FAKE_UID:-0}"');
stub('sudo', `echo "sudo $*" >> "${log}"; [ "\${FAKE_SUDO:-}" = works ] || exit 1; shift; exec "$@"`);
stub('apt-get', `echo "apt-get $*" >> "${log}"; if [ "$1" = install ]; then touch "${chromium}"; chmod +x "${chromium}"; fi`);
stub('npm', `echo "npm $*" >> "${log}"`);
stub('npx', `echo "npx $*" >> "${log}"`);

function run(command: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command[0]!, command.slice(1), {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, HOME: work, ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
}
const ensure = (env: Record<string, string> = {}, wanted = chromium) => run([resolve('.ci/ensure-chromium'), wanted, chromium], env);

beforeEach(() => {
  rmSync(log, { force: true });
  rmSync(chromium, { force: true });
});

describe('.ci/ensure-chromium', () => {
  it('does nothing when the Chromium the tests launch is there', () => {
    writeFileSync(chromium, '');
    chmodSync(chromium, 0o755);
    expect(ensure()).toMatchObject({ status: 0, calls: [] });
  });

  it('installs Debian\'s Chromium with apt-get when run as root', () => {
    const result = ensure({ FAKE_UID: '0' });
    expect(result.status, result.output).toBe(0);
    expect(result.calls).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('goes through sudo when not root and sudo needs no password', () => {
    const result = ensure({ FAKE_UID: '1000', FAKE_SUDO: 'works' });
    expect(result.status, result.output).toBe(0);
    expect(result.calls).toEqual([
      'sudo -n true',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'apt-get update -qq',
      'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      'apt-get install -y -qq chromium',
    ]);
  });

  it('says what to run, and fails, when it cannot become root', () => {
    const result = ensure({ FAKE_UID: '1000' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('installing it needs root');
    expect(result.output).toContain('sudo apt-get install chromium');
    expect(result.calls.filter((call) => call.startsWith('apt-get'))).toEqual([]);
  });

  it('does not install anything for a CHROMIUM_PATH that is missing: the tests would not use it', () => {
    const result = ensure({ FAKE_UID: '0' }, join(work, 'elsewhere/chrome'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('CHROMIUM_PATH is');
    expect(result.calls).toEqual([]);
  });
});

describe('.ci/run', () => {
  it('checks the Chromium the tests launch (CHROMIUM_PATH), then runs npm ci and npm test', () => {
    writeFileSync(chromium, '');
    chmodSync(chromium, 0o755);
    const result = run([resolve('.ci/run')], { CHROMIUM_PATH: chromium });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`Chromium for the browser tests: ${chromium}`);
    expect(result.calls).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
  });

  it('stops before npm when that Chromium is missing, whatever other chromium is on PATH', () => {
    stub('chromium', 'exit 0');
    const result = run([resolve('.ci/run')], { CHROMIUM_PATH: join(work, 'missing/chromium'), FAKE_UID: '0' });
    rmSync(join(bin, 'chromium'));
    expect(result.status).toBe(1);
    expect(result.calls).toEqual([]);
  });
});

describe('npm test (scripts/test.ts)', () => {
  // Run from a folder of its own whose scripts/build.ts is a stand-in, so that no real build runs;
  // .ci/ensure-chromium is the project's own, found next to scripts/test.ts.
  const project = join(work, 'project');
  spawnSync('mkdir', ['-p', join(project, 'scripts')]);
  writeFileSync(join(project, 'scripts/build.ts'), `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, 'build\\n');\n`);
  const npmTest = (env: Record<string, string>) => {
    const result = spawnSync(process.execPath, [resolve('scripts/test.ts')], {
      cwd: project, encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: work, CHROMIUM_PATH: chromium, DEBIAN_CHROMIUM: chromium, ...env },
    });
    return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}`, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
  };

  it('installs Debian\'s Chromium first when it is missing, then runs the type check, the build and vitest', () => {
    const result = npmTest({ FAKE_UID: '0' });
    expect(result.calls.map((call) => call.split(' ').slice(0, 3).join(' '))).toEqual([
      'apt-get update -qq', 'apt-get install -y', 'npx astro check', 'build', 'npx vitest run',
    ]);
    expect(result.output).toContain(`Chromium for the browser tests: ${chromium}`);
  });

  it('stops at once, with the one command to run, when it cannot install Chromium', () => {
    const result = npmTest({ FAKE_UID: '1000' });
    expect(result.status).toBe(1);
    expect(result.calls).toEqual(['sudo -n true']);
    expect(result.output).toContain('Run: sudo apt-get install chromium');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('goes straight to the tests when Chromium is there', () => {
    writeFileSync(chromium, '');
    chmodSync(chromium, 0o755);
    const result = npmTest({ FAKE_UID: '1000' });
    expect(result.calls.map((call) => call.split(' ').slice(0, 2).join(' '))).toEqual(['npx astro', 'build', 'npx vitest']);
  });
});
