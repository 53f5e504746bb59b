import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserOnSite, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const site = browserOnSite(SITES.fixtures.outDir);

const resultTitles = (page: Page) => page.locator('pagefind-results .pf-result-link').allInnerTexts();
const waitForResults = (page: Page) => page.locator('pagefind-results .pf-result-link').first().waitFor();

describe('searching the archive', () => {
  it('lists the episodes of the guest "Ryan Perry" first when searching for him', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await page.locator('pagefind-input input').fill('Ryan Perry');
    // Until something is typed the page lists every episode; then the matches, best first: his two episodes,
    // in the order of Pagefind's scores, which move with the size of the archive (GOH 26 led with 8 episodes, not with 15).
    // Polled whole: the list may be drawn again while the merged Spanish index loads.
    await expect.poll(async () => (await resultTitles(page)).slice(0, 2).sort())
      .toEqual(['How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry', 'Profiling in production with Grafana Pyroscope']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Ryan Perry');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lands on the chapter when a single word of a chapter title matches', async () => {
    // "Questions" appears in the fixture archive only as the first word of a chapter title: "48:02 Questions from the chat".
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=Questions`);
    await waitForResults(page);
    // Alone: the Spanish index is searched with Spanish stems, and a loose match ("Qué") shows no typed word.
    await expect.poll(() => resultTitles(page)).toEqual(['Getting started with Grafana Loki']);
    const chapterLink = page.locator('pagefind-results .pf-heading-link', { hasText: 'Questions from the chat' }).first();
    expect(await chapterLink.getAttribute('href')).toBe('/episodes/1/?pagefind-highlight=Questions#t-2882');
    await chapterLink.click();
    await expect.poll(() => page.url()).toMatch(/\/episodes\/1\/\?pagefind-highlight=Questions#t-2882$/);
    // The URL changes before the episode page has run its script: wait for the page, not the address.
    await expect.poll(() => page.getByRole('link', { name: '48:02 Questions from the chat' }).getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.getByRole('link', { name: /^Play from 48:02/ }).count()).toBe(1);
    await context.close();
  });

  it('finds a chapter by a word that follows its time, as in "TraceQL in Grafana Tempo"', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=TraceQL`);
    await waitForResults(page);
    expect(await page.locator('pagefind-results .pf-heading-link', { hasText: 'TraceQL in Grafana Tempo' }).first().getAttribute('href')).toBe('/episodes/2/?pagefind-highlight=TraceQL#t-2140');
    await context.close();
  });

  it('lists every episode, newest first, with the filters and their counts before anything is typed', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await waitForResults(page);
    // The English episodes and, from the Spanish index, Café con Grafana's: one list, newest first
    // (upcoming episodes first), the two indexes merged by date (src/lib/search/merged-listing.ts).
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/^15 results?/);
    // A result is drawn when it scrolls into view: scroll by less than a screen until nine are there.
    await expect.poll(async () => {
      await page.mouse.wheel(0, 300);
      return (await resultTitles(page)).length;
    }, { timeout: 30_000 }).toBeGreaterThanOrEqual(9);
    expect((await resultTitles(page)).slice(0, 9)).toEqual([
      'Trazas con Tempo', 'Alerting without the noise', 'Structured metadata deep dive', 'Introduction to the Helm chart', "Scaling the log cache: do's and don'ts",
      'Profiling in production with Grafana Pyroscope', 'Pruebas con contenedores', 'How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry', 'Alertas sin dolor',
    ]);
    const pane = page.locator('pagefind-filter-pane');
    await expect.poll(() => pane.locator('details').count()).toBe(4);
    expect(await pane.getByRole('checkbox', { name: /Jane Doe/ }).isVisible()).toBe(true);
    expect(await pane.locator('label', { hasText: 'Jane Doe' }).textContent()).toMatch(/Jane Doe\s*2$/);
    await context.close();
  });

  it('lists each person once among the guest filter\'s values, whatever the accents of the notes that name them', async () => {
    // "Mateo Peña" (GOH 6) and "Mateo Pena" (Café con Grafana 9) are one person: one value, counting both episodes.
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await waitForResults(page);
    const labels = page.locator('pagefind-filter-pane label');
    await expect.poll(() => labels.filter({ hasText: 'Mateo Pe' }).allTextContents()).toEqual([expect.stringMatching(/^\s*Mateo Peña\s*2\s*$/)]);
    const names = (await labels.allTextContents()).map((text) => text.replace(/\s*\d+\s*$/, '').trim()).filter(Boolean);
    const folded = names.map((name) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
    expect(folded.filter((name, index) => folded.indexOf(name) !== index)).toEqual([]);
    await context.close();
  });

  it('finds a Spanish episode from the (English) search page, by a word of one of its chapters', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    // "ruidosa" is in one chapter title of one Spanish episode only.
    await page.locator('pagefind-input input').fill('ruidosa');
    await expect.poll(() => resultTitles(page)).toEqual(['Alertas sin dolor']);
    expect(await page.locator('pagefind-results .pf-result-link').first().getAttribute('href')).toBe('/episodes/cafe-con-grafana/2024-01-11-alertas-sin-dolor/?pagefind-highlight=ruidosa');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('filters by the Spanish show, from the pane and from a shared URL', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await waitForResults(page);
    const pane = page.locator('pagefind-filter-pane');
    expect(await pane.locator('label', { hasText: 'Café con Grafana' }).textContent()).toMatch(/Café con Grafana\s*3$/);
    await pane.getByRole('checkbox', { name: /Café con Grafana/ }).check();
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual(['Alertas sin dolor', 'Pruebas con contenedores', 'Trazas con Tempo']);
    await expect.poll(() => new URL(page.url()).searchParams.get('show')).toBeTruthy();
    const shared = page.url();
    await page.goto(shared);
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual(['Alertas sin dolor', 'Pruebas con contenedores', 'Trazas con Tempo']);
    await context.close();
  });

  it('shows the episodes of a topic from a filter-only URL', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?topic=tempo`);
    await waitForResults(page);
    // Café con Grafana's "Trazas con Tempo" is about Tempo too (its title names it).
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual(['Tracing with Tempo', 'Trazas con Tempo']);
    expect(await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Tempo/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('keeps each search in the history, so Back returns to the previous search and restores it', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    // The page's timers on a clock the test holds: typing is one search however slowly a busy machine types
    // (a pause of a second ends a search: src/scripts/search-url.ts).
    await context.clock.install();
    await page.goto(`${site.url}/search/?q=loki`);
    // The URL's search, not the listing drawn while it is applied.
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/^\d+ results? for loki/);
    const input = page.locator('pagefind-input input');
    await page.clock.pauseAt(new Date(await page.evaluate(() => Date.now()) + 1000));
    await input.fill('');
    await input.pressSequentially('tempo', { delay: 60 });
    await page.clock.resume();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('tempo');
    // A filter opens a new entry at once, typing or not (src/lib/archive/search-params.ts): no pause needed.
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Alex Kim/ }).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=tempo&guest=Alex+Kim');
    // One entry per search, not per keystroke.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=tempo');
    await expect.poll(() => page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Alex Kim/ }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=loki');
    await expect.poll(() => input.inputValue()).toBe('loki');
    await expect.poll(() => resultTitles(page)).toContain('Getting started with Grafana Loki');
    await page.goForward();
    await expect.poll(() => input.inputValue()).toBe('tempo');
    await context.close();
  });

  it('lets keyboard users skip the filters and reach the results, the filter groups folding away', async () => {
    const { page, context } = await openWatchedPage(site.browser, { viewport: { width: 390, height: 900 } });
    await page.goto(`${site.url}/search/?q=grafana`);
    await waitForResults(page);
    const skip = page.getByRole('link', { name: 'Skip to results' });
    await skip.focus();
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('pagefind-results') !== null)).toBe(true);
    // On a phone the groups start closed: one stop per group, not one per value.
    const groups = page.locator('pagefind-filter-pane details');
    expect(await groups.count()).toBe(4);
    for (const group of await groups.all()) expect(await group.getAttribute('open')).toBeNull();
    await context.close();
  });

  it('narrows the results with the guest filter and keeps it in the URL', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=grafana`);
    await waitForResults(page);
    const before = (await resultTitles(page)).length;
    expect(before).toBeGreaterThan(1);
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Jane Doe/ }).check();
    // Her one episode: its transcript's matches are part of its result, not a result of their own.
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual(['Getting started with Grafana Loki']);
    await expect.poll(() => new URL(page.url()).searchParams.get('guest')).toBe('Jane Doe');
    await context.close();
  });

  it('filters by show, from a shared URL too', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=metadata&show=Loki+Community+Call`);
    await waitForResults(page);
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual(['Structured metadata deep dive']);
    expect(await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Loki Community Call/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('restores a shared search URL with its words and filter', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/?q=grafana&topic=tempo`);
    await waitForResults(page);
    await expect.poll(() => resultTitles(page)).toEqual(['Tracing with Tempo']);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('grafana');
    expect(await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /Tempo/ }).isChecked()).toBe(true);
    await context.close();
  });

  it('has no axe-core violations with results shown, in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openWatchedPage(site.browser, { colorScheme });
      await page.goto(`${site.url}/search/?q=grafana`);
      await waitForResults(page);
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/search-1280-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
  });
});
