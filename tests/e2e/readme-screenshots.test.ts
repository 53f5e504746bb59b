import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserOnSite, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

// The README opens with what a visitor gets: an episode page and a search, of the sample archive that
// `npm run build` makes. Taken on every run into test-results/readme/; `UPDATE_README_SCREENSHOTS=1`
// also copies them to docs/screenshots/, to commit when the pages changed.
const OUT = 'test-results/readme';
const site = browserOnSite(SITES.sample.outDir);

async function shoot(path: string, file: string, ready: (page: Awaited<ReturnType<typeof openWatchedPage>>['page']) => Promise<void>): Promise<void> {
  const { page, context, cspViolations } = await openWatchedPage(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  await ready(page);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/${file}`, clip: { x: 0, y: 0, width: 1280, height: 900 } });
  expect(cspViolations).toEqual([]);
  await context.close();
  if (process.env.UPDATE_README_SCREENSHOTS === '1') {
    mkdirSync('docs/screenshots', { recursive: true });
    copyFileSync(`${OUT}/${file}`, `docs/screenshots/${file}`);
  }
}

describe('the README\'s screenshots of the sample archive', () => {
  it('an episode page with its video, chapters and talking points', async () => {
    await shoot('/episodes/22/', 'episode.png', async (page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Joseph Elliot on Grafana Tempo');
    });
  });

  it('a search across every show', async () => {
    await shoot('/search/?q=loki', 'search.png', async (page) => {
      await page.locator('pagefind-results .pf-result-link').first().waitFor();
      expect(await page.locator('pagefind-results .pf-result-link').count()).toBeGreaterThan(1);
    });
  });
});
