// What one built page costs a visitor: bytes (gzip) of HTML, CSS and JS loaded before any
// interaction, requests, third-party requests, and Lighthouse's mobile performance score.
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/support/static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PageFigures { path: string; htmlGzip: number; cssGzip: number; jsGzip: number; requests: number; thirdParty: number }
export interface LighthouseFigures { score: number; lcpMs: number; cls: number; tbtMs: number }

export async function measurePage(outDir: string, path: string): Promise<PageFigures> {
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const figures: PageFigures = { path, htmlGzip: 0, cssGzip: 0, jsGzip: 0, requests: 0, thirdParty: 0 };
    const bodies: Promise<void>[] = [];
    page.on('request', (request) => {
      figures.requests++;
      if (!request.url().startsWith(server.url)) figures.thirdParty++;
    });
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const key = type === 'document' ? 'htmlGzip' : type === 'stylesheet' ? 'cssGzip' : type === 'script' ? 'jsGzip' : undefined;
      if (key) bodies.push(response.body().then((body) => { figures[key] += gzipSync(body, { level: 9 }).length; }));
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(bodies);
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Lighthouse's default (mobile, simulated throttling) performance run against the local server. */
export async function runLighthouse(outDir: string, path: string): Promise<LighthouseFigures> {
  const server = await serveStatic(outDir);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN),
      tbtMs: Number(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN),
    };
  } finally {
    chrome.kill();
    await server.close();
  }
}
