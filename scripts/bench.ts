// npm run bench [-- --sizes 100,1000] [--large] [--no-lighthouse]
// Builds the archive from N synthetic notes (scripts/bench/synthetic-notes.ts) and prints, then writes to
// docs/benchmarks.md: cold build time and its parts, warm rebuild after one edited note, peak memory,
// pages, sizes, and for one episode page the bytes, requests and Lighthouse score; beside them, the floor
// (scripts/bench/floor/: plain Astro, one page per note, from the same notes) and the ratio of the two cold
// builds, measured in the same run. A script, not a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticNotes } from './bench/synthetic-notes.ts';
import { measurePage, runLighthouse, type PageFigures, type LighthouseFigures } from './bench/page-figures.ts';

const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '100,1000' },
  large: { type: 'boolean', default: false },
  'no-lighthouse': { type: 'boolean', default: false },
  // Only the cold builds of the archive and the floor (for profiling sessions; the table says what was not run).
  'cold-only': { type: 'boolean', default: false },
  out: { type: 'string', default: 'docs/benchmarks.md' },
} });
const sizes = [...values.sizes.split(',').map(Number), ...(values.large ? [5000] : [])];

interface BuildFigures { wallSeconds: number; cpuSeconds: number; peakMb: number; contentSeconds?: number; renderSeconds?: number; searchMs?: number; leakGuardMs?: number; log: string }
interface SizeFigures {
  n: number; cold: BuildFigures; floor: BuildFigures; postersCached?: BuildFigures; warm?: BuildFigures; warmInternal?: BuildFigures;
  pages: number; distMb: number; searchIndexMb: number; page?: PageFigures; lighthouse?: LighthouseFigures;
}

const astro = resolve('node_modules/.bin/astro');

const floorRoot = resolve('scripts/bench/floor');

function build(env: Record<string, string>, outDir: string, force: boolean, root?: string): BuildFigures {
  const args = ['-v', astro, 'build', ...(root ? ['--root', root] : []), '--outDir', outDir, ...(force ? ['--force'] : [])];
  const result = spawnSync('/usr/bin/time', args, { env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 });
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
    // Both bundles (episodes, transcripts); one taken from the build cache writes no such line.
    searchMs: [...log.matchAll(/search index written in (\d+) ms/gi)].reduce((sum, match) => sum + Number(match[1]), 0),
    leakGuardMs: Number(/checked in (\d+) ms/.exec(log)?.[1] ?? Number.NaN),
  };
}

/** Runs edit-then-build `rounds` times and keeps the build of median wall time: one run is at the mercy of the disk. */
function medianBuild(rounds: number, edit: (round: number) => void, run: () => BuildFigures): BuildFigures {
  const runs: BuildFigures[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    edit(round);
    runs.push(run());
  }
  return runs.sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor(rounds / 2)]!;
}

function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const countPages = (outDir: string) => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
const searchIndexBytes = (outDir: string) => folderBytes(join(outDir, 'pagefind')) + (existsSync(join(outDir, 'pagefind-transcripts')) ? folderBytes(join(outDir, 'pagefind-transcripts')) : 0);

async function benchmark(n: number): Promise<SizeFigures> {
  const work = mkdtempSync(join(tmpdir(), `bench-${n}-`));
  const notes = join(work, 'notes');
  const transcripts = join(work, 'transcripts');
  mkdirSync(notes);
  mkdirSync(transcripts);
  for (const note of syntheticNotes(n)) {
    writeFileSync(join(notes, note.fileName), note.text);
    if (note.transcript) writeFileSync(join(transcripts, note.transcript.fileName), note.transcript.text);
  }
  const outDir = join(work, 'dist');
  const env = { EPISODES_DIR: notes, TRANSCRIPTS_DIR: transcripts, ARCHIVE_CACHE_DIR: join(work, 'cache'), EPISODE_URLS_FILE: join(work, 'urls.json'), ARCHIVE_NOW: '2026-11-24T00:00:00Z' };
  console.log(`\n▸ ${n} episodes: cold build…`);
  const cold = build(env, outDir, true);
  // The floor right after, on the same notes, so both see the same load on the machine.
  console.log(`  ${cold.wallSeconds.toFixed(1)} s. The floor (plain Astro, one page per note), cold…`);
  const floor = build({ EPISODES_DIR: notes, FLOOR_CACHE_DIR: join(work, 'floor-cache') }, join(work, 'floor-dist'), true, floorRoot);
  console.log(`  ${floor.wallSeconds.toFixed(1)} s: the archive takes ${(cold.wallSeconds / floor.wallSeconds).toFixed(2)} times as long.`);
  rmSync(join(work, 'floor-dist'), { recursive: true, force: true });
  if (values['cold-only']) {
    const figures: SizeFigures = { n, cold, floor, pages: countPages(outDir), distMb: folderBytes(outDir) / 1024 / 1024, searchIndexMb: searchIndexBytes(outDir) / 1024 / 1024 };
    rmSync(work, { recursive: true, force: true });
    return figures;
  }
  console.log('  Same, with posters already cached…');
  const postersCached = build(env, outDir, true);
  // Two kinds of edit, each timed three times (median): a public talking point reworded, which
  // changes the page, feeds and search index; and a line added to an internal checklist, which
  // changes no page but gives the leak guard a new text to look for everywhere.
  const edited = join(notes, `GOH-${Math.ceil(n / 2)}.md`);
  console.log(`  ${postersCached.wallSeconds.toFixed(1)} s. Warm rebuilds after editing one note's talking point…`);
  const warm = medianBuild(3, (round) => {
    const text = readFileSync(edited, 'utf8');
    writeFileSync(edited, text.replace(/^(\t?)- (?:Edited \d+: )?How do you handle/m, (_, indent: string) => `${indent}- Edited ${round}: How do you handle`));
  }, () => build(env, outDir, false));
  console.log(`  ${warm.wallSeconds.toFixed(1)} s. Warm rebuilds after adding a line to its internal checklist…`);
  const warmInternal = medianBuild(3, (round) => appendFileSync(edited, `\n- [ ] Internal follow-up number ${round} for the producers\n`), () => build(env, outDir, false));
  console.log(`  ${warmInternal.wallSeconds.toFixed(1)} s.`);
  const figures: SizeFigures = {
    n, cold, floor, postersCached, warm, warmInternal, pages: countPages(outDir),
    distMb: folderBytes(outDir) / 1024 / 1024,
    searchIndexMb: searchIndexBytes(outDir) / 1024 / 1024,
  };
  if (n === sizes[0]) {
    const path = `/episodes/${Math.ceil(n / 2)}/`;
    figures.page = await measurePage(outDir, path);
    if (!values['no-lighthouse']) figures.lighthouse = await runLighthouse(outDir, path);
  }
  // Keep the tree of the first size for inspection? No: benchmarks must not fill the disk.
  rmSync(work, { recursive: true, force: true });
  return figures;
}

const results: SizeFigures[] = [];
for (const n of sizes) results.push(await benchmark(n));

const seconds = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} s`);
const rows = [
  ['episodes', ...results.map((r) => String(r.n))],
  ['cold build, wall time', ...results.map((r) => seconds(r.cold.wallSeconds))],
  ['floor: plain Astro, one page per note, cold (scripts/bench/floor)', ...results.map((r) => seconds(r.floor.wallSeconds))],
  ['**cold build ÷ floor**', ...results.map((r) => `**${(r.cold.wallSeconds / r.floor.wallSeconds).toFixed(2)} ×**`)],
  ['CPU time (user + system), cold build / floor', ...results.map((r) => `${seconds(r.cold.cpuSeconds)} / ${seconds(r.floor.cpuSeconds)} (${(r.cold.cpuSeconds / r.floor.cpuSeconds).toFixed(2)} ×)`)],
  ['· content loading (parse notes)', ...results.map((r) => seconds(r.cold.contentSeconds))],
  ['· page rendering, posters included', ...results.map((r) => seconds(r.cold.renderSeconds))],
  ['· posters (cold render − render with cached posters)', ...results.map((r) => (r.postersCached ? seconds((r.cold.renderSeconds ?? 0) - (r.postersCached.renderSeconds ?? 0)) : 'not run'))],
  ['· search index (Pagefind)', ...results.map((r) => seconds((r.cold.searchMs ?? 0) / 1000))],
  ['· leak guard', ...results.map((r) => seconds((r.cold.leakGuardMs ?? 0) / 1000))],
  ['warm rebuild, a talking point edited (median of 3)', ...results.map((r) => seconds(r.warm?.wallSeconds))],
  ['warm rebuild, an internal checklist line added (median of 3)', ...results.map((r) => seconds(r.warmInternal?.wallSeconds))],
  ['· search index, warm (talking point / checklist)', ...results.map((r) => (r.warm && r.warmInternal ? `${seconds((r.warm.searchMs ?? 0) / 1000)} / ${seconds((r.warmInternal.searchMs ?? 0) / 1000)}` : 'not run'))],
  ['· leak guard, warm (talking point / checklist)', ...results.map((r) => (r.warm && r.warmInternal ? `${seconds((r.warm.leakGuardMs ?? 0) / 1000)} / ${seconds((r.warmInternal.leakGuardMs ?? 0) / 1000)}` : 'not run'))],
  ['peak memory (RSS), cold', ...results.map((r) => `${r.cold.peakMb.toFixed(0)} MB`)],
  ['peak memory (RSS), floor', ...results.map((r) => `${r.floor.peakMb.toFixed(0)} MB`)],
  ['pages written (HTML)', ...results.map((r) => String(r.pages))],
  ['size of dist', ...results.map((r) => `${r.distMb.toFixed(1)} MB`)],
  ['size of the search index', ...results.map((r) => `${r.searchIndexMb.toFixed(1)} MB`)],
];
const table = [`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => ' --- ').join('|')}|`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');

const page = results[0]?.page;
const lighthouse = results[0]?.lighthouse;
const pageTable = page ? [
  `One episode page (${page.path}, from the ${results[0]!.n}-episode build), as loaded before any interaction:`, '',
  '| measure | value |', '| --- | --- |',
  `| HTML, gzip | ${(page.htmlGzip / 1024).toFixed(1)} KB |`,
  `| CSS, gzip | ${(page.cssGzip / 1024).toFixed(1)} KB |`,
  `| JS, gzip | ${(page.jsGzip / 1024).toFixed(1)} KB |`,
  `| HTML + CSS + JS, gzip | ${((page.htmlGzip + page.cssGzip + page.jsGzip) / 1024).toFixed(1)} KB |`,
  `| requests | ${page.requests} |`,
  `| third-party requests | ${page.thirdParty} |`,
  ...(lighthouse ? [
    `| Lighthouse performance (mobile) | ${lighthouse.score} |`,
    `| LCP / CLS / TBT | ${(lighthouse.lcpMs / 1000).toFixed(2)} s / ${lighthouse.cls.toFixed(3)} / ${lighthouse.tbtMs.toFixed(0)} ms |`,
  ] : ['| Lighthouse | not run (--no-lighthouse) |']),
].join('\n') : '';

const thousand = results.find((r) => r.n === 1000);
const fiveThousand = results.find((r) => r.n === 5000);
const slowerWarm = thousand?.warm && thousand.warmInternal ? Math.max(thousand.warm.wallSeconds, thousand.warmInternal.wallSeconds) : undefined;
const floorRatio = thousand ? thousand.cold.wallSeconds / thousand.floor.wallSeconds : undefined;
const megabytes = (figures: SizeFigures | undefined) => (figures ? `${figures.cold.peakMb.toFixed(0)} MB` : 'n/a');
const pass = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'pass' : '**FAIL**');
const pageKb = page ? (page.htmlGzip + page.cssGzip + page.jsGzip) / 1024 : undefined;
const budgets = [
  '| budget | measured | result |', '| --- | --- | --- |',
  `| 1,000 episodes cold ≤ 30 s | ${seconds(thousand?.cold.wallSeconds)} | ${pass(thousand && thousand.cold.wallSeconds <= 30)} |`,
  `| 1,000 episodes cold ≤ 3.9 × the floor (same run) | ${floorRatio === undefined ? 'n/a' : `${floorRatio.toFixed(2)} ×`} | ${pass(floorRatio === undefined ? undefined : floorRatio <= 3.9)} |`,
  `| warm rebuild ≤ cold / 3 (the slower kind of edit) | ${seconds(slowerWarm)} vs ${seconds(thousand ? thousand.cold.wallSeconds / 3 : undefined)} | ${pass(thousand && slowerWarm !== undefined ? slowerWarm <= thousand.cold.wallSeconds / 3 : undefined)} |`,
  `| peak memory at 1,000 < 1.2 GB | ${megabytes(thousand)} | ${pass(thousand && thousand.cold.peakMb < 1.2 * 1024)} |`,
  `| peak memory at 5,000 < 2.5 GB | ${fiveThousand ? megabytes(fiveThousand) : 'run with --large'} | ${pass(fiveThousand && fiveThousand.cold.peakMb < 2.5 * 1024)} |`,
  `| 5,000 ≤ 5.5 × 1,000 | ${fiveThousand && thousand ? `${(fiveThousand.cold.wallSeconds / thousand.cold.wallSeconds).toFixed(2)} ×` : 'run with --large'} | ${pass(fiveThousand && thousand ? fiveThousand.cold.wallSeconds <= 5.5 * thousand.cold.wallSeconds : undefined)} |`,
  `| episode page ≤ 50 KB gzip HTML+CSS+JS | ${pageKb === undefined ? 'n/a' : `${pageKb.toFixed(1)} KB`} | ${pass(pageKb === undefined ? undefined : pageKb <= 50)} |`,
  `| no third-party request | ${page?.thirdParty ?? 'n/a'} | ${pass(page ? page.thirdParty === 0 : undefined)} |`,
  `| Lighthouse performance 100 (mobile) | ${lighthouse?.score ?? 'n/a'} | ${pass(lighthouse ? lighthouse.score === 100 : undefined)} |`,
].join('\n');

const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string;
const commit = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Astro ${astroVersion}, commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average before the run ${loadavg().map((load) => load.toFixed(2)).join(' ')}`;
const report = `${table}\n\n${pageTable}\n\nBudgets:\n\n${budgets}\n`;
console.log(`\n${machine}\n\n${report}`);

const doc = values.out;
const previous = (() => { try { return readFileSync(doc, 'utf8'); } catch { return ''; } })();
const marker = '<!-- bench:results -->';
const header = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : '# Benchmarks\n\n';
const footer = previous.includes('<!-- /bench:results -->') ? previous.slice(previous.indexOf('<!-- /bench:results -->')) : '<!-- /bench:results -->\n';
mkdirSync('docs', { recursive: true });
writeFileSync(doc, `${header}${marker}\nLatest run: ${machine}.\n\n${report}\n${footer}`);
console.log(`Written to ${doc}`);
