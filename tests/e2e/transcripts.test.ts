import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserOnSite, hasHorizontalScroll, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserOnSite(SITES.fixtures.outDir);
const SCREENSHOTS = 'test-results/screenshots';
const EPISODE = '/episodes/loki-community-call/2025-08-12-structured-metadata-basics/';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

describe('reading a transcript on a phone', () => {
  it('opens from the episode page, with its headings, readable at 390 px without scrolling sideways', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page, context, requests, cspViolations } = await openWatchedPage(site.browser, PHONE);
    await page.goto(`${site.url}${EPISODE}`, { waitUntil: 'networkidle' });
    // Before anything is tapped, the transcript's text is neither on the page nor fetched.
    expect(await page.getByText('a burst of dashboards no longer piles up').count()).toBe(0);
    expect(requests.filter((url) => url.includes('/transcript'))).toEqual([]);
    await expect.poll(() => page.getByText('The summary and the transcript are generated from the video\'s captions.').isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Read the transcript' }).tap();
    await page.waitForURL(`**${EPISODE}transcript/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Transcript: Structured metadata deep dive');
    const section = page.getByRole('heading', { level: 3, name: 'Scaling queriers with KEDA' });
    await section.scrollIntoViewIfNeeded();
    expect(await section.isVisible()).toBe(true);
    const text = page.getByText('We scale the queriers with KEDA on the length of the query queue');
    const { fontSize, width } = await text.evaluate((element) => ({ fontSize: parseFloat(getComputedStyle(element).fontSize), width: element.getBoundingClientRect().width }));
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThanOrEqual(390);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/transcript-phone-390.png`, fullPage: true });

    await page.getByRole('link', { name: '← Back to the episode' }).first().tap();
    await page.waitForURL(`**${EPISODE}`);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('is found by searching a word only the transcript has, and the result opens the transcript where the word is said', async () => {
    const { page, context } = await openWatchedPage(site.browser, PHONE);
    await page.goto(`${site.url}/search/?q=queue`);
    const result = page.locator('pagefind-results .pf-result-link').first();
    await result.waitFor();
    // Only the transcript has the word: the result is its episode's, and opens the transcript.
    await expect.poll(() => page.locator('pagefind-results .pf-result-link').allInnerTexts()).toEqual(['Structured metadata deep dive']);
    expect(await result.getAttribute('href')).toBe(`${EPISODE}transcript/?pagefind-highlight=queue`);
    expect(await page.locator('pagefind-results .pf-result-excerpt, pagefind-results .pf-heading-excerpt').first().innerText()).toMatch(/queue/i);
    const place = page.locator('pagefind-results .pf-heading-link', { hasText: 'Scaling queriers with KEDA' });
    expect(await place.getAttribute('href')).toBe(`${EPISODE}transcript/?pagefind-highlight=queue#scaling-queriers-with-keda`);
    await place.tap();
    await page.waitForURL(`**${EPISODE}transcript/?pagefind-highlight=queue#scaling-queriers-with-keda`);
    // Landed on the word, highlighted, in view.
    const mark = page.locator('mark.search-match[data-first-match]');
    await expect.poll(() => mark.textContent()).toBe('queue');
    await expect.poll(() => mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/transcript-search-result-390.png` });
    await context.close();
  });

  it('is found with a filter chosen too, and leaves the listing before anything is typed one entry per episode', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=queue&show=Loki+Community+Call`);
    await expect.poll(() => page.locator('pagefind-results .pf-result-link').allInnerTexts()).toEqual(['Structured metadata deep dive']);
    // Words cleared: the listing of every episode (filtered by the show) has no transcript in it.
    await page.locator('pagefind-input input').fill('');
    await expect.poll(() => page.locator('pagefind-results .pf-result-link').allInnerTexts()).toEqual(['Structured metadata deep dive']);
    await page.goto(`${site.url}/search/`);
    await page.locator('pagefind-results .pf-result-link').first().waitFor();
    await expect.poll(async () => (await page.locator('pagefind-results .pf-result-link').allInnerTexts()).filter((title) => title.startsWith('Transcript:'))).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
