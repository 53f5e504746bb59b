import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest } from '../../../src/lib/build/code-digest.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const base = {
  'astro.config.mjs': 'export default {}',
  'package-lock.json': '{"lockfileVersion":3}',
  'src/lib/feeds/rss-feed.ts': 'export const a = 1;',
  'src/i18n/es.ts': 'export const b = 2;',
  'src/content/episodes/GOH-01.md': '# GOH 01 - A title',
};

describe('the digest of a build\'s code', () => {
  it('is the same for the same code, wherever the project is', () => {
    expect(codeDigest(project(base))).toBe(codeDigest(project(base)));
  });

  it('changes with any file of code under src/, the config, the packages, or a file added or moved', () => {
    const digest = codeDigest(project(base));
    for (const [path, text] of [
      ['src/lib/feeds/rss-feed.ts', 'export const a = 2;'],
      ['src/i18n/es.ts', 'export const b = 3;'],
      ['astro.config.mjs', 'export default { site: "x" }'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
      ['src/lib/feeds/new.ts', ''],
    ] as const) {
      expect(codeDigest(project({ ...base, [path]: text })), path).not.toBe(digest);
    }
    const { 'src/i18n/es.ts': moved, ...rest } = base;
    expect(codeDigest(project({ ...rest, 'src/i18n/en.ts': moved }))).not.toBe(digest);
  });

  it('does not change with the notes under src/content', () => {
    expect(codeDigest(project({ ...base, 'src/content/episodes/GOH-01.md': '# GOH 01 - Another title' }))).toBe(codeDigest(project(base)));
  });
});
