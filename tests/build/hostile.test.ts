import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

const ENV = { ARCHIVE_NOW: '2026-11-24T00:00:00Z', GUESTS_DIR: 'tests/fixtures/archive/guests' };
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}

/** Scripts, handlers and dangerous URLs as the browser sees them in a page. */
function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (element) => {
    const src = String(element.properties.src ?? '');
    const type = String(element.properties.type ?? '');
    // The site's own scripts: bundled modules, JSON-LD data, and the hashed theme snippet in <head>.
    const ownScript = element.tagName === 'script' && (src.startsWith('/_astro/') || src.startsWith('/pagefind/') || type === 'application/ld+json' || !src);
    if (element.tagName === 'script' && !ownScript) found.push(`<script src="${src}">`);
    if (['iframe', 'object', 'embed'].includes(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
      if (['href', 'src', 'action', 'formAction'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(String(value))) found.push(`${name}=${String(value)}`);
    }
  });
  return found;
}

describe('an archive of hostile but valid notes', () => {
  const notes = join(work, 'hostile');
  const outDir = resolve(TEST_SITES_DIR, 'hostile');
  let result: { status: number; output: string };
  beforeAll(() => {
    cpSync('tests/fixtures/hostile/episodes', notes, { recursive: true });
    // Invalid UTF-8 is written here rather than committed, so no tool "fixes" the fixture.
    writeFileSync(join(notes, 'GOH-46.md'), Buffer.concat([
      Buffer.from('---\nurl: https://youtu.be/HHHHHHHHH46\ndate: 2024-05-03\n---\n# [[GOH 46 - Bytes that are not UTF-8]]\n\n## Talking points\n\n- caf'),
      Buffer.from([0xe9, 0xff]), Buffer.from('\n'),
    ]));
    rmSync(outDir, { recursive: true, force: true });
    result = buildSite(outDir, { ...ENV, EPISODES_DIR: notes, EPISODE_URLS_FILE: join(work, 'urls.json') });
  }, 300_000);

  it('builds, warning about the note that matches no show and the invalid bytes', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output).toMatch(/Meeting notes\.md:1: this note matches none of the shows/);
    expect(result.output).toMatch(/GOH-46\.md: the file has bytes that are not UTF-8/);
  });

  it('runs nothing from the notes: no foreign script, frame, handler or javascript:/data: URL on any page', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(unsafeMarkup(readFileSync(page, 'utf8')), page).toEqual([]);
    const episode = readFileSync(join(outDir, 'episodes/41/index.html'), 'utf8');
    expect(episode).toContain('Hostile input everywhere');
    expect(episode).toContain('Safe text, then');
    expect(episode).toContain('href="https://grafana.com/docs/loki/latest/"');
    // Feeds carry the show notes as HTML: read it as a feed reader would, then as a browser would.
    for (const feed of ['rss.xml', 'topics/loki/rss.xml']) {
      const items = parseRssFeed(readFileSync(join(outDir, feed), 'utf8')).items ?? [];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(unsafeMarkup(item.content?.encoded ?? ''), `${feed}: ${item.title}`).toEqual([]);
      expect(items.map((item) => item.title)).not.toContain(expect.stringMatching(/<|alert/));
    }
  });

  it('reads CRLF, a byte-order mark, tabs, and file names with spaces and accents', () => {
    const windows = readFileSync(join(outDir, 'episodes/42/index.html'), 'utf8');
    expect(windows).toMatch(/<li>CRLF line endings<ul><li>nested with a tab<ul><li>nested with eight spaces<\/li><\/ul><\/li><\/ul><\/li>/);
    expect(readFileSync(join(outDir, 'episodes/43/index.html'), 'utf8')).toContain('Starts with a byte-order mark');
    expect(readFileSync(join(outDir, 'episodes/46/index.html'), 'utf8')).toContain('caf\uFFFD\uFFFD');
  });

  it('gives a half-written note no page, and publishes nothing from a note that matches no show', () => {
    expect(existsSync(join(outDir, 'episodes/44/index.html'))).toBe(false);
    for (const page of htmlFiles(outDir)) expect(readFileSync(page, 'utf8')).not.toContain('Matches no show');
  });
});

describe('an archive with a broken note', () => {
  const outDir = resolve(TEST_SITES_DIR, 'broken');
  let result: { status: number; output: string };
  beforeAll(() => {
    const notes = join(work, 'broken');
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(notes, 'GOH-01.md'));
    writeFileSync(join(notes, 'GOH-07.md'), '---\nurl: https://youtu.be/AAAAAAAAAA7\ndate: [2024-01-01\n---\n# [[GOH 7 - Broken YAML]]\n');
    writeFileSync(join(notes, 'GOH-08.md'), '---\nurl: https://youtu.be/AAAAAAAAAA8\ndate: 2024-01-08\n---\n');
    rmSync(outDir, { recursive: true, force: true });
    result = buildSite(outDir, { ...ENV, EPISODES_DIR: notes, EPISODE_URLS_FILE: join(work, 'broken-urls.json') });
  }, 300_000);

  it('stops, naming every broken file with its line and fix, without a stack trace', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/2 episode note\(s\) need fixing/);
    expect(result.output).toMatch(/GOH-07\.md:3: the frontmatter is not valid YAML[^\n]*\n {2}Fix: /);
    expect(result.output).toMatch(/GOH-08\.md:1: this note has no episode heading[^\n]*\n {2}Fix: /);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(result.output).not.toContain('Stack trace');
  });

  it('leaves no site behind that could be mistaken for a good one', () => {
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
