import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * How often a name can be read in the first screen: occurrences in text a visitor sees (rendered, not
 * hidden, inside the viewport). The poster is an image: it must not draw the names (checked in
 * tests/unit/seo/poster.test.ts), so it does not count here.
 */
function timesReadInFirstScreen(page: Page, name: string): Promise<{ inTitle: number; elsewhere: number }> {
  return page.evaluate((wanted) => {
    const height = window.innerHeight;
    const counts = { inTitle: 0, elsewhere: 0 };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.includes(wanted)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.top >= height || box.bottom <= 0) continue;
      counts[node.parentElement?.closest('h1') ? 'inTitle' : 'elsewhere'] += text.split(wanted).length - 1;
    }
    return counts;
  }, name);
}

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

// The first screen of an episode names each guest once: the byline on a phone, the guest list beside the
// player on a wide screen. When the title already names them (Adobo & Avocados' "… with <guest>"), no
// byline repeats it; the guest list beside the player (who they are) is all that adds to it.
describe('the first screen of an episode', () => {
  const cases = [
    { path: '/episodes/1/', names: ['Jane Doe', 'Sam Rivera'], inTitle: false },
    { path: '/episodes/adobo-and-avocados/2023-10-04-burnout-and-recovery-with-karina-todorova/', names: ['Karina Todorova'], inTitle: true },
  ];
  for (const { path, names, inTitle } of cases) {
    it(`${path} names ${names.join(' and ')} once, at 390 and 1280 px`, async () => {
      for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        const { page, context } = await openWatchedPage(browser, { viewport });
        await page.goto(`${server.url}${path}`);
        for (const name of names) {
          const { inTitle: titleCount, elsewhere } = await timesReadInFirstScreen(page, name);
          expect(titleCount, `${name} in the title at ${viewport.width} px`).toBe(inTitle ? 1 : 0);
          // Besides the title: once (byline or guest list); when the title names them, at most the guest list.
          if (inTitle) expect(elsewhere, `${name} besides the title at ${viewport.width} px`).toBeLessThanOrEqual(viewport.width > 1000 ? 1 : 0);
          else expect(elsewhere, `${name} at ${viewport.width} px`).toBe(1);
        }
        await context.close();
      }
    });
  }
});
