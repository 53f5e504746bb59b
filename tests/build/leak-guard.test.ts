import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

describe('a build whose output would leak withheld text', () => {
  it('fails, names the output file, the note and the text, and leaves no site behind', () => {
    const outDir = resolve(TEST_SITES_DIR, 'leaky');
    rmSync(outDir, { recursive: true, force: true });
    const result = buildSite(outDir, {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: 'tests/fixtures/leaky/episodes',
      GUESTS_DIR: 'tests/fixtures/leaky/guests',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Leak guard');
    expect(result.output).toContain('guests/lee-king/index.html');
    expect(result.output).toContain('tests/fixtures/leaky/episodes/GOH-07.md');
    expect(result.output).toContain('Ask Lee about the unreleased roadmap');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.rejected/index.html`)).toBe(true);
  });
});
