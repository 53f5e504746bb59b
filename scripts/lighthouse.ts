// Lighthouse's four categories (performance, accessibility, best practices, SEO; mobile, simulated
// throttling) for pages of a built archive, each audit that keeps a page under 100 named.
//   npm run lighthouse -- [built folder, default dist] [/path/ ...]
// Without paths: one page of each type. Slow (15-30 s a page): a check to run by hand, not in npm test.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/support/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGE_TYPES = ['/', '/episodes/', '/shows/', '/guests/', '/topics/', '/search/', '/about/', '/404.html'];

const [outDir = 'dist', ...asked] = process.argv.slice(2);
if (!existsSync(outDir)) {
  console.error(`${outDir} does not exist: build the archive first (npm run build), or name a built folder.`);
  process.exit(2);
}
const paths = asked.length ? asked : PAGE_TYPES;
const server = await serveStatic(outDir);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
let belowFull = 0;
try {
  console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- |${' --- |'.repeat(CATEGORIES.length)}`);
  const notes: string[] = [];
  for (const path of paths) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, onlyCategories: [...CATEGORIES], output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((category) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    console.log(`| ${path} | ${scores.join(' | ')} |`);
    for (const [index, category] of CATEGORIES.entries()) {
      if (scores[index] === 100) continue;
      const failing = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      // The 404 page asks search engines not to index it, on purpose.
      const intended = path.includes('404') && failing.length === 1 && failing[0] === 'is-crawlable';
      if (!intended) belowFull++;
      const described = failing.map((id) => `${id} (${lhr.audits[id]?.displayValue ?? lhr.audits[id]?.score})`);
      notes.push(`${path} ${category}: ${described.join(', ') || 'no weighted audit below 1'}${intended ? ' (intended: a 404 page is not indexed)' : ''}`);
    }
  }
  if (notes.length) console.log(`\nBelow 100:\n${notes.map((note) => `- ${note}`).join('\n')}`);
} finally {
  chrome.kill();
  await server.close();
}
process.exit(belowFull ? 1 : 0);
