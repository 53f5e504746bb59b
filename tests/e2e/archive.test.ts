import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hasHorizontalScroll, launchChromium, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

const SCREENSHOTS = 'test-results/screenshots';
const PAGE_TYPES = {
  home: '/',
  episodes: '/episodes/',
  episode: '/episodes/1/',
  upcoming: '/episodes/5/',
  guests: '/guests/',
  guest: '/guests/jane-doe/',
  topics: '/topics/',
  topic: '/topics/loki/',
  about: '/about/',
  shows: '/shows/',
  show: '/shows/loki-community-call/',
  datedEpisode: '/episodes/loki-community-call/2025-08-12-structured-metadata-basics/',
  notFound: '/no-such-page/',
} as const;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(SITES.fixtures.outDir);
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const isThirdParty = (url: string) => !url.startsWith(server.url) && !url.startsWith('data:');

describe('a visitor browsing the archive', () => {
  it('goes from the home page to an episode, to its guest, to a topic', async () => {
    const { page, context, cspViolations } = await openWatchedPage(browser);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Getting started with Grafana Loki' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/episodes/1/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Getting started with Grafana Loki');
    await page.getByRole('link', { name: 'Jane Doe', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/guests/jane-doe/');
    await page.getByRole('link', { name: 'Getting started with Grafana Loki' }).first().click();
    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Loki' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/topics/loki/');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('marks an upcoming episode with its date and a link to the live stream', async () => {
    const { page, context } = await openWatchedPage(browser, { timezoneId: 'America/New_York' });
    await page.goto(`${server.url}/episodes/5/`);
    await expect(page.getByText('Upcoming').first().isVisible()).resolves.toBe(true);
    const time = page.locator('time[data-local-time]').first();
    expect(await time.getAttribute('datetime')).toBe('2099-01-09T13:00:00.000Z');
    // 13:00 UTC is 08:00 in New York in January.
    await expect.poll(() => time.textContent()).toMatch(/08:00/);
    expect(await page.getByRole('link', { name: 'Watch live on YouTube' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=AAAAAAAAAA5');
    await context.close();
  });

  it('shows the theme toggle pressed when dark is on, follows the system until chosen, then remembers the choice', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openWatchedPage(browser, { colorScheme, viewport: { width: 390, height: 800 } });
      await page.goto(`${server.url}/`);
      const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
      const switchColour = () => toggle.locator('.switch').evaluate((element) => getComputedStyle(element).backgroundColor);
      // Before any choice: the system's theme, and the toggle says so.
      expect(await toggle.getAttribute('aria-pressed')).toBe(String(colorScheme === 'dark'));
      const before = await switchColour();
      await toggle.click();
      const chosen = colorScheme === 'dark' ? 'light' : 'dark';
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
      expect(await toggle.getAttribute('aria-pressed')).toBe(String(chosen === 'dark'));
      expect(await switchColour(), 'the switch shows the new state').not.toBe(before);
      await page.screenshot({ path: `test-results/screenshots/theme-toggle-${chosen}-390.png`, clip: { x: 0, y: 0, width: 390, height: 160 } });
      await page.goto(`${server.url}/episodes/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
      expect(await page.getByRole('button', { name: 'Dark theme', exact: true }).getAttribute('aria-pressed')).toBe(String(chosen === 'dark'));
      await context.close();
    }
  });
});

describe('every page type', () => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    it(`${name} (${path}) has no axe-core violations in either theme, no CSP violation and no horizontal scroll at 320 px`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context, cspViolations } = await openWatchedPage(browser, { colorScheme, viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page), `${colorScheme} theme`).toEqual([]);
        await page.setViewportSize({ width: 320, height: 800 });
        expect(await hasHorizontalScroll(page), 'horizontal scroll at 320 px').toBe(false);
        expect(cspViolations).toEqual([]);
        if (colorScheme === 'light') {
          for (const width of [390, 1280]) {
            await page.setViewportSize({ width, height: 900 });
            await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
          }
        } else {
          await page.setViewportSize({ width: 390, height: 900 });
          await page.screenshot({ path: `${SCREENSHOTS}/${name}-390-dark.png`, fullPage: true });
        }
        await context.close();
      }
    });
  }
});
