import { describe, expect, it } from 'vitest';
import { browserOnSite, openWatchedPage } from '../support/browser.ts';
import { routeFakeYouTubeEmbed } from '../support/fake-youtube-embed.ts';
import { SITES } from '../support/sites.ts';

const site = browserOnSite(SITES.fixtures.outDir);

const isThirdParty = (url: string) => !url.startsWith(site.url) && !url.startsWith('data:');
const LOGQL = 21 * 60 + 45;

describe('the video player', () => {
  it('loads nothing from a third party before play, then plays from youtube-nocookie.com', async () => {
    const { page, context, requests, cspViolations } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/episodes/1/`, { waitUntil: 'networkidle' });
    expect(requests.filter(isThirdParty)).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await page.getByRole('link', { name: /^Play video/ }).click();
    const src = await page.locator('.player iframe').getAttribute('src');
    expect(src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/AAAAAAAAAA1\?/);
    expect(src).toContain('autoplay=1');
    expect(await page.locator('.player iframe').getAttribute('title')).toContain('Getting started with Grafana Loki');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the play affordance only over the strip the poster keeps free of text, at any width', async () => {
    for (const width of [320, 390, 768, 1280]) {
      const { page, context } = await openWatchedPage(site.browser, { viewport: { width, height: 900 } });
      await page.goto(`${site.url}/episodes/1/`);
      const box = (await page.locator('.player').boundingBox())!;
      const bar = (await page.locator('.player .play-bar').boundingBox())!;
      // The poster fills the player's height; its bottom 96 of 630 px hold no text (src/lib/seo/poster.ts).
      expect(bar.y + bar.height, `${width} px`).toBeCloseTo(box.y + box.height, 0);
      expect(bar.height, `${width} px`).toBeLessThanOrEqual(box.height * (96 / 630) + 0.5);
      expect(bar.height, `${width} px: big enough to see and hit`).toBeGreaterThanOrEqual(24);
      await context.close();
    }
  });

  it('shows a clearly visible focus ring around the player when the play link has keyboard focus', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/episodes/1/`);
    await page.getByRole('link', { name: 'Watch on YouTube' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-player-facade'))).toBe(true);
    // The ring is the player box's own outline: the box clips anything its children draw outside it.
    const ring = await page.locator('.player').evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), offset: Number.parseFloat(style.outlineOffset) };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.offset).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: 'test-results/screenshots/episode-play-focus-1280.png' });
    await context.close();
  });

  it('starts the player at a chapter clicked before the video was loaded', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/episodes/1/`);
    await page.getByRole('link', { name: '21:45 LogQL basics', exact: true }).click();
    const src = new URL((await page.locator('.player iframe').getAttribute('src'))!);
    expect(src.searchParams.get('start')).toBe(String(LOGQL));
    expect(await page.getByRole('link', { name: '21:45 LogQL basics' }).getAttribute('aria-current')).toBe('true');
    expect(new URL(page.url()).searchParams.get('t')).toBe(String(LOGQL));
    await context.close();
  });

  it('seeks the loaded player to a clicked chapter and highlights the chapter playing as the video goes on', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    const embed = await routeFakeYouTubeEmbed(context, page, 600);
    await page.goto(`${site.url}/episodes/1/`);
    await page.getByRole('link', { name: /^Play video/ }).click();
    // The embed only listens some time after it loaded: the page keeps asking until it answers.
    await expect.poll(async () => (await embed.received()).some((message) => message.event === 'listening')).toBe(true);
    await expect.poll(() => embed.answered()).toBe(true);

    await page.getByRole('link', { name: '21:45 LogQL basics', exact: true }).click();
    await expect.poll(async () => (await embed.received()).filter((message) => message.event === 'command').map((message) => [message.func, message.args]))
      .toEqual([['seekTo', [LOGQL, true]], ['playVideo', []]]);
    const current = () => page.locator('.chapters a[aria-current="true"]').textContent();
    await expect.poll(current).toBe('21:45 LogQL basics');
    await embed.setCurrentTime(48 * 60 + 30);
    await expect.poll(current).toBe('48:02 Questions from the chat');
    await embed.setCurrentTime(5 * 60);
    await expect.poll(current).toBe('4:10 What is Loki?');
    await context.close();
  });

  it('asks the embed whether it listens until it answers, then stops asking', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    // The page's timers run on a clock the test moves: no wait on a busy machine can pass or fail this.
    await context.clock.install();
    const embed = await routeFakeYouTubeEmbed(context, page, 600);
    await page.goto(`${site.url}/episodes/1/`);
    await page.getByRole('link', { name: /^Play video/ }).click();
    const asked = async () => (await embed.received()).filter((message) => message.event === 'listening').length;
    // Every message the page posted before this one has reached the embed (messages between two windows keep their order).
    const allDelivered = async () => {
      const mark = `mark-${Math.random()}`;
      await page.evaluate((event) => document.querySelector<HTMLIFrameElement>('.player iframe')?.contentWindow?.postMessage(JSON.stringify({ event }), '*'), mark);
      await expect.poll(async () => (await embed.received()).some((message) => message.event === mark)).toBe(true);
    };
    await expect.poll(async () => {
      await page.clock.runFor(100);
      return embed.answered();
    }).toBe(true);
    // The answer has reached the page once a chapter's seek, queued until then, reaches the embed.
    await page.getByRole('link', { name: '21:45 LogQL basics', exact: true }).click();
    await expect.poll(async () => (await embed.received()).some((message) => message.func === 'seekTo')).toBe(true);
    await allDelivered();
    const before = await asked();
    expect(before, 'asked more than once before the embed was ready').toBeGreaterThan(1);
    await page.clock.runFor(5_000); // twenty times the interval at which the page asks
    await allDelivered();
    expect(await asked(), 'stops asking once answered').toBe(before);
    await context.close();
  });

  it('opens a shared ?t= link ready to play from that moment, in seconds or as 12m34s, and says so on the play bar', async () => {
    for (const t of ['1305', '21m45s']) {
      const { page, context } = await openWatchedPage(site.browser);
      await page.goto(`${site.url}/episodes/1/?t=${t}`);
      await expect(page.locator('.player .play-bar [data-play-label]').textContent()).resolves.toBe('Play from 21:45');
      await expect(page.getByRole('link', { name: 'Play from 21:45: Getting started with Grafana Loki' }).count()).resolves.toBe(1);
      expect(await page.getByRole('link', { name: '21:45 LogQL basics' }).getAttribute('aria-current')).toBe('true');
      await page.getByRole('link', { name: /^Play from/ }).click();
      const src = new URL((await page.locator('.player iframe').getAttribute('src'))!);
      expect(src.searchParams.get('start')).toBe(String(LOGQL));
      await context.close();
    }
  });

  it('names each chapter link by its time and title, with a space between them', async () => {
    const { page, context } = await openWatchedPage(site.browser);
    await page.goto(`${site.url}/episodes/1/`);
    const names = await page.locator('.chapters a').evaluateAll((links) => links.map((link) => link.textContent));
    expect(names).toEqual(['0:00 Welcome and introductions', '4:10 What is Loki?', '21:45 LogQL basics', '48:02 Questions from the chat']);
    await context.close();
  });

  it('without JavaScript, chapters are links to the video on YouTube at their time', async () => {
    const { page, context } = await openWatchedPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/episodes/1/`);
    const hrefs = await page.locator('.chapters a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([
      'https://www.youtube.com/watch?v=AAAAAAAAAA1',
      'https://www.youtube.com/watch?v=AAAAAAAAAA1&t=250s',
      'https://www.youtube.com/watch?v=AAAAAAAAAA1&t=1305s',
      'https://www.youtube.com/watch?v=AAAAAAAAAA1&t=2882s',
    ]);
    expect(await page.locator('[data-player-facade]').getAttribute('href')).toBe('https://www.youtube.com/watch?v=AAAAAAAAAA1');
    await context.close();
  });
});
