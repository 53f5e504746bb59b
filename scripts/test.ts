// Runs every check of the project in order and ends with one line: "N passed, N failed".
// First it provides what the tests need that npm cannot: the Chromium the browser tests launch.
// Steps: type check, the sample build (with its own guards), then vitest (unit, built-site and browser tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface StepResult { name: string; ok: boolean }

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): StepResult {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const ok = result.status === 0;
  console.log(`━━ ${name}: ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { name, ok };
}

// The same Chromium tests/support/browser.ts launches. When Debian's is missing, .ci/ensure-chromium
// installs it (as root, else with sudo if it needs no password), else says the one command to run:
// then nothing else is worth running, so stop at once.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ensured = spawnSync(fileURLToPath(new URL('../.ci/ensure-chromium', import.meta.url)), [chromium], { stdio: 'inherit' });
if (ensured.status !== 0) {
  console.log('failed step: Chromium for the browser tests (above: what to run)');
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

const steps: StepResult[] = [];
steps.push(run('type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']));
steps.push(run('build the sample archive', process.execPath, ['scripts/build.ts']));

const reportFile = '.cache/vitest-report.json';
mkdirSync('.cache', { recursive: true });
rmSync(reportFile, { force: true });
const vitest = run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);

let passed = steps.filter((step) => step.ok).length;
let failed = steps.length - passed;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!vitest.ok && report.numFailedTests === 0) failed += 1; // a suite that failed to load or set up
} catch {
  failed += 1; // vitest did not even write its report
}
for (const step of steps) if (!step.ok) console.log(`failed step: ${step.name}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
