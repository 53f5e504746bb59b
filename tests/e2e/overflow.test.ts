import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, overflowingElements } from '../support/browser.ts';
import { SITES, type SiteName } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

/** Every HTML page of a built site, as the path a visitor opens; not the redirect pages, which move on at once. */
function builtPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && !readFileSync(path, 'utf8').includes('http-equiv="refresh"')) {
        pages.push(`/${relative(outDir, path).replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

// A page that scrolls sideways on a phone hides the end of every line, headings included: long inline
// code (questions from the chat pasted as code), URLs, names and titles must wrap.
describe('no page scrolls sideways on a phone', () => {
  for (const site of Object.keys(SITES) as SiteName[]) {
    it(`every page of the ${site} test site fits 320 and 390 px`, async () => {
      const server = await serveStatic(SITES[site].outDir);
      const pages = builtPages(SITES[site].outDir);
      expect(pages.length).toBeGreaterThan(5);
      const problems: string[] = [];
      try {
        for (const width of [320, 390]) {
          const { page, context } = await openWatchedPage(browser, { viewport: { width, height: 800 } });
          // Images have their size in the markup: not loading them changes no layout, and saves time.
          await context.route(/\.(?:png|jpe?g|webp|avif|svg)$/, (route) => route.abort());
          for (const path of pages) {
            await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
            const offenders = await overflowingElements(page);
            if (offenders.length) problems.push(`${path} at ${width} px: ${offenders.slice(0, 3).join('; ')}`);
          }
          await context.close();
        }
      } finally {
        await server.close();
      }
      expect(problems).toEqual([]);
    });
  }
});
