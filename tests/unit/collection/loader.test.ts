import { cpSync, mkdtempSync, renameSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { episodeNotesLoader } from '../../../src/lib/collection/loader.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../../src/site.config.ts';

interface Entry { id: string; data: Record<string, unknown>; filePath?: string; digest?: string }

/** A store with the rule of Astro's content layer store: an entry set again with the same digest is kept as it was. */
function digestKeepingStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      has: (id: string) => entries.has(id),
      delete: (id: string) => { entries.delete(id); },
      clear: () => entries.clear(),
      set: (entry: Entry) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
    },
  };
}

async function load(folder: string, store: ReturnType<typeof digestKeepingStore>['store']) {
  const messages: string[] = [];
  const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m), error: (m: string) => messages.push(m), debug: () => {} };
  const loader = episodeNotesLoader({ folder: relative(process.cwd(), folder), parser: noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z')) });
  const context = {
    store, logger,
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
    parseData: async ({ data }: { data: unknown }) => data,
  } as unknown as LoaderContext;
  await loader.load(context);
  return messages.find((message) => message.includes('parsed'));
}

describe('the notes loader', () => {
  it('parses only new or changed notes, and a note moved with the same text once, not on every build', async () => {
    const work = mkdtempSync(join(tmpdir(), 'loader-'));
    const first = join(work, 'notes');
    mkdirSync(first);
    cpSync('tests/fixtures/archive/episodes/GOH-26.md', join(first, 'GOH-26.md'));
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(first, 'GOH-01.md'));
    const { store, entries } = digestKeepingStore();
    expect(await load(first, store)).toMatch(/^2 note\(s\) parsed, 0 unchanged/);
    expect(await load(first, store)).toMatch(/^0 note\(s\) parsed, 2 unchanged/);

    const moved = join(work, 'moved');
    renameSync(first, moved);
    expect(await load(moved, store)).toMatch(/^2 note\(s\) parsed, 0 unchanged/);
    expect(await load(moved, store)).toMatch(/^0 note\(s\) parsed, 2 unchanged/);
    expect([...entries.values()].map((entry) => entry.filePath).sort()).toEqual([
      `${relative(process.cwd(), moved)}/GOH-01.md`, `${relative(process.cwd(), moved)}/GOH-26.md`,
    ]);
  });
});
