import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { episodeNotesLoader } from '../../../src/lib/collection/loader.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript } from '../../support/run-script.ts';

// npm run check must exit non-zero exactly when the build stops on its notes, with the same messages. The
// build side is the build's own content loader (what stops `astro build` on notes), run in Astro's store;
// the check side is the real `npm run check`.
const ARCHIVE_NOW = '2026-11-24T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'check-like-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The errors the build's loader stops on, one message each; none when it does not stop. */
async function buildStopsOn(folder: string, registry: string): Promise<string[]> {
  const previous = { registry: process.env.EPISODE_URLS_FILE, cache: process.env.ARCHIVE_CACHE_DIR };
  process.env.EPISODE_URLS_FILE = registry;
  process.env.ARCHIVE_CACHE_DIR = join(work, 'cache');
  const store = new MutableDataStore();
  const quiet = () => {};
  const context = {
    collection: 'episodes', store: store.scopedStore('episodes'), meta: store.metaStore('episodes'),
    logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
    generateDigest: (data: unknown) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    parseData: async ({ data }: { data: unknown }) => data,
  } as unknown as LoaderContext;
  try {
    await episodeNotesLoader({ folder, parser: noteParserOptions(siteConfig, new Date(ARCHIVE_NOW)) }).load(context);
    return [];
  } catch (error) {
    return (error as Error).message.trim().split('\n\n').slice(1).sort();
  } finally {
    process.env.EPISODE_URLS_FILE = previous.registry;
    process.env.ARCHIVE_CACHE_DIR = previous.cache;
    if (previous.registry === undefined) delete process.env.EPISODE_URLS_FILE;
    if (previous.cache === undefined) delete process.env.ARCHIVE_CACHE_DIR;
  }
}

/** npm run check's exit code and its errors, in the build's format (`file:line: problem\n  Fix: fix`). */
function checkStopsOn(folder: string, registry: string): { status: number; errors: string[] } {
  const result = runScript('check.ts', [], { EPISODES_DIR: folder, EPISODE_URLS_FILE: registry, GUESTS_DIR: 'tests/fixtures/archive/guests' });
  const section = result.stdout.split(/\d+ errors?: the build stops until (?:it is|they are) fixed\n/)[1] ?? '';
  const errors = [...section.matchAll(/^(\S.*?) {2}(.*)\n {2}Fix: (.*)$/gm)].map(([, where, problem, fix]) => `${where}: ${problem}\n  Fix: ${fix}`);
  return { status: result.status, errors: errors.sort() };
}

/** A folder of notes (and a registry) for one case, shown relative to the project as the build shows it. */
function archive(name: string, notes: Record<string, string>, registry?: (folder: string) => object): { folder: string; registry: string } {
  const folder = join(work, name);
  for (const [path, text] of Object.entries(notes)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const registryFile = join(work, `${name}-urls.json`);
  if (registry) writeFileSync(registryFile, JSON.stringify(registry(relative(process.cwd(), folder)), null, 2));
  return { folder: relative(process.cwd(), folder), registry: registryFile };
}

const aired = (number: number, date = '2024-07-19', extra = '') =>
  `---\nurl: https://youtube.com/live/AAAAAAAAA${String(number).padStart(2, '0')}\ndate: ${date}\n${extra}---\n# [[GOH ${number} - Episode ${number}]]\n\nGuest:: Jane Doe\n\n## Talking points\n\n- A point\n`;
const callOn = (date: string, title: string, video: string) => `---\nurl: https://youtu.be/${video}\ndate: ${date}\n---\n# [[${date} ${title}]]\n\nGuest:: Jane Doe\n`;
const aaEpisode = (number: number, title: string, date: string, video: string) => `---\nurl: https://youtu.be/${video}\ndate: ${date}\n---\n# [[A&A ${number} - ${title}]]\n\nGuest:: Jane Doe\n`;
const published28 = (folder: string) => ({ version: 1, episodes: { 'office-hours#28': { key: '28', file: `${folder}/GOH 28.md` } } });

// Each case: its name, whether the build must stop on it, and its notes.
const cases: [string, boolean, () => { folder: string; registry: string }][] = [
  ['the fixture archive', false, () => ({ folder: 'tests/fixtures/archive/episodes', registry: 'tests/fixtures/archive/episode-urls.json' })],
  ['the hostile archive', false, () => ({ folder: 'tests/fixtures/hostile/episodes', registry: join(work, 'none.json') })],
  ['the leak guard\'s clean archive', false, () => ({ folder: 'tests/fixtures/guard-clean/projects', registry: join(work, 'none.json') })],
  ['a date in words that is no date', true, () => archive('next-friday', { 'GOH 28.md': aired(28, 'next Friday') })],
  ['properties never closed', true, () => archive('unclosed', { 'GOH 22.md': aired(22).replace('---\n#', '#') })],
  ['invalid YAML in an aired note', true, () => archive('yaml', { 'GOH 23.md': aired(23, '2024-07-19', 'tags: [a\n') })],
  ['two notes of one episode', true, () => archive('duplicate', { 'GOH 24.md': aired(24), 'GOH 24 copy.md': aired(24) })],
  ['a published episode now a draft', true, () => archive('now-draft', { 'GOH 28.md': aired(28, '') }, published28)],
  ['a published episode taken off with draft: true', false, () => archive('marked', { 'GOH 28.md': aired(28, '', 'draft: true\n') }, published28)],
  ['a published episode whose note is gone', true, () => archive('gone', { 'GOH 29.md': aired(29) }, published28)],
  ['two episodes the registry puts at one URL', true, () => archive('conflict', {
    'a.md': '---\nurl: https://youtu.be/AAAAAAAAA31\ndate: 2025-08-12\n---\n# [[2025-08-12 First call]]\n',
    'b.md': '---\nurl: https://youtu.be/AAAAAAAAA32\ndate: 2025-08-19\n---\n# [[2025-08-19 Second call]]\n',
  }, (folder) => ({ version: 1, episodes: { 'loki-community-call/2025-08-12': { key: 'loki-community-call/2025-08-19-second-call', file: `${folder}/a.md` } } }))],
  // Different videos are different episodes, whatever their dates (issue 23).
  ['two episodes of one dated show on one day, with different videos', false, () => archive('one-day', {
    'a.md': callOn('2025-08-12', 'First call', 'AAAAAAAAA41'), 'b.md': callOn('2025-08-12', 'Second call', 'AAAAAAAAA42'),
  })],
  ['a second episode joins a day the registry knew with one', false, () => archive('joins-day', {
    'a.md': callOn('2025-08-12', 'Edited title', 'AAAAAAAAA41'), 'b.md': callOn('2025-08-12', 'Second call', 'AAAAAAAAA42'),
  }, (folder) => ({ version: 1, episodes: { 'loki-community-call/2025-08-12': { key: 'loki-community-call/2025-08-12-first-call', file: `${folder}/a.md` } } }))],
  ['two notes of one day and one video', true, () => archive('one-video', {
    'a.md': callOn('2025-08-12', 'First call', 'AAAAAAAAA41'), 'b.md': callOn('2025-08-12', 'Copy of the call', 'AAAAAAAAA41'),
  })],
  ['two episodes of one day with one title', true, () => archive('one-title', {
    'a.md': callOn('2025-08-12', 'Monthly call', 'AAAAAAAAA41'), 'b.md': callOn('2025-08-12', 'Monthly call', 'AAAAAAAAA42'),
  })],
  ['two episodes of the primary show with one number (their URL), different videos', true, () => archive('one-number', {
    'GOH 28.md': aired(28), 'GOH 28 other.md': aired(28, '2024-07-26').replace('AAAAAAAAA28', 'AAAAAAAAA43'),
  })],
  ['two episodes of a dated show with one number, different videos', false, () => archive('dated-number', {
    'A&A 23 - Branding.md': aaEpisode(23, 'Branding', '2023-12-04', 'AAAAAAAAA44'), 'A&A 23 - Health.md': aaEpisode(23, 'Health', '2023-12-11', 'AAAAAAAAA45'),
  })],
];

describe('npm run check stops exactly when the build does, with the same messages', () => {
  it.each(cases)('%s', async (_name, stops, make) => {
    const { folder, registry } = make();
    const build = await buildStopsOn(folder, registry);
    const check = checkStopsOn(folder, registry);
    expect(build.length > 0, build.join('\n\n')).toBe(stops);
    expect(check.errors).toEqual(build);
    expect(check.status).toBe(stops ? 1 : 0);
  }, 600_000);
});
