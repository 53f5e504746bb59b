import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { describeRepeatedProblems, isRepeatedProblems, summariseRepeatedProblems } from '../../../src/lib/collection/repeated-problems.ts';
import { episodeNotesLoader } from '../../../src/lib/collection/loader.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript } from '../../support/run-script.ts';

const duplicate = (n: number) => ({
  file: `notes/GOH-7-copy-${n}.md`, line: 5,
  problem: `episode 7 is also in notes/GOH-7-copy-1.md (different videos (AAAAAAAA${String(n).padStart(3, '0')}, AAAAAAAA001), titles "Copy ${n}" and "Copy 1")`,
  fix: 'keep one note per episode.',
});

describe('a flood of identical problems', () => {
  it('lists the first ten of a kind, then one line with the count and the first few of the rest; other problems as they come', () => {
    const other = { file: 'notes/GOH-9.md', line: 2, problem: 'the frontmatter is not valid YAML (bad indentation)', fix: 'fix the YAML.' };
    const problems = [duplicate(2), other, ...Array.from({ length: 4998 }, (_, index) => duplicate(index + 3))];
    const listed = summariseRepeatedProblems(problems);
    expect(listed).toHaveLength(12);
    expect(listed.slice(0, 11).map((entry) => (isRepeatedProblems(entry) ? 'summary' : entry.file))).toEqual([
      'notes/GOH-7-copy-2.md', 'notes/GOH-9.md', ...Array.from({ length: 9 }, (_, index) => `notes/GOH-7-copy-${index + 3}.md`),
    ]);
    const summary = listed[11]!;
    expect(isRepeatedProblems(summary)).toBe(true);
    expect(describeRepeatedProblems(summary as never)).toBe('… and 4989 more with the same problem as the ten above ("episode 7 is also in notes/GOH-7-copy-1.md")'
      + ' (notes/GOH-7-copy-12.md:5, notes/GOH-7-copy-13.md:5, notes/GOH-7-copy-14.md:5, …): the same fix applies to each.');
  });

  it('keeps different problems apart, and lists ten or fewer of a kind in full', () => {
    const problems = Array.from({ length: 10 }, (_, index) => duplicate(index + 2));
    expect(summariseRepeatedProblems(problems)).toEqual(problems);
    const differentFix = [...problems, { ...duplicate(12), fix: 'another fix.' }];
    expect(summariseRepeatedProblems(differentFix)).toEqual(differentFix);
  });

  it('is summarised by npm run check and by the build, which print the same list', async () => {
    const notes = mkdtempSync(join(tmpdir(), 'flood-'));
    try {
      for (let n = 1; n <= 25; n += 1) {
        writeFileSync(join(notes, `GOH-7-copy-${String(n).padStart(2, '0')}.md`), `---\nurl: https://youtu.be/AAAAAAAA${String(n).padStart(3, '0')}\ndate: 2024-01-${String(n).padStart(2, '0')}\n---\n# [[GOH 7 - Copy ${n}]]\n`);
      }
      const result = runScript('check.ts', [], { EPISODES_DIR: notes, EPISODE_URLS_FILE: join(notes, 'urls.json') });
      expect(result.status).toBe(1);
      // Twenty-five notes numbered 7 with different videos: two episodes cannot share the number their URL is made of.
      expect(result.stdout.match(/ {2}Fix: correct the number of the note that has it wrong/g)).toHaveLength(10);
      expect(result.stdout).toMatch(new RegExp(`… and 14 more with the same problem as the ten above \\("this note and ${notes}/GOH-7-copy-01\\.md are both numbered 7 but name different videos: two episodes cannot share the number their URL is made of, so neither is published"\\) \\(${notes}/GOH-7-copy-12\\.md:5, `));
      expect(result.stdout).toContain('24 errors.');

      // The build's loader stops with the same list.
      const loader = episodeNotesLoader({ folder: relative(process.cwd(), notes), parser: noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z')) });
      const entries = new Map<string, { id: string; digest?: string }>();
      const quiet = () => {};
      const context = {
        logger: { info: quiet, warn: quiet, error: quiet, debug: quiet },
        store: { get: (id: string) => entries.get(id), keys: () => [...entries.keys()], values: () => [...entries.values()], has: (id: string) => entries.has(id),
          delete: (id: string) => entries.delete(id), clear: () => entries.clear(), set: (entry: { id: string }) => entries.set(entry.id, entry) },
        generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
        parseData: async ({ data }: { data: unknown }) => data,
      } as unknown as LoaderContext;
      // The same registry as the check above (the sample's never published these notes).
      const registry = process.env.EPISODE_URLS_FILE;
      process.env.EPISODE_URLS_FILE = join(notes, 'urls.json');
      const stopped = await loader.load(context).then(() => '', (error: Error) => error.message).finally(() => {
        if (registry === undefined) delete process.env.EPISODE_URLS_FILE; else process.env.EPISODE_URLS_FILE = registry;
      });
      expect(stopped).toMatch(/^24 episode note\(s\) need fixing:/);
      expect(stopped.match(/ {2}Fix: correct the number of the note that has it wrong/g)).toHaveLength(10);
      expect(stopped).toContain('… and 14 more with the same problem as the ten above');
    } finally {
      rmSync(notes, { recursive: true, force: true });
    }
  });
});
