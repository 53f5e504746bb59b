import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './static-server.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, started the way this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Chromium and a built site served on loopback, started before a test file's tests and closed after them. */
export function browserOnSite(siteDir: string): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveStatic(siteDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() { return browser!; },
    get url() { return server!.url; },
  };
}

/** A page that records every request and every CSP violation Chromium reports. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  cspViolations: string[];
}

export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  // Nothing may leave this machine: YouTube's embed is answered by a stub page.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub player</title>' }),
  );
  const page = await context.newPage();
  const requests: string[] = [];
  const cspViolations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return { page, context, requests, cspViolations };
}

/** axe-core violations of the page as `rule: target` lines (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const report = await window.axe.run(document, { resultTypes: ['violations'] });
    return report.violations.map((violation: { id: string; nodes: { target: string[] }[] }) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return results as string[];
}

/** True when the page is wider than the viewport (a horizontal scrollbar). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * The elements that stick out past the right edge of the viewport, innermost first, each as
 * `tag.class "text…" (right edge px)`: what makes a page scroll sideways. Elements inside a box that
 * clips or scrolls its own overflow (a code block, the player) do not count; neither do visually
 * hidden ones (a 1 px box for screen readers).
 */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const clipsOverflow = (element: Element) => /(hidden|auto|scroll|clip)/.test(getComputedStyle(element).overflowX);
    const clipped = (element: Element) => {
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        if (clipsOverflow(ancestor)) return true;
      }
      return false;
    };
    const offenders = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.right > limit && !clipped(element);
    });
    // The innermost: an offender none of whose descendants is one.
    const innermost = offenders.filter((element) => !offenders.some((other) => other !== element && element.contains(other)));
    return innermost.map((element) => {
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${element.tagName.toLowerCase()}${classes} "${text}" (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
    });
  });
}
