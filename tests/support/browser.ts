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
