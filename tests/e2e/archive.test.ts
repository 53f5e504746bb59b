import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserOnSite, openWatchedPage } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

const SCREENSHOTS = 'test-results/screenshots';

const site = browserOnSite(SITES.fixtures.outDir);
mkdirSync(SCREENSHOTS, { recursive: true });

describe('a visitor browsing the archive', () => {
  it('goes from the home page to an episode, to its guest, to a topic', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Profiling in production with Grafana Pyroscope' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/episodes/3/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Profiling in production with Grafana Pyroscope');
    await page.getByRole('link', { name: 'Ryan Perry', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/guests/ryan-perry/');
    await page.getByRole('link', { name: 'Profiling in production with Grafana Pyroscope' }).first().click();
    await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Pyroscope' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/topics/pyroscope/');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('marks an upcoming episode once, with its date and time in the visitor\'s time zone in the header and the panel alike', async () => {
    // 13:00 UTC on 9 January is 03:00 on 10 January at UTC+14: the date itself differs from the build's.
    const { page, context } = await openWatchedPage(site.browser, { timezoneId: 'Pacific/Kiritimati', viewport: { width: 390, height: 900 } });
    await page.goto(`${site.url}/episodes/5/`);
    const eyebrow = page.locator('.episode-header .eyebrow');
    await expect.poll(() => eyebrow.textContent()).toMatch(/#5 Upcoming 10 January 2099$/);
    const start = page.locator('.upcoming-panel time[data-local-time]');
    expect(await start.getAttribute('datetime')).toBe('2099-01-09T13:00:00.000Z');
    await expect.poll(() => start.textContent()).toMatch(/^Saturday,? 10 January 2099 at 03:00/);
    // The panel says when and what to do; the title, guests and badges are the header's.
    const panel = page.locator('.upcoming-panel');
    expect(await panel.textContent()).not.toContain('Alerting without the noise');
    expect(await panel.textContent()).not.toContain('Jane Doe');
    expect(await page.getByText('Upcoming', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Watch live on YouTube' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=AAAAAAAAAA5');
    await context.close();
  });

  it('says an upcoming episode is live or has aired once its start time has passed, before the next build', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.clock.install({ time: new Date('2099-01-09T13:20:00Z') });
    for (const path of ['/episodes/5/', '/']) {
      await page.goto(`${site.url}${path}`);
      await expect.poll(() => page.locator('.badge.upcoming').first().textContent(), { message: path }).toBe('Live now or recently aired');
      expect(await page.getByRole('link', { name: 'Watch on YouTube', exact: true }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=AAAAAAAAAA5');
    }
    expect(await page.locator('.upcoming-when').textContent()).toMatch(/^Started on /);
    await page.screenshot({ path: `${SCREENSHOTS}/home-started-1280.png`, clip: { x: 0, y: 0, width: 1280, height: 720 } });
    await context.close();
  });

  it('moves between episodes of the same show with "Previous episode" and "Next episode"', async () => {
    const { page, context } = await openWatchedPage(site.browser, { viewport: { width: 390, height: 900 } });
    await page.goto(`${site.url}/episodes/3/`);
    const nav = page.getByRole('navigation', { name: 'More episodes of Grafana Office Hours' });
    // #3 is the show's newest published episode; the Loki Community Call episode aired later is another show's.
    expect(await nav.getByRole('link').allTextContents()).toEqual(['← Previous episode #26: How to do continuous profiling right, with Grafana Pyroscope & Ryan Perry']);
    await page.goto(`${site.url}/episodes/26/`);
    expect(await nav.getByRole('link', { name: /^Next episode/ }).getAttribute('href')).toBe('/episodes/3/');
    expect(await nav.getByRole('link', { name: /^Previous episode/ }).getAttribute('href')).toBe('/episodes/2/');
    // On a phone the two links are stacked, each as wide as the page.
    const boxes = await Promise.all(['.previous', '.next'].map(async (selector) => (await nav.locator(selector).boundingBox())!));
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    expect(Math.round(boxes[0]!.width)).toBe(Math.round(boxes[1]!.width));
    // The only episode of its show has none.
    await page.goto(`${site.url}/episodes/adobo-and-avocados/2023-10-04-burnout-and-recovery-with-karina-todorova/`);
    expect(await page.locator('.episode-nav').count()).toBe(0);
    await context.close();
  });

  it('folds the navigation into a menu on a phone, which opens and leads on without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openWatchedPage(site.browser, { viewport: { width: 320, height: 800 }, javaScriptEnabled });
      await page.goto(`${site.url}/`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible(), 'closed at first').toBe(false);
      await page.locator('.site-menu > summary').click();
      await expect.poll(() => nav.isVisible()).toBe(true);
      await page.screenshot({ path: `${SCREENSHOTS}/menu-open-320${javaScriptEnabled ? '' : '-no-js'}.png`, clip: { x: 0, y: 0, width: 320, height: 420 } });
      await nav.getByRole('link', { name: 'Guests' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/guests/');
      await context.close();
    }
  });

  it('keeps the header to two rows on a phone and to one row from 1024 px up, in English and in Spanish, every placeholder whole', async () => {
    const spanish = '/episodes/cafe-con-grafana/2024-01-11-alertas-sin-dolor/';
    for (const [width, most] of [[320, 2], [390, 2], [1024, 1], [1280, 1], [1440, 1], [1920, 1]] as const) {
      for (const path of ['/', spanish]) {
        const { page, context } = await openWatchedPage(site.browser, { viewport: { width, height: 800 } });
        await page.goto(`${site.url}${path}`);
        const rows = await page.locator('.site-header .container').evaluate((container) => {
          const boxes = [...container.querySelectorAll('.site-title, .search-form, .theme-toggle, .site-nav li, .site-menu > summary')]
            // What is seen: not the links of a closed menu (its content-visibility hides them).
            .filter((element) => element.checkVisibility())
            .map((element) => element.getBoundingClientRect())
            .sort((a, b) => a.top - b.top);
          // A box that starts below everything before it starts a new row.
          let count = 0;
          let bottom = -Infinity;
          for (const box of boxes) {
            if (box.top >= bottom - 1) count += 1;
            bottom = Math.max(bottom, box.bottom);
          }
          return count;
        });
        expect(rows, `${path} at ${width} px`).toBeLessThanOrEqual(most);
        // The placeholder typed into the box as its value: the browser lays it out with the box's own font and
        // says whether it overflows (a canvas measure with the font list's first font passed a cut placeholder).
        const fits = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
          const before = input.value;
          input.value = input.placeholder;
          const whole = input.scrollWidth <= input.clientWidth;
          input.value = before;
          return whole;
        });
        expect(fits, `placeholder of ${path} at ${width} px`).toBe(true);
        if (width === 1024) await page.screenshot({ path: `${SCREENSHOTS}/header-1024${path === '/' ? '' : '-es'}.png`, clip: { x: 0, y: 0, width, height: 120 } });
        await context.close();
      }
    }
  });

  it('starts the sidebar\'s first heading level with the top of the player on a wide screen', async () => {
    const { page, context } = await openWatchedPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/episodes/1/`);
    const player = (await page.locator('.player').boundingBox())!;
    const heading = (await page.locator('#guests-heading').boundingBox())!;
    expect(Math.abs(heading.y - player.y)).toBeLessThanOrEqual(8);
    await context.close();
  });

  it('shows a guest\'s name once on their page, their photo without an alt text that repeats it', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/guests/jane-doe/`);
    expect(await page.getByText('Jane Doe', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jane Doe');
    const photo = page.locator('.guest-card img.avatar');
    expect(await photo.getAttribute('alt')).toBe('');
    expect(await photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await context.close();
  });

  it('helps a visitor who followed a link to a missing episode', async () => {
    const { page, context, cspViolations } = await openWatchedPage(site.browser);
    const response = await page.goto(`${site.url}/episodes/42/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('[data-missing-episode]').isVisible()).toBe(true);
    // The archive has several shows: the number is the primary show's, and the page says so.
    expect(await page.locator('[data-missing-episode]').textContent()).toContain('Grafana Office Hours #42 has not been published yet: the latest is #26.');
    // The example address is a numbered episode of the primary show, and the page has no canonical URL of its own.
    expect(await page.locator('.prose a').first().getAttribute('href')).toBe('/episodes/26/');
    expect(await page.locator('.prose').textContent()).toMatch(/moved\. Episodes of Grafana Office Hours live at \/episodes\/<number>\/, for example \/episodes\/26\/\. The other shows list their episodes on their own pages\./);
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Search episodes by guest, topic or title' }).fill('Tempo');
    await page.getByRole('searchbox', { name: 'Search episodes by guest, topic or title' }).press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.url}/search/?q=Tempo`);
    await page.goto(`${site.url}/guests/nobody/`);
    expect(await page.locator('[data-missing-episode]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /guests$/ }).getAttribute('href')).toBe('/guests/');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the theme toggle pressed when dark is on, follows the system until chosen, then remembers the choice', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openWatchedPage(site.browser, { colorScheme, viewport: { width: 390, height: 800 } });
      await page.goto(`${site.url}/`);
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
      await page.goto(`${site.url}/episodes/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
      expect(await page.getByRole('button', { name: 'Dark theme', exact: true }).getAttribute('aria-pressed')).toBe(String(chosen === 'dark'));
      await context.close();
    }
  });
});
