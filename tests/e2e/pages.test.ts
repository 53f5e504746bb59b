import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, launchChromium, openWatchedPage } from '../support/browser.ts';
import { SITES, type SiteName } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

const SCREENSHOTS = 'test-results/screenshots';
/** Every page type, on the test site that shows it best. */
const PAGE_TYPES: Record<string, [SiteName, string]> = {
  home: ['fixtures', '/'],
  episodes: ['paginated', '/episodes/'],
  episodesPage2: ['paginated', '/episodes/page/2/'],
  episode: ['fixtures', '/episodes/1/'],
  upcoming: ['fixtures', '/episodes/5/'],
  guests: ['fixtures', '/guests/'],
  guest: ['fixtures', '/guests/jane-doe/'],
  topics: ['fixtures', '/topics/'],
  topic: ['fixtures', '/topics/loki/'],
  about: ['fixtures', '/about/'],
  shows: ['fixtures', '/shows/'],
  show: ['fixtures', '/shows/loki-community-call/'],
  datedEpisode: ['fixtures', '/episodes/loki-community-call/2025-08-12-structured-metadata-basics/'],
  transcript: ['fixtures', '/episodes/loki-community-call/2025-08-12-structured-metadata-basics/transcript/'],
  captionsTranscript: ['fixtures', '/episodes/1/transcript/'],
  search: ['fixtures', '/search/?q=grafana'],
  notFound: ['fixtures', '/episodes/42/'],
  // The Spanish show (Café con Grafana): <html lang="es">, its own words.
  spanishEpisode: ['fixtures', '/episodes/cafe-con-grafana/2024-01-11-alertas-sin-dolor/'],
  spanishUpcoming: ['fixtures', '/episodes/cafe-con-grafana/2099-01-16-trazas-con-tempo/'],
  spanishShow: ['fixtures', '/shows/cafe-con-grafana/'],
  spanishAbout: ['fixtures', '/about/es/'],
  // Long words, URLs, a long name and questions pasted as inline code: they wrap.
  longWords: ['hostile', '/episodes/51/'],
  oneShowAbout: ['paginated', '/about/'],
};

let browser: Browser;
const servers = new Map<SiteName, Awaited<ReturnType<typeof serveStatic>>>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const site of new Set(Object.values(PAGE_TYPES).map(([site]) => site))) servers.set(site, await serveStatic(SITES[site].outDir));
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers.values()) await server.close();
});

describe('every page type', () => {
  for (const [name, [site, path]] of Object.entries(PAGE_TYPES)) {
    it(`${name} (${path}) has no axe-core violations at 390 and 1280 px in either theme, no CSP violation and no horizontal scroll at 320 px`, async () => {
      const url = `${servers.get(site)!.url}${path}`;
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context, cspViolations } = await openWatchedPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
        await page.goto(url, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('pagefind-results .pf-result-link').first().waitFor();
        for (const width of [1280, 390]) {
          await page.setViewportSize({ width, height: 900 });
          expect(await axeViolations(page), `${colorScheme} theme at ${width} px`).toEqual([]);
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
        }
        await page.setViewportSize({ width: 320, height: 800 });
        expect(await hasHorizontalScroll(page), 'horizontal scroll at 320 px').toBe(false);
        expect(cspViolations).toEqual([]);
        await context.close();
      }
    });
  }
});
