import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAfresh } from '../support/build-site.ts';
import { sitePath, TEST_SITES_DIR } from '../support/sites.ts';

// One episode with Jane Doe as a guest is enough to give her a page.
const work = mkdtempSync(join(tmpdir(), 'guest-profiles-'));
const notes = join(work, 'episodes');
mkdirSync(notes);
cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(notes, 'GOH-01.md'));
const env = (guests: string, name: string) => ({
  ARCHIVE_NOW: '2026-11-24T00:00:00Z', EPISODES_DIR: notes, GUESTS_DIR: guests, EPISODE_URLS_FILE: join(work, `${name}-urls.json`),
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a guest profile with a photo', () => {
  const outDir = resolve(TEST_SITES_DIR, 'guest-avatar');
  let result: { status: number; output: string };
  beforeAll(() => {
    result = buildSiteAfresh(outDir, env('tests/fixtures/guests/with-avatar', 'avatar'));
  });

  it('builds, and the guest page shows the photo optimised by Astro, with its alt text', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(outDir, 'guests/jane-doe/index.html'), 'utf8');
    const images: Record<string, unknown>[] = [];
    visit(fromHtml(page), 'element', (element) => {
      if (element.tagName === 'img') images.push(element.properties);
    });
    const avatar = images.find((properties) => properties.alt === 'Jane Doe smiling in front of a whiteboard');
    expect(avatar?.src, JSON.stringify(images)).toMatch(/^\/_astro\/jane-doe\.[\w-]+\.webp$/);
    expect(existsSync(join(outDir, String(avatar!.src)))).toBe(true);
    expect(page).toContain('href="mailto:jane@example.org"');
  });
});

describe('a broken guest profile', () => {
  const outDir = resolve(TEST_SITES_DIR, 'guest-broken');
  let result: { status: number; output: string };
  beforeAll(() => {
    const guests = join(work, 'broken-guests');
    mkdirSync(guests);
    writeFileSync(join(guests, 'jane-doe.yaml'), 'name: Jane Doe\nrole: Staff Engineer\nbio: "Runs the logging platform\n');
    writeFileSync(join(guests, 'sam-rivera.yaml'), 'name: Sam Rivera\nlinks:\n  - label: Site\n    url: www.sam.example\n');
    result = buildSiteAfresh(outDir, env(guests, 'broken'));
  });

  it('stops the build with each file, line and fix, as npm run check reports them, without a stack trace', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('2 guest profile problem(s) to fix');
    expect(result.output).toMatch(/broken-guests\/jane-doe\.yaml:3: the " quote opened on this line is never closed\n {2}Fix: /);
    expect(result.output).toMatch(/broken-guests\/sam-rivera\.yaml:4: `links\[0\]\.url` is not a web address[^\n]*\n {2}Fix: /);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).not.toMatch(/YAMLException|ZodError|Stack trace/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('a guest profile whose avatar is an SVG with a script in it', () => {
  const outDir = resolve(TEST_SITES_DIR, 'guest-svg');
  let result: { status: number; output: string };
  beforeAll(() => {
    const guests = join(work, 'svg-guests');
    mkdirSync(guests);
    writeFileSync(join(guests, 'jane-doe.yaml'), 'name: Jane Doe\nrole: Staff Engineer\navatar: ./jane-doe.svg\n');
    writeFileSync(join(guests, 'jane-doe.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
    result = buildSiteAfresh(outDir, env(guests, 'svg'));
  });

  it('stops the build at the avatar\'s line with the fix, and copies nothing that could run script', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/svg-guests\/jane-doe\.yaml:3: `avatar` "\.\/jane-doe\.svg" is an SVG: it can hold script[^\n]*\n {2}Fix: `avatar` is a photo file/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    for (const folder of [outDir, `${outDir}.failed`, `${outDir}.building`]) {
      const files = existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : [];
      expect(files.filter((file) => /\.svgz?$/i.test(file) && !file.endsWith('favicon.svg')), folder).toEqual([]);
    }
  });
});

describe('a guest profile written as a markdown note (the fixture archive\'s priya-natarajan.md)', () => {
  it('gives the guest page the role, company, link and the note\'s text as the bio', () => {
    const page = readFileSync(sitePath('fixtures', 'guests/priya-natarajan/index.html'), 'utf8');
    expect(page).toContain('Tracing Lead, Example Observability');
    expect(page).toContain('Priya builds distributed tracing pipelines and maintains the TraceQL cookbook.');
    expect(page).toContain('href="https://github.com/priya-example"');
  });
});
