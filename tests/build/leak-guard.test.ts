import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pagefindText } from '../../src/lib/leak-guard/pagefind-text.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAfresh } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

const NOTE = 'tests/fixtures/leaky/episodes/GOH-07.md';

describe('a build whose output would leak withheld text', () => {
  const outDir = resolve(TEST_SITES_DIR, 'leaky');
  let result: { status: number; output: string };
  /** The leak guard's report line for a file, if it names the note and the withheld text. */
  const reported = (file: string, withheld: string) => result.output.split('\n').find((line) =>
    line.startsWith(`  - ${file} contains text withheld from ${NOTE}`) && line.includes(withheld));

  beforeAll(() => {
    result = buildSiteAfresh(outDir, {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: 'tests/fixtures/leaky/episodes',
      GUESTS_DIR: 'tests/fixtures/leaky/guests',
      // The archive's config plus a page whose component prints the notes' raw text (a planted bug).
    }, ['--config', 'tests/fixtures/leaky/astro.config.mjs']);
  });

  it('fails, names the output file, the note and the text, and leaves no site behind', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Leak guard');
    expect(reported('guests/lee-king/index.html', 'Ask Lee about the unreleased roadmap before the stream starts')).toBeDefined();
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.rejected/index.html`)).toBe(true);
  });

  it('names the guest profile whose bio holds a checklist sentence, on its page and on the episode page', () => {
    for (const page of ['guests/lee-king/index.html', 'episodes/7/index.html']) {
      expect(reported(page, 'Ask Lee about the unreleased roadmap')).toMatch(/the same words are written in tests\/fixtures\/leaky\/guests\/lee-king\.yaml$/);
    }
    expect(result.output).toContain('Fix: remove the withheld text from ');
  });

  it('names the hand-written .mdx page that holds a checklist sentence', () => {
    // The note's checklist holds a sentence of the about page, word for word: as if it had been pasted there.
    expect(readFileSync('src/pages/about.mdx', 'utf8')).toContain('The archive sets no cookies and runs no analytics.');
    expect(reported('about/index.html', 'the archive sets no cookies and runs no analytics'))
      .toMatch(/\(found: "[a-z ]+"\); the same words are written in src\/pages\/about\.mdx$/);
  });

  it('finds a withheld text that is only in an attribute (a photo\'s alt text)', () => {
    expect(reported('guests/sam-okafor/index.html', 'Send Sam the Streamyard studio link for the private rehearsal')).toBeDefined();
  });

  it('finds part of a withheld paragraph: its first sentence alone', () => {
    const line = reported('guests/mia-ortiz/index.html', 'Lee mentioned the Nightingale migration is slipping to March. Do not bring it up on stream.');
    expect(line).toMatch(/\(found: "[a-z ]+"\); the same words/);
  });

  it('finds what a page component prints of a note\'s withheld text, on the page and in the search index, as a bug of the archive', () => {
    const secret = 'Keep the pricing change for the Quasar plan to ourselves until the launch';
    // Written in no hand-written file: no source is named, and the message says it is the archive's bug.
    expect(reported('episodes/excerpts/index.html', secret)).toMatch(/\(found: "[a-z ]+"\)$/);
    const fragments = result.output.split('\n').filter((line) => /^ {2}- pagefind\/fragment\/[^ ]+\.pf_fragment contains/.test(line) && line.includes(secret));
    expect(fragments).toHaveLength(1);
    expect(result.output).toContain('Fix: where no file is named, this is a bug in the archive');
  });
});

/** The notes of the guard-clean fixture: they withhold text the archive also publishes. */
const GUARD_CLEAN_NOTES = {
  ARCHIVE_NOW: '2026-11-24T00:00:00Z',
  EPISODES_DIR: 'tests/fixtures/guard-clean/projects',
  GUESTS_DIR: 'tests/fixtures/guard-clean/guests',
};

describe('a build whose notes withhold text the archive also publishes', () => {
  const outDir = resolve(TEST_SITES_DIR, 'guard-clean');
  let result: { status: number; output: string };

  beforeAll(() => {
    result = buildSiteAfresh(outDir, { ...GUARD_CLEAN_NOTES, EPISODE_URLS_FILE: resolve(TEST_SITES_DIR, 'guard-clean-episode-urls.json') });
  });

  it('builds with no finding', () => {
    expect(result.output).not.toContain('Leak guard: the built site contains internal text');
    expect(result.output).toMatch(/No withheld text in the output: \d+ withheld texts/);
    expect(result.status).toBe(0);
  });

  /** The text of a built file. */
  const built = (path: string) => readFileSync(resolve(outDir, path), 'utf8');

  // Each kind of false alarm is only tested if the site really writes what a checklist also holds.
  it('publishes what the checklists also hold: the episode\'s own video link, another note\'s link, the same note\'s link, chapters side by side', () => {
    // (1) CCG 009's checklist holds its video's address, which its page links to.
    expect(built('episodes/cafe-con-grafana/2024-02-01-pruebas-de-carga-en-la-nube/index.html')).toContain('https://www.youtube.com/watch?v=Kx7pQ2mN9aB');
    // (2) CCG 010 (a draft) lists in its checklist the link GOH 41 publishes in its talking points.
    expect(built('episodes/41/index.html')).toContain('https://youtu.be/Qw3rT5yU7iO');
    // (3) GOH 42's Contacts section (not public) lists a link its talking points publish, and its guest's GitHub, which the guest's profile publishes.
    expect(built('episodes/42/index.html')).toContain('Getting started with Pyroscope (video): <a href="https://www.youtube.com/watch?v=Fr5gH7jK2lM">');
    expect(built('guests/tomas-okafor/index.html')).toContain('https://github.com/tomas-okafor-dev');
    // (4) GOH 42's after-show checklist lists two chapters, which the search index writes side by side, in one text.
    const fragments = readdirSync(resolve(outDir, 'pagefind/fragment')).map((file) => pagefindText(readFileSync(resolve(outDir, 'pagefind/fragment', file))));
    expect(fragments.some((text) => text.includes('0:00 Introductions. 6:30 What is continuous profiling?'))).toBe(true);
  });
});

// A guard that would check a page against none of what its note withholds stops the build instead: each
// case's config breaks the hand-over from the loaders another way, and the build says how, with the fix.
const guardsWithoutARecord: { build: string; site: string; fails: string; says: (string | RegExp)[] }[] = [
  {
    build: 'a build whose leak guard has no record of the notes it is set to check',
    site: 'guard-unrecorded',
    fails: 'fails closed: says which notes were loaded and which the guard was set to check, with the fix, and leaves no site behind',
    says: [
      /Leak guard: the episodes were loaded from \S*tests\/fixtures\/guard-clean\/projects, but the guard is set to check the notes of \S*tests\/fixtures\/guard-unrecorded\/notes/,
      'Fix: give leakGuard() the folder the episodes loader reads',
    ],
  },
  {
    build: 'a build whose pages came from a note the loader left no record of',
    site: 'guard-uncovered',
    fails: 'stops the build, naming the note and the fix, rather than check its page against none of what it withholds',
    says: [
      'Leak guard: 1 episode page(s) were rendered from notes the episodes loader recorded nothing withheld for',
      "tests/fixtures/guard-clean/projects/Grafana Office Hours/GOH 42 - Continuous profiling in production.md: published, but the loader's record has no entry for it",
      'Fix: build again with --force',
    ],
  },
];

for (const { build, site, fails, says } of guardsWithoutARecord) {
  describe(build, () => {
    const outDir = resolve(TEST_SITES_DIR, site);
    let result: { status: number; output: string };

    beforeAll(() => {
      result = buildSiteAfresh(outDir, GUARD_CLEAN_NOTES, ['--config', `tests/fixtures/${site}/astro.config.mjs`]);
    });

    it(fails, () => {
      expect(result.status).not.toBe(0);
      for (const said of says) expect(result.output).toMatch(said); // a string: contained as it is
      expect(result.output).not.toContain('No withheld text in the output');
      expect(existsSync(outDir)).toBe(false);
      expect(existsSync(`${outDir}.rejected/index.html`)).toBe(true);
    });
  });
}
