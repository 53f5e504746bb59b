import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(SITES.fixtures.outDir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const resultTitles = (page: Page) => page.locator('pagefind-results .pf-result-link').allInnerTexts();
const waitForResults = (page: Page) => page.locator('pagefind-results .pf-result-link').first().waitFor();

describe('searching the archive', () => {
  it('lists GOH 26 first when searching for its guest "Ryan Perry"', async () => {
    const { page, context, cspViolations } = await openWatchedPage(browser);
    await page.goto(`${server.url}/search/`);
    await page.locator('pagefind-input input').fill('Ryan Perry');
    await waitForResults(page);
    const titles = await resultTitles(page);
    expect(titles[0]).toBe('How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry');
    expect(titles).toContain('Profiling in production with Grafana Pyroscope');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Ryan Perry');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lands on the chapter when a chapter title matches', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('LogQL basics')}`);
    await waitForResults(page);
    const chapterLink = page.locator('pagefind-results .pf-heading-link', { hasText: 'LogQL basics' }).first();
    expect(await chapterLink.getAttribute('href')).toBe('/episodes/1/#t-1305');
    await chapterLink.click();
    await expect.poll(() => page.url()).toMatch(/\/episodes\/1\/#t-1305$/);
    expect(await page.getByRole('link', { name: /LogQL basics/ }).getAttribute('aria-current')).toBe('true');
    await expect(page.getByRole('link', { name: /Play video from 21:45/ }).count()).resolves.toBe(1);
    await context.close();
  });

  it('narrows the results with the guest filter and keeps it in the URL', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(`${server.url}/search/?q=grafana`);
    await waitForResults(page);
    const before = (await resultTitles(page)).length;
    expect(before).toBeGreaterThan(1);
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Jane Doe/ }).check();
    await expect.poll(async () => (await resultTitles(page)).length).toBe(1);
    expect(await resultTitles(page)).toEqual(['Getting started with Grafana Loki']);
    await expect.poll(() => new URL(page.url()).searchParams.get('guest')).toBe('Jane Doe');
    await context.close();
  });

  it('filters by show, from a shared URL too', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(`${server.url}/search/?q=metadata&show=Loki+Community+Call`);
    await waitForResults(page);
    await expect.poll(() => resultTitles(page)).toEqual(['Structured metadata deep dive']);
    expect(await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Loki Community Call/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('restores a shared search URL with its query and filter', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(`${server.url}/search/?q=grafana&topic=tempo`);
    await waitForResults(page);
    await expect.poll(() => resultTitles(page)).toEqual(['Tracing with Tempo']);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('grafana');
    expect(await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Tempo/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('has no axe-core violations with results shown, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openWatchedPage(browser, { colorScheme });
      await page.goto(`${server.url}/search/?q=grafana`);
      await waitForResults(page);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/search-1280-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
  });
});
