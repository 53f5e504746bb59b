import { cpSync, mkdtempSync, renameSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Astro's own content store, the one a build and the dev server give loaders (it is not among astro's
// package exports, so it is imported by path): its rules (an entry set again with the same digest is kept
// as it was; what a build keeps for the next one is the store serialised) are Astro's, not a copy of them.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { episodeNotesLoader } from '../../../src/lib/collection/loader.ts';
import { takeNotesRecord } from '../../../src/lib/build/guard-record.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../../src/site.config.ts';

/**
 * Runs the loader as one build does: on the store the previous build left (read back from its
 * serialised form, as Astro reads data-store.json). Returns the store it
 * leaves, serialised, and the loader's "parsed" log line.
 */
async function build(folder: string, previous: string | undefined): Promise<{ saved: string; store: MutableDataStore; parsed: string | undefined }> {
  const store = previous === undefined ? new MutableDataStore() : await MutableDataStore.fromString(previous);
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m), debug: () => {} };
  const loader = episodeNotesLoader({ folder: relative(process.cwd(), folder), parser: noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z')) });
  const context = {
    collection: 'episodes',
    store: store.scopedStore('episodes'),
    meta: store.metaStore('episodes'),
    logger,
    generateDigest: (data: unknown) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
    parseData: async ({ data }: { data: unknown }) => data,
  } as unknown as LoaderContext;
  await loader.load(context);
  return { saved: store.toString(), store, parsed: messages.find((message) => message.includes('parsed')) };
}

describe('the notes loader, in Astro\'s content store', () => {
  // These notes were never published by the sample's URL registry: a registry of their own, new for the run.
  const registry = process.env.EPISODE_URLS_FILE;
  beforeAll(() => { process.env.EPISODE_URLS_FILE = join(mkdtempSync(join(tmpdir(), 'loader-urls-')), 'urls.json'); });
  afterAll(() => { if (registry === undefined) delete process.env.EPISODE_URLS_FILE; else process.env.EPISODE_URLS_FILE = registry; });

  it('parses only new or changed notes, and a note moved with the same text once, not on every build', async () => {
    const work = mkdtempSync(join(tmpdir(), 'loader-'));
    const first = join(work, 'notes');
    mkdirSync(first);
    cpSync('tests/fixtures/archive/episodes/GOH-26.md', join(first, 'GOH-26.md'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(first, 'GOH-01.md'));
    let run = await build(first, undefined);
    expect(run.parsed).toMatch(/^2 note\(s\) parsed on one thread \(.*\), 0 unchanged/);
    run = await build(first, run.saved);
    expect(run.parsed).toMatch(/^0 note\(s\) parsed, 2 unchanged/);

    const moved = join(work, 'moved');
    renameSync(first, moved);
    run = await build(moved, run.saved);
    expect(run.parsed).toMatch(/^2 note\(s\) parsed .*, 0 unchanged/);
    run = await build(moved, run.saved);
    expect(run.parsed).toMatch(/^0 note\(s\) parsed, 2 unchanged/);
    expect(run.store.values('episodes').map((entry) => entry.filePath).sort()).toEqual([
      `${relative(process.cwd(), moved)}/GOH-01.md`, `${relative(process.cwd(), moved)}/GOH-26.md`,
    ]);
  });

  it('keeps what pages read of an episode through the store\'s serialisation between builds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'loader-'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(folder, 'GOH-01.md'));
    const { saved } = await build(folder, undefined);
    const entry = (await MutableDataStore.fromString(saved)).values('episodes')[0]!;
    const data = entry.data as { number: number; title: string; status: string; sourceFile: string };
    expect(data).toMatchObject({ number: 1, title: 'Getting started with Grafana Loki', status: 'published' });
    expect(data.sourceFile).toMatch(/GOH-01\.md$/);
  });

  it('stores no text of the note itself: neither its body, which holds what it withholds, nor its HTML', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'loader-'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(folder, 'GOH-01.md'));
    const { saved } = await build(folder, undefined);
    const entry = (await MutableDataStore.fromString(saved)).values('episodes')[0]!;
    expect(entry.body).toBeUndefined();
    expect(entry.rendered).toBeUndefined();
    // The note's checklist is in no part of the saved store, which Astro builds into the server bundle.
    expect(saved).not.toContain('Schedule the broadcast on Streamyard');
  });
});

describe('the notes loader\'s record of what the notes withhold, for the leak guard', () => {
  const saved = { urls: process.env.EPISODE_URLS_FILE, cache: process.env.ARCHIVE_CACHE_DIR };
  beforeAll(() => {
    process.env.EPISODE_URLS_FILE = join(mkdtempSync(join(tmpdir(), 'record-urls-')), 'urls.json');
    process.env.ARCHIVE_CACHE_DIR = mkdtempSync(join(tmpdir(), 'record-cache-'));
  });
  afterAll(() => {
    for (const [name, value] of [['EPISODE_URLS_FILE', saved.urls], ['ARCHIVE_CACHE_DIR', saved.cache]] as const) {
      if (value === undefined) delete process.env[name]; else process.env[name] = value;
    }
  });

  /** The record, by note file: its episode, withheld texts and deny-listed links. */
  const recorded = (folder: string) => new Map(takeNotesRecord(folder).notes.map((note) => [note.file.split('/').at(-1)!,
    { episode: note.episode, withheld: note.withheld.flatMap((item) => item.texts), links: note.deniedLinks, publicText: note.publicText }]));

  it('records every note, changed or not, and parses an unchanged note again only in the loader when its evidence was lost', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'record-'));
    cpSync('tests/fixtures/archive/episodes/GOH-26.md', join(folder, 'GOH-26.md'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(folder, 'GOH-01.md'));
    writeFileSync(join(folder, 'Team meeting.md'), '# Team meeting\n\nThe plan is in https://docs.google.com/document/d/abc123/edit\n');
    let run = await build(folder, undefined);
    const first = recorded(folder);
    expect([...first.keys()].sort()).toEqual(['GOH-01.md', 'GOH-26.md', 'Team meeting.md']);
    expect(first.get('GOH-26.md')!.withheld.join(' ')).toContain('Confirm the time: 13:00 UTC');
    // A note of no show publishes nothing, but its deny-listed links are still looked for in the output.
    expect(first.get('Team meeting.md')).toMatchObject({ episode: '(not published)', withheld: [], links: ['https://docs.google.com/document/d/abc123/edit'] });

    run = await build(folder, run.saved);
    expect(run.parsed).toMatch(/^0 note\(s\) parsed.*, 2 unchanged/);
    expect(recorded(folder)).toEqual(first);

    // The evidence cache cleared, Astro's store kept: the loader skips parsing both episodes, yet records them in full.
    rmSync(join(process.env.ARCHIVE_CACHE_DIR!, 'leak-guard'), { recursive: true, force: true });
    run = await build(folder, run.saved);
    expect(run.parsed).toMatch(/^0 note\(s\) parsed.*, 2 unchanged/);
    expect(recorded(folder)).toEqual(first);
  });
});
