import type { BuildFigures } from './build-figures.ts';
import type { LighthouseFigures, PageFigures } from './page-figures.ts';

// The benchmark's figures as the markdown docs/benchmarks.md shows: one column per archive size, one
// episode page's weight, and each budget with what was measured and whether it is met.

/** What the benchmark measured at one archive size. */
export interface SizeFigures {
  n: number; cold: BuildFigures; floor: BuildFigures; postersCached?: BuildFigures; warm?: BuildFigures; warmInternal?: BuildFigures;
  pages: number; distMb: number; searchIndexMb: number; page?: PageFigures; lighthouse?: LighthouseFigures;
}

/** The tables of a run: the figures by size, one episode page, and the budgets. */
export function formatBenchReport(results: readonly SizeFigures[]): string {
  return `${sizeTable(results)}\n\n${pageTable(results)}\n\nBudgets:\n\n${budgetTable(results)}\n`;
}

function seconds(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} s`;
}

/** One column per archive size: build times against the floor, where the time goes, memory and sizes. */
function sizeTable(results: readonly SizeFigures[]): string {
  const rows = [
    ['episodes', ...results.map((r) => String(r.n))],
    ['cold build, wall time', ...results.map((r) => seconds(r.cold.wallSeconds))],
    ['floor: plain Astro, one page per note, cold (scripts/bench/floor)', ...results.map((r) => seconds(r.floor.wallSeconds))],
    ['**cold build ÷ floor**', ...results.map((r) => `**${(r.cold.wallSeconds / r.floor.wallSeconds).toFixed(2)} ×**`)],
    ['CPU time (user + system), cold build / floor', ...results.map((r) => `${seconds(r.cold.cpuSeconds)} / ${seconds(r.floor.cpuSeconds)} (${(r.cold.cpuSeconds / r.floor.cpuSeconds).toFixed(2)} ×)`)],
    ['· content loading (parse notes)', ...results.map((r) => seconds(r.cold.contentSeconds))],
    ['· page rendering, posters included', ...results.map((r) => seconds(r.cold.renderSeconds))],
    ['· posters (cold render − render with cached posters)', ...results.map((r) => (r.postersCached ? seconds((r.cold.renderSeconds ?? 0) - (r.postersCached.renderSeconds ?? 0)) : 'not run'))],
    ['· search index (Pagefind; the longer of its two bundles, indexed at once)', ...results.map((r) => seconds((r.cold.searchMs ?? 0) / 1000))],
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
  return [`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => ' --- ').join('|')}|`, ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** One episode page of the smallest archive, as loaded before any interaction; empty when not measured. */
function pageTable(results: readonly SizeFigures[]): string {
  const page = results[0]?.page;
  const lighthouse = results[0]?.lighthouse;
  return page ? [
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
}

/** Each budget, what was measured and whether it is met (at 1,000 and 5,000 episodes, and one page). */
function budgetTable(results: readonly SizeFigures[]): string {
  const page = results[0]?.page;
  const lighthouse = results[0]?.lighthouse;
  const thousand = results.find((r) => r.n === 1000);
  const fiveThousand = results.find((r) => r.n === 5000);
  const slowerWarm = thousand?.warm && thousand.warmInternal ? Math.max(thousand.warm.wallSeconds, thousand.warmInternal.wallSeconds) : undefined;
  const floorRatio = thousand ? thousand.cold.wallSeconds / thousand.floor.wallSeconds : undefined;
  const megabytes = (figures: SizeFigures | undefined) => (figures ? `${figures.cold.peakMb.toFixed(0)} MB` : 'n/a');
  const pass = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'pass' : '**FAIL**');
  const pageKb = page ? (page.htmlGzip + page.cssGzip + page.jsGzip) / 1024 : undefined;
  return [
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
}
