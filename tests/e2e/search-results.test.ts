import type { Page, Request } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserOnSite, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';
import { inflectionStem, typedWords, wordsOf } from '../../src/lib/search/typed-words.ts';

// The fixture archive's words collide under stemming on purpose: "Ryan Perry" (an English guest) and
// "perros" (a Spanish talking point of Café con Grafana's "Alertas sin dolor"); "KEDA" (a heading of
// one English transcript) and a lone "K" said in another.
const site = browserOnSite(SITES.fixtures.outDir);
const SCREENSHOTS = 'test-results/screenshots';

interface Card { title: string; meta: string; marked: string[]; subTitles: string[] }

async function cards(page: Page): Promise<Card[]> {
  // A result below the fold is a placeholder (aria-hidden) until it is scrolled to and read.
  return page.locator('pagefind-results .pf-result:not([aria-hidden="true"])').evaluateAll((items) => items.map((item) => ({
    title: item.querySelector('.pf-result-link')?.textContent ?? '',
    meta: item.querySelector('.result-meta')?.textContent ?? '',
    marked: [...item.querySelectorAll('.pf-result-excerpt mark')].map((mark) => mark.textContent ?? ''),
    subTitles: [...item.querySelectorAll('.pf-heading-link')].map((link) => link.textContent ?? ''),
  })));
}

/** Waits for the search's results (the summary names the words, every card drawn is filled in), then reads the cards. */
async function searchFor(page: Page, words: string): Promise<Card[]> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(words)}`);
  await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(new RegExp(`^(\\d+|No) results? for ${words}`));
  return allCards(page);
}

/**
 * Every result's card. A result is read when it is drawn, so its card is filled in a moment after the
 * count is shown; those below the fold are read as they are scrolled to: every one is, here.
 */
async function allCards(page: Page): Promise<Card[]> {
  const placeholders = page.locator('pagefind-results .pf-result[aria-hidden="true"]');
  await expect.poll(async () => {
    await placeholders.first().scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => undefined);
    const drawn = await cards(page);
    const none = /^No results/.test(await page.locator('pagefind-summary').textContent() ?? '');
    return await placeholders.count() === 0 && (none || drawn.length > 0) && drawn.every((card) => card.title);
  }).toBe(true);
  return cards(page);
}

/** A marked word is a typed word, or its inflection in English or Spanish (the fixture's two languages). */
function showsTypedWord(marked: string, typed: string): boolean {
  const wanted = typedWords(typed);
  return wordsOf(marked).some((word) => wanted.some((typedWord) => word === typedWord
    || ['en', 'es'].some((language) => inflectionStem(word, language) === inflectionStem(typedWord, language))));
}

describe('search results', () => {
  it('shows a typed word in every result: "Ryan Perry" lists his episodes, not a Spanish page about "perros"', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const found = await searchFor(page, 'Ryan Perry');
    expect(found.map((card) => card.title)).toEqual(['How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry', 'Profiling in production with Grafana Pyroscope']);
    for (const card of found) expect(card.marked.some((word) => showsTypedWord(word, 'Ryan Perry')), card.title).toBe(true);
    expect(await page.locator('pagefind-summary').textContent()).toMatch(/^2 results/);
    await context.close();
  });

  it('finds a Spanish word\'s inflection on a Spanish page: "perro" finds "perros"', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const found = await searchFor(page, 'perro');
    expect(found.map((card) => card.title)).toEqual(['Alertas sin dolor']);
    expect(found[0]!.marked).toEqual(['perros']);
    expect(found[0]!.meta).toContain('Café con Grafana');
    await context.close();
  });

  it('never lists a page for a lone letter that starts a typed word: "KEDA"', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const found = await searchFor(page, 'KEDA');
    expect(found.map((card) => card.title)).toEqual(['Structured metadata deep dive']);
    for (const card of found) expect(card.marked.every((word) => showsTypedWord(word, 'KEDA'))).toBe(true);
    await context.close();
  });

  it('makes an episode and its transcript one result, named with its show, the transcript\'s headings as sections', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const found = await searchFor(page, 'metadata');
    expect(found.map((card) => card.title)).toEqual(['Structured metadata deep dive']);
    expect(found[0]!.meta).toMatch(/^Loki Community Call · 12 August 2025/);
    expect(found[0]!.subTitles).toContain('Transcript: What structured metadata is');
    expect(found[0]!.marked.length).toBeGreaterThan(0);
    await context.close();
  });

  it('reads only the results it draws: a word on many pages costs the word lists, not a request per page', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    await expect.poll(async () => (await cards(page)).length).toBeGreaterThan(0);
    const read: string[] = [];
    const inFlight = new Set<Request>();
    page.on('request', (request) => {
      if (!/\/(fragment|words)\//.test(request.url())) return;
      read.push(new URL(request.url()).pathname);
      inFlight.add(request);
    });
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    await page.locator('pagefind-input input').fill('grafana');
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/^\d+ results? for grafana/);
    // A card is drawn a moment after its page is read, and a loaded machine reads several before it draws
    // the first: count once nothing is being read and the cards drawn stayed the same between two looks.
    let drawnBefore = -1;
    await expect.poll(async () => {
      const drawn = await cards(page);
      const steady = drawn.length === drawnBefore;
      drawnBefore = drawn.length;
      return inFlight.size === 0 && steady && drawn.length > 0 && drawn.every((card) => card.title);
    }).toBe(true);
    const shown = Number((await page.locator('pagefind-summary').textContent())!.match(/^\d+/)![0]);
    const drawn = (await cards(page)).length;
    expect(shown).toBeGreaterThan(drawn);
    const fragments = new Set(read.filter((path) => path.includes('/fragment/')));
    // Each card drawn reads its episode's page and, at most, its transcript's.
    expect(fragments.size).toBeGreaterThan(0);
    expect(fragments.size).toBeLessThanOrEqual(drawn * 2);
    expect(read.some((path) => /\/words\/en\/gr\.json$/.test(path))).toBe(true);
    await context.close();
  });

  it('names every result\'s show with its number or date', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const found = await searchFor(page, 'tempo');
    expect(found.length).toBeGreaterThan(1);
    for (const card of found) expect(card.meta, card.title).toMatch(/^(Próximamente · )?(Grafana Office Hours|Loki Community Call|Café con Grafana) · (#\d+|\d)/);
    for (const card of found) expect(card.marked.some((word) => showsTypedWord(word, 'tempo')), card.title).toBe(true);
    await context.close();
  });

  it('counts each filter value over the results shown, the value just ticked included', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await searchFor(page, 'grafana');
    const pane = page.locator('pagefind-filter-pane');
    await pane.getByRole('checkbox', { name: /Grafana Office Hours/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('show')).toBe('Grafana Office Hours');
    const count = (name: RegExp) => pane.locator('label', { hasText: name }).locator('.pf-filter-checkbox-count').textContent();
    const summaryCount = async () => Number((await page.locator('pagefind-summary').textContent())?.match(/^\d+/)?.[0]);
    await expect.poll(async () => Number(await count(/Grafana Office Hours/))).toBe(await summaryCount());
    const shown = await allCards(page);
    expect(shown).toHaveLength(await summaryCount());
    expect(shown.every((card) => card.meta.startsWith('Grafana Office Hours'))).toBe(true);
    const years = await pane.locator('details[data-filter-name="year"] label:not([data-pf-hidden])').evaluateAll((labels) => labels.map((label) => Number(label.querySelector('.pf-filter-checkbox-count')?.textContent)));
    expect(years.reduce((sum, n) => sum + n, 0)).toBe(shown.length);
    await context.close();
  });

  it('lists each guest once: the most frequent first, and all of them sorted with accents and case folded after "Show all"', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/search/`);
    const guests = page.locator('pagefind-filter-pane details[data-filter-name="guest"] input');
    await expect.poll(() => guests.count()).toBeGreaterThan(10);
    const values = () => guests.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const sorted = (names: string[]) => [...names].sort(new Intl.Collator(undefined, { sensitivity: 'base' }).compare);
    // More than ten guests: folded, the list shows the most frequent first, and a button shows them all.
    const showAll = page.locator('details[data-filter-name="guest"] button.filter-show-all');
    await expect.poll(() => showAll.textContent()).toMatch(/^Show all \d+$/);
    const byFrequency = await values();
    expect(byFrequency).not.toEqual(sorted(byFrequency));
    expect(byFrequency.slice(0, 3).sort()).toEqual(['Jane Doe', 'Mateo Peña', 'Ryan Perry']);
    await showAll.evaluate((button) => (button as HTMLButtonElement).click());
    await expect.poll(async () => { const names = await values(); return names.join('|') === sorted(names).join('|'); }).toBe(true);
    const names = await values();
    const folded = names.map((name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(new Set(folded).size).toBe(names.length);
    // English and Spanish guests in one list, not one run per language.
    expect(names).toContain('Lucía Fernández');
    expect(names.indexOf('Lucía Fernández')).toBeLessThan(names.indexOf('Ryan Perry'));
    await context.close();
  });

  it('looks right at 390 and 1280 px, light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, context } = await openWatchedPage(site.browser, { viewport: { width, height: 900 }, colorScheme });
        await searchFor(page, 'metadata');
        await page.screenshot({ path: `${SCREENSHOTS}/search-results-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      }
    }
  });
});
