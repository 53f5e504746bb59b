import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { transcriptsLoader } from '../../../src/lib/collection/transcripts-loader.ts';

interface Entry { id: string; data: Record<string, unknown>; filePath?: string; digest?: string; rendered?: { html: string } }

async function load(folder: string, entries = new Map<string, Entry>()) {
  const warnings: string[] = [];
  const store = {
    get: (id: string) => entries.get(id), keys: () => [...entries.keys()], values: () => [...entries.values()],
    delete: (id: string) => { entries.delete(id); },
    set: (entry: Entry) => { entries.set(entry.id, entry); return true; },
  };
  const logger = { info: () => {}, warn: (message: string) => warnings.push(message), error: (message: string) => warnings.push(message), debug: () => {} };
  const context = { store, logger, generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'), parseData: async ({ data }: { data: unknown }) => data } as unknown as LoaderContext;
  await transcriptsLoader({ folder: relative(process.cwd(), folder) }).load(context);
  return { entries, warnings };
}

describe('the transcripts loader', () => {
  it('stores each transcript under the video it names, without its text rendered, and warns about the rest with file and fix', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'transcripts-')), 'transcripts');
    mkdirSync(join(folder, 'older'), { recursive: true });
    cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'a-new.md'));
    cpSync('tests/fixtures/transcripts/older-without-chapters.md', join(folder, 'older', 'b.md'));
    cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'c-same-video.md'));
    cpSync('tests/fixtures/transcripts/title-only.md', join(folder, 'd-title-only.md'));
    writeFileSync(join(folder, '.hidden.md'), 'ignored');
    const { entries, warnings } = await load(folder);
    expect([...entries.keys()].sort()).toEqual(['Hh7Kk2Lm9Nb', 'Qw3rTy5uIo0']);
    const shown = relative(process.cwd(), folder);
    expect(entries.get('Qw3rTy5uIo0')).toMatchObject({ filePath: `${shown}/a-new.md`, data: { source: 'text', cut: false, file: `${shown}/a-new.md` } });
    // The text is rendered by the transcript's own page, from its file: the store holds no HTML of it.
    expect(entries.get('Qw3rTy5uIo0')?.rendered).toBeUndefined();
    expect(Object.keys(entries.get('Qw3rTy5uIo0')!.data).sort()).toEqual(['chapters', 'cut', 'file', 'source', 'summaryHtml', 'summaryText', 'title', 'videoId']);
    expect(entries.get('Hh7Kk2Lm9Nb')?.filePath).toBe(`${shown}/older/b.md`);
    expect(warnings).toEqual([
      `${shown}/c-same-video.md: this transcript is of the same video (Qw3rTy5uIo0) as ${shown}/a-new.md, which is the one used\n  Fix: delete one of the two files.`,
      expect.stringMatching(new RegExp(`^${shown}/d-title-only.md: this transcript has no \`URL:\` line, so it belongs to no episode\n  Fix: add the line`)),
    ]);
  });

  it('keeps an unchanged transcript as it is and forgets a deleted one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'a.md'));
    const { entries } = await load(folder);
    const before = entries.get('Qw3rTy5uIo0');
    await load(folder, entries);
    expect(entries.get('Qw3rTy5uIo0')).toBe(before);
    writeFileSync(join(folder, 'a.md'), '# Moved to another video\n\nURL: https://youtu.be/Hh7Kk2Lm9Nb\n\nTranscript: words');
    await load(folder, entries);
    expect([...entries.keys()]).toEqual(['Hh7Kk2Lm9Nb']);
  });

  it('on a rebuild, lets a new file that sorts first take its video from an unchanged one, and says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'b.md'));
    const { entries } = await load(folder);
    cpSync('tests/fixtures/transcripts/new-with-chapters.md', join(folder, 'a.md'));
    const { warnings } = await load(folder, entries);
    const shown = relative(process.cwd(), folder);
    expect(entries.get('Qw3rTy5uIo0')?.filePath).toBe(`${shown}/a.md`);
    expect(warnings).toEqual([`${shown}/b.md: this transcript is of the same video (Qw3rTy5uIo0) as ${shown}/a.md, which is the one used\n  Fix: delete one of the two files.`]);
  });
});
