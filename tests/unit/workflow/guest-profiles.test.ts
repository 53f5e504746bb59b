import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuestProfilesError, guestProfilesLoader } from '../../../src/lib/collection/guests-loader.ts';
import { readGuestProfiles } from '../../../src/lib/collection/guests/profiles-folder.ts';
import { readGuestProfile } from '../../../src/lib/collection/guests/read-profile.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

const WITH_AVATAR = 'tests/fixtures/guests/with-avatar';
const noFiles = { avatarExists: () => false };
const problems = (text: string, avatarExists = () => false) => {
  const result = readGuestProfile(text, 'guests/jane-doe.yaml', { avatarExists });
  return result.ok ? [] : result.errors.map((error) => ({ line: error.line, problem: error.problem, fix: error.fix }));
};

describe('reading a guest profile', () => {
  it('accepts a full profile, and treats a property left empty as absent', () => {
    const result = readGuestProfile('name: Jane Doe\nrole:\ncompany: Example Corp\nlinks:\n  - label: Mail\n    url: mailto:jane@example.org\n', 'jane-doe.yaml', noFiles);
    expect(result).toMatchObject({ ok: true, data: { name: 'Jane Doe', company: 'Example Corp' } });
    expect(result.ok && 'role' in result.data).toBe(false);
  });

  it('points an unclosed quote at the line where it opens, not at the end of the file', () => {
    expect(problems('name: Jane Doe\nrole: Staff Engineer\nbio: "Runs the logging platform\nlinks:\n  - label: Website\n    url: https://jane.example.org\n')).toEqual([
      { line: 3, problem: 'the " quote opened on this line is never closed', fix: expect.stringContaining('end the value with "') },
    ]);
  });

  it('refuses link addresses that are not http(s) or mailto, each at its own line', () => {
    const found = problems('name: Jane\nlinks:\n  - label: Site\n    url: www.jane.example\n  - label: Trap\n    url: javascript:alert(1)\n  - label: Ok\n    url: https://jane.example.org\n');
    expect(found.map((problem) => [problem.line, problem.problem])).toEqual([
      [4, '`links[0].url` is not a web address (https://...) or a mailto: address'],
      [6, '`links[1].url` is not a web address (https://...) or a mailto: address'],
    ]);
    expect(found[0]!.fix).toContain('https://');
  });

  it('says which property is missing or of the wrong kind, and what it should hold', () => {
    expect(problems('role: Engineer\n')).toEqual([{ line: 1, problem: '`name` is missing', fix: expect.stringContaining('`name: Ryan Perry`') }]);
    expect(problems('name: Jane\nrole: 42\nlinks: https://jane.example.org\n').map((problem) => [problem.line, problem.problem])).toEqual([
      [2, '`role` should be text, not a number (42)'],
      [3, '`links` should be a list (lines starting with "- "), not the text "https://jane.example.org"'],
    ]);
  });

  it('explains a value with a colon in it, and a property given twice', () => {
    expect(problems('name: Jane\nbio: Works at: Example Corp\n')).toEqual([
      { line: 2, problem: expect.stringContaining('its value contains ": "'), fix: expect.stringContaining('put the value in quotes') },
    ]);
    expect(problems('name: Jane\nname: Jane Doe\n')).toMatchObject([{ line: 2, problem: 'this property is given twice' }]);
  });

  it('reads a profile written as a markdown note: properties as frontmatter, the text as the bio', () => {
    const result = readGuestProfile('---\nname: Priya Natarajan\nrole: Tracing Lead\n---\n\nBuilds **tracing** pipelines and keeps the\n[TraceQL cookbook](https://example.org).\n\nLives in Pune.\n', 'guests/priya.md', noFiles);
    expect(result).toMatchObject({ ok: true, data: { name: 'Priya Natarajan', role: 'Tracing Lead', bio: 'Builds tracing pipelines and keeps the TraceQL cookbook. Lives in Pune.' } });
    const problem = readGuestProfile('---\nname: Priya\nrole: 42\n---\nBio.\n', 'guests/priya.md', noFiles);
    expect(problem.ok ? [] : problem.errors.map((error) => [error.line, error.problem])).toEqual([[3, '`role` should be text, not a number (42)']]);
    const noProperties = readGuestProfile('Priya builds tracing pipelines.\n', 'guests/priya.md', noFiles);
    expect(noProperties.ok ? [] : noProperties.errors.map((error) => [error.line, error.problem])).toEqual([[1, 'a markdown profile starts with its properties between two `---` lines']]);
  });

  it('wants the avatar as an image file next to the profile', () => {
    expect(problems('name: Jane\navatar: ./jane.png\n', () => true)).toEqual([]);
    expect(problems('name: Jane\navatar: ./jane.png\n')).toMatchObject([{ line: 2, problem: '`avatar` names "./jane.png", which is not there' }]);
    expect(problems('name: Jane\navatar: https://example.org/jane.png\n', () => true)[0]!.problem).toContain('is a web address');
    expect(problems('name: Jane\navatar: ./jane.pdf\n', () => true)[0]!.problem).toContain('is not an image file');
  });

  it('refuses an SVG avatar, and a file named like a photo whose bytes are not one, at the avatar\'s line, with the fix', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const read = (text: string, bytes: Uint8Array) => {
      const result = readGuestProfile(text, 'guests/bob.yaml', { avatarExists: () => true, avatarBytes: () => bytes });
      return result.ok ? [] : result.errors.map((error) => ({ line: error.line, problem: error.problem, fix: error.fix }));
    };
    expect(read('name: Bob\nrole: Engineer\navatar: ./bob.svg\n', svg)).toEqual([{
      line: 3,
      problem: '`avatar` "./bob.svg" is an SVG: it can hold script, which would run on the site when the file is opened, so avatars are photos only (convert it to PNG or JPEG)',
      fix: '`avatar` is a photo file next to this profile (jpg, png, webp, avif, gif or tiff; not svg, which can hold script), e.g. `avatar: ./ryan-perry.jpg`.',
    }]);
    expect(read('name: Bob\navatar: ./bob.SVG\n', svg)[0]!.problem).toContain('is an SVG');
    expect(read('name: Bob\navatar: ./bob.png\n', svg)).toMatchObject([{ line: 2, problem: '`avatar` "./bob.png" is not a photo: its bytes are not JPEG, PNG, WebP, AVIF, GIF or TIFF, whatever its name says (an SVG or a web page would run script on the site)' }]);
    expect(read('name: Bob\navatar: ./bob.png\n', png)).toEqual([]);
  });
});

describe('a folder of guest profiles', () => {
  it('gives each profile the id Astro\'s glob() loader gave it, and finds its avatar', () => {
    const { profiles, errors, ids } = readGuestProfiles(WITH_AVATAR);
    expect(errors).toEqual([]);
    expect(ids).toEqual(['jane-doe']);
    expect(profiles[0]).toMatchObject({ id: 'jane-doe', file: `${WITH_AVATAR}/jane-doe.yaml`, avatarPath: expect.stringMatching(/with-avatar\/jane-doe\.png$/) });
  });
});

/** Enough of Astro's loader context: a store that keeps an entry set again with the same digest, and a recording parseData. */
function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string; digest?: string }>();
  const parsed: { id: string; filePath?: string }[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (value: string) => createHash('sha256').update(value).digest('hex'),
    parseData: async ({ id, data, filePath }: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      parsed.push({ id, filePath });
      return data;
    },
    store: {
      get: (id: string) => entries.get(id),
      keys: () => [...entries.keys()],
      delete: (id: string) => { entries.delete(id); },
      set: (entry: { id: string; data: Record<string, unknown>; filePath?: string; digest?: string }) => {
        if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
        entries.set(entry.id, entry);
        return true;
      },
    },
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

describe('the guests loader', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'guests-loader-'));
    cpSync(WITH_AVATAR, join(root, 'guests'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const load = (context: LoaderContext) => guestProfilesLoader({ folder: 'guests' }).load(context);

  it('stores each profile as glob() does: parsed with the file\'s absolute path (for the avatar), stored with its project path', async () => {
    const { context, entries, parsed } = fakeContext(root);
    await load(context);
    expect(parsed).toEqual([{ id: 'jane-doe', filePath: join(root, 'guests/jane-doe.yaml') }]);
    expect(entries.get('jane-doe')).toMatchObject({ filePath: 'guests/jane-doe.yaml', data: { name: 'Jane Doe', avatar: './jane-doe.png' } });
  });

  it('parses again only a changed profile or a replaced photo, and forgets a deleted one', async () => {
    const { context, entries, parsed } = fakeContext(root);
    await load(context);
    await load(context);
    expect(parsed).toHaveLength(1);
    // Another photo: a PNG's signature, other bytes after it.
    writeFileSync(join(root, 'guests/jane-doe.png'), Buffer.concat([readFileSync(join(root, 'guests/jane-doe.png')).subarray(0, 8), Buffer.from('another photo')]));
    await load(context);
    expect(parsed).toHaveLength(2);
    rmSync(join(root, 'guests/jane-doe.yaml'));
    await load(context);
    expect([...entries.keys()]).toEqual([]);
  });

  it('stops on a bad profile with every problem as file:line and fix, no stack trace, and the store untouched', async () => {
    const { context, entries } = fakeContext(root);
    await load(context);
    writeFileSync(join(root, 'guests/jane-doe.yaml'), 'name: Jane Doe\nbio: "unclosed\n');
    writeFileSync(join(root, 'guests/sam.yaml'), 'name: Sam\nlinks:\n  - label: Site\n    url: sam.example\n');
    const error = await load(context).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GuestProfilesError);
    const { message, stack } = error as GuestProfilesError;
    expect(message).toContain('guests/jane-doe.yaml:2: the " quote opened on this line is never closed\n  Fix: ');
    expect(message).toContain('guests/sam.yaml:4: `links[0].url` is not a web address');
    expect(stack).toBe('');
    expect(entries.get('jane-doe')?.data.bio).toBe('Runs the logging platform at Example Corp: LogQL, retention and cost.');
  });
});

describe('npm run check on guest profiles', () => {
  let guests: string;
  beforeEach(() => {
    guests = mkdtempSync(join(tmpdir(), 'check-guests-'));
    writeFileSync(join(guests, 'jane-doe.yaml'), 'name: Jane Doe\nrole: Staff Engineer\nbio: "Runs the logging platform\n');
    writeFileSync(join(guests, 'sam-rivera.yaml'), 'name: Sam Rivera\nlinks:\n  - label: Site\n    url: www.sam.example\n');
  });
  afterEach(() => rmSync(guests, { recursive: true, force: true }));

  it('fails on a broken profile, naming file, line, problem and fix, without a stack trace', () => {
    const result = runScript('check.ts', [], { EPISODES_DIR: 'tests/fixtures/archive/episodes', GUESTS_DIR: guests });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${guests}/jane-doe.yaml:3  the " quote opened on this line is never closed\n  Fix: `);
    expect(result.stdout).toContain(`${guests}/sam-rivera.yaml:4  \`links[0].url\` is not a web address (https://...) or a mailto: address\n  Fix: `);
    expect(result.stdout).toContain('2 errors: the build stops until they are fixed');
    expect(result.stdout).toMatch(/17 notes and 2 guest profiles checked: .*, 2 errors\.$/m);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('fails on an SVG avatar, as the build does', () => {
    writeFileSync(join(guests, 'jane-doe.yaml'), 'name: Jane Doe\navatar: ./jane-doe.svg\n');
    writeFileSync(join(guests, 'jane-doe.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
    rmSync(join(guests, 'sam-rivera.yaml'));
    const result = runScript('check.ts', [], { EPISODES_DIR: 'tests/fixtures/archive/episodes', GUESTS_DIR: guests });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${guests}/jane-doe.yaml:2  \`avatar\` "./jane-doe.svg" is an SVG: it can hold script`);
    expect(result.stdout).toMatch(/jane-doe\.yaml:2 [^\n]*\n {2}Fix: `avatar` is a photo file next to this profile/);
  });

  it('does not call a guest whose profile is broken a guest without a profile', () => {
    const result = runScript('check.ts', [], { EPISODES_DIR: 'tests/fixtures/archive/episodes', GUESTS_DIR: guests });
    expect(result.stdout).toContain('guests     Jane Doe (from `Guest::` line 8)\n             Sam Rivera (from `Guest::` line 8)\n');
  });
});
