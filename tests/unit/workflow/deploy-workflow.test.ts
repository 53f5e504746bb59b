import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { archivePaths } from '../../../src/lib/archive/paths.ts';
import { cacheFolder } from '../../../src/lib/build/cache-folder.ts';
import { defineSiteConfig } from '../../../src/lib/config/define-site-config.ts';
import { urlRegistryPath } from '../../../src/lib/build/url-registry-file.ts';
import { siteConfig } from '../../../src/site.config.ts';

interface Step { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { needs?: string; if?: string; permissions?: Record<string, string>; env?: Record<string, string>; environment?: { name: string }; steps: Step[] }
const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
  on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: { build: Job; deploy: Job };
};
const { build, deploy } = workflow.jobs;
const stepIndex = (match: (step: Step) => boolean) => build.steps.findIndex(match);
const uses = (action: string) => (step: Step) => step.uses?.startsWith(`${action}@`) ?? false;
const runs = (command: RegExp) => (step: Step) => command.test(step.run ?? '');

/** What GitHub makes of `${{ steps.pages.outputs.x }}` in a value, for the outputs configure-pages gives. */
function substitute(value: string, outputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*steps\.pages\.outputs\.(\w+)\s*\}\}/g, (_, name: string) => outputs[name] ?? '');
}

describe('the GitHub Pages workflow', () => {
  it('runs on every push to main, daily, and by hand', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    // Once a day at 14:30 UTC, the time the README gives: half an hour after the show's usual end
    // (13:00 UTC for 60 minutes, src/site.config.ts), so that an episode that aired today is published.
    expect(workflow.on.schedule).toEqual([{ cron: '30 14 * * *' }]);
    const [minute, hour] = workflow.on.schedule[0]!.cron.split(' ').map(Number) as [number, number];
    const [startHour, startMinute] = siteConfig.schedule.startTime.split(':').map(Number) as [number, number];
    expect(siteConfig.schedule.timeZone).toBe('UTC');
    expect(hour * 60 + minute).toBeGreaterThan(startHour * 60 + startMinute + siteConfig.schedule.durationMinutes);
    expect(readFileSync('README.md', 'utf8')).toContain('*The daily rebuild* runs at 14:30 UTC');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('deploys one run at a time, with the Pages permissions only where they are needed', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('installs Chromium with apt, then installs, tests, builds and uploads, in that order', () => {
    const order = [
      stepIndex(uses('actions/checkout')),
      stepIndex(runs(/apt-get install .*\bchromium\b/)),
      stepIndex(runs(/^npm ci\b/)),
      stepIndex(runs(/^npm test$/)),
      stepIndex(uses('actions/configure-pages')),
      stepIndex(runs(/^npm run build$/)),
      stepIndex(uses('actions/upload-pages-artifact')),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(build.steps[stepIndex(uses('actions/upload-pages-artifact'))]!.with).toEqual({ path: 'dist' });
  });

  it('keeps the generated-image cache, where the build writes it, between runs', () => {
    const cache = build.steps[stepIndex(uses('actions/cache'))]!;
    expect(stepIndex(uses('actions/cache'))).toBeLessThan(stepIndex(runs(/^npm run build$/)));
    expect(cache.with?.path).toBe(build.env?.ARCHIVE_CACHE_DIR);
    expect(cache.with?.path).toBe(relative(process.cwd(), cacheFolder('', {})));
    expect(cache.with?.key).toContain('${{ github.run_id }}');
    expect(cache.with?.['restore-keys']).toBeTruthy();
  });

  it('tests in a cache folder of their own, so that their builds at "/" do not discard the deploy build\'s incremental cache', () => {
    const test = build.steps[stepIndex(runs(/^npm test$/))]!;
    expect(test.env?.ARCHIVE_CACHE_DIR).toBeTruthy();
    expect(test.env?.ARCHIVE_CACHE_DIR).not.toBe(build.env?.ARCHIVE_CACHE_DIR);
    expect(build.steps[stepIndex(runs(/^npm run build$/))]!.env?.ARCHIVE_CACHE_DIR).toBeUndefined();
  });

  it('uses the current major version of every action (Node 24 runtimes)', () => {
    // Looked up when the workflow was last updated; bump both together.
    const current: Record<string, string> = {
      'actions/checkout': 'v7', 'actions/cache': 'v6', 'actions/configure-pages': 'v6', 'actions/upload-pages-artifact': 'v5', 'actions/deploy-pages': 'v5',
    };
    const used = [...build.steps, ...deploy.steps].flatMap((step) => (step.uses ? [step.uses.split('@') as [string, string]] : []));
    expect(Object.fromEntries(used)).toEqual(current);
  });

  it('warns after the build when the episode URL registry changed and needs committing', () => {
    const check = build.steps.findIndex((step) => step.run?.includes(`git status --porcelain -- ${urlRegistryPath({})}`));
    expect(check).toBeGreaterThan(stepIndex(runs(/^npm run build$/)));
    expect(build.steps[check]!.run).toContain('::warning');
  });

  it('deploys the uploaded site after the build, from main only', () => {
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toBe("github.ref == 'refs/heads/main'");
    expect(deploy.environment?.name).toBe('github-pages');
    expect(deploy.steps.some(uses('actions/deploy-pages'))).toBe(true);
  });

  it.each([
    ['a project site', { origin: 'https://grafana.github.io', base_path: '/episode-archive' }, '/episode-archive/'],
    ['a user site or custom domain', { origin: 'https://office-hours.example.org', base_path: '' }, '/'],
  ])('builds %s with the site URL and base path the config accepts', (_, outputs, base) => {
    const env = build.steps[stepIndex(runs(/^npm run build$/))]!.env!;
    const siteUrl = substitute(env.SITE_URL!, outputs);
    const basePath = substitute(env.BASE_PATH!, outputs);
    expect({ siteUrl, basePath }).toEqual({ siteUrl: outputs.origin, basePath: base });
    const config = defineSiteConfig({
      showName: 'Show', tagline: 'A show.', site: siteUrl, base: basePath, seriesPrefix: 'GOH',
      defaultHosts: ['Host'], youtubeChannel: 'https://www.youtube.com/@grafana',
    });
    expect(archivePaths(config.base).episodes).toBe(`${base}episodes/`);
    expect(new URL(archivePaths(config.base).rss, config.site).toString()).toBe(`${outputs.origin}${base}rss.xml`);
  });
});
