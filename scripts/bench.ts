// npm run bench [-- --sizes 100,1000] [--large] [--no-lighthouse]
// Builds the archive from N synthetic notes (scripts/bench/synthetic-notes.ts) and prints, then writes to
// docs/benchmarks.md: cold build time and its parts, warm rebuild after one edited note, peak memory,
// pages, sizes, and for one episode page the bytes, requests and Lighthouse score; beside them, the floor
// (scripts/bench/floor/: plain Astro, one page per note, from the same notes) and the ratio of the two cold
// builds, measured in the same run. A script, not a test.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, countPages, folderBytes, medianBuild, searchIndexBytes } from './bench/build-figures.ts';
import { measurePage, runLighthouse } from './bench/page-figures.ts';
import { formatBenchReport, type SizeFigures } from './bench/report.ts';
import { syntheticNotes } from './bench/synthetic-notes.ts';

const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '100,1000' },
  large: { type: 'boolean', default: false },
  'no-lighthouse': { type: 'boolean', default: false },
  // Only the cold builds of the archive and the floor (for profiling sessions; the table says what was not run).
  'cold-only': { type: 'boolean', default: false },
  out: { type: 'string', default: 'docs/benchmarks.md' },
} });
const sizes = [...values.sizes.split(',').map(Number), ...(values.large ? [5000] : [])];

const floorRoot = resolve('scripts/bench/floor');

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

const astroVersion = JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string;
const commit = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Astro ${astroVersion}, commit ${commit}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average before the run ${loadavg().map((load) => load.toFixed(2)).join(' ')}`;
const report = formatBenchReport(results);
console.log(`\n${machine}\n\n${report}`);

const doc = values.out;
const previous = (() => { try { return readFileSync(doc, 'utf8'); } catch { return ''; } })();
const marker = '<!-- bench:results -->';
const header = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : '# Benchmarks\n\n';
const footer = previous.includes('<!-- /bench:results -->') ? previous.slice(previous.indexOf('<!-- /bench:results -->')) : '<!-- /bench:results -->\n';
mkdirSync('docs', { recursive: true });
writeFileSync(doc, `${header}${marker}\nLatest run: ${machine}.\n\n${report}\n${footer}`);
console.log(`Written to ${doc}`);
