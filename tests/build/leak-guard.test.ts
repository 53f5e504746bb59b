import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

const NOTE = 'tests/fixtures/leaky/episodes/GOH-07.md';

describe('a build whose output would leak withheld text', () => {
  const outDir = resolve(TEST_SITES_DIR, 'leaky');
  let result: { status: number; output: string };
  /** The leak guard's report line for a file, if it names the note and the withheld text. */
  const reported = (file: string, withheld: string) => result.output.split('\n').find((line) =>
    line.startsWith(`  - ${file} contains text withheld from ${NOTE}`) && line.includes(withheld));

  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    result = buildSite(outDir, {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: 'tests/fixtures/leaky/episodes',
      GUESTS_DIR: 'tests/fixtures/leaky/guests',
    });
  }, 300_000);

  it('fails, names the output file, the note and the text, and leaves no site behind', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Leak guard');
    expect(reported('guests/lee-king/index.html', 'Ask Lee about the unreleased roadmap before the stream starts')).toBeDefined();
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.rejected/index.html`)).toBe(true);
  });

  it('finds a withheld text that is only in an attribute (a photo\'s alt text)', () => {
    expect(reported('guests/sam-okafor/index.html', 'Send Sam the Streamyard studio link for the private rehearsal')).toBeDefined();
  });

  it('finds part of a withheld paragraph: its first sentence alone', () => {
    const line = reported('guests/mia-ortiz/index.html', 'Lee mentioned the Nightingale migration is slipping to March. Do not bring it up on stream.');
    expect(line).toMatch(/\(found: "[a-z ]+"\)$/);
  });
});
