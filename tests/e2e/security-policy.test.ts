import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserOnSite, openWatchedPage } from '../support/browser.ts';
import { routeFakeYouTubeEmbed } from '../support/fake-youtube-embed.ts';
import { SITES } from '../support/sites.ts';

const site = browserOnSite(SITES.fixtures.outDir);

/**
 * Records every violation of the page's policy as the page itself sees it (the `securitypolicyviolation`
 * event: blocked URI and directive), beside the console messages openWatchedPage records.
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

const dataset = (page: Page, key: string) => page.evaluate((name) => document.documentElement.dataset[name], key);

/** Compiles the smallest WebAssembly module (magic number and version), which needs 'wasm-unsafe-eval': 'compiled' or the error's name. */
const compileWebAssembly = (page: Page) => page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', (error: Error) => error.name));

/** What each page that must run cleanly does: a visitor's steps, and what they must have led to. */
const runsCleanly: { what: string; visit: (page: Page, context: BrowserContext) => Promise<void> }[] = [
  {
    what: 'on an episode page: the theme script, the theme toggle, the player and its chapters',
    visit: async (page, context) => {
      const embed = await routeFakeYouTubeEmbed(context, page, 0);
      await page.goto(`${site.url}/episodes/1/`);
      // The inline theme script, allowed by its hash, ran before the page was drawn.
      expect(await dataset(page, 'js')).toBe('on');
      const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
      const pressed = await toggle.getAttribute('aria-pressed');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe(pressed === 'true' ? 'false' : 'true');
      expect(await dataset(page, 'theme')).toBe(pressed === 'true' ? 'light' : 'dark');
      await page.getByRole('link', { name: /^Play video/ }).click();
      await expect.poll(() => embed.answered()).toBe(true);
      await page.getByRole('link', { name: '21:45 LogQL basics', exact: true }).click();
      await expect.poll(async () => (await embed.received()).some((message) => message.func === 'seekTo')).toBe(true);
    },
  },
  {
    what: 'the search, WebAssembly included, on the search page',
    visit: async (page) => {
      await page.goto(`${site.url}/search/?q=Loki`);
      await expect.poll(() => page.locator('pagefind-results .pf-result-link').count()).toBeGreaterThan(0);
      expect(await dataset(page, 'js')).toBe('on');
      expect(await compileWebAssembly(page)).toBe('compiled');
    },
  },
];

describe('the pages\' scripts under their Content-Security-Policy', () => {
  for (const { what, visit } of runsCleanly) {
    it(`run ${what}, with no violation`, async () => {
      const { page, context, cspViolations } = await openWatchedPage(site.browser);
      const violations = await recordViolations(page);
      await visit(page, context);
      expect(await violations()).toEqual([]);
      expect(cspViolations).toEqual([]);
      await context.close();
    });
  }

  it('stop an inline script the page\'s policy does not name, and WebAssembly outside the search page', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    const violations = await recordViolations(page);
    // The episode page as built, with one more inline script: what a note that slipped markup through would add.
    await context.route(`${site.url}/episodes/1/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>document.documentElement.dataset.injected = "ran"</script></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${site.url}/episodes/1/`);
    expect(await dataset(page, 'js')).toBe('on');
    expect(await dataset(page, 'injected')).toBeUndefined();
    expect(await compileWebAssembly(page)).toBe('CompileError');
    await expect.poll(violations).toEqual(expect.arrayContaining(['script-src-elem: inline']));
    expect(cspViolations.length).toBeGreaterThan(0);
    await context.close();
  });
});
