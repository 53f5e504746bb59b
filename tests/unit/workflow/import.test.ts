import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/lib/workflow/import-plan.ts';
import { recogniseEpisodeNote } from '../../../src/lib/workflow/recognise-episode-note.ts';
import { readVault } from '../../../src/lib/workflow/vault-files.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

const FIXTURE_VAULT = 'tests/fixtures/vault';
// Which vault note becomes which file of the notes folder.
const EXPECTED = {
  'GOH-9.md': 'Episodes/2023/GOH 09 - Logs in context.md',
  'GOH-10.md': 'Episodes/2023/GOH 10 - Written on Windows.md',
  'GOH-26.md': 'Episodes/2024/GOH 26 - Continuous profiling.md',
  'GOH-27.md': 'Episodes/Tracing deep dive.md',
  'loki-community-call-2025-08-12.md': 'Community calls/2025-08-12 Structured metadata.md',
};

describe('reading a vault', () => {
  it('reads markdown notes in every subfolder, and leaves out Obsidian\'s folders, templates, attachments and other files', () => {
    const vault = readVault(FIXTURE_VAULT);
    expect(vault.notes.map((note) => note.path)).toEqual([
      'Community calls/2025-08-12 Structured metadata.md',
      'Daily/2024-01-19.md',
      'Episodes/2023/GOH 09 - Logs in context.md',
      'Episodes/2023/GOH 10 - Written on Windows.md',
      'Episodes/2024/GOH 26 - Continuous profiling.md',
      'Episodes/Tracing deep dive.md',
      'Ideas for GOH.md',
      'People/Jane Doe.md',
    ]);
    expect(vault.skipped).toEqual([
      { path: '_templates/', reason: 'template folder' },
      { path: '.obsidian/', reason: 'Obsidian\'s settings' },
      { path: '.trash/', reason: 'Obsidian\'s trash' },
      { path: 'attachments/', reason: 'attachments' },
      { path: 'Boards/Planning.canvas', reason: 'a canvas, not a note' },
    ]);
  });
});

describe('planning an import', () => {
  const vault = readVault(FIXTURE_VAULT);
  const empty = { episodes: [], paths: [] };

  it('adds each episode note under a stable name and skips the others with the reason', () => {
    const plan = planImport(vault.notes, empty, siteConfig);
    expect(plan.errors).toEqual([]);
    expect(Object.fromEntries(plan.copies.map((copy) => [copy.target, [copy.action, copy.source]]))).toEqual(
      Object.fromEntries(Object.entries(EXPECTED).map(([target, source]) => [target, ['add', source]])),
    );
    expect(plan.skips.map((skip) => skip.source)).toEqual(['Daily/2024-01-19.md', 'Ideas for GOH.md', 'People/Jane Doe.md']);
    expect(plan.skips.filter((skip) => !skip.reason.startsWith('not an episode note'))).toEqual([{ source: 'Daily/2024-01-19.md', reason: expect.stringContaining('a date without a title') }]);
  });

  it('updates the existing note of an episode whatever its name, and never overwrites an unrelated file', () => {
    const source = vault.notes.find((note) => note.path === EXPECTED['GOH-9.md'])!;
    const existing = recogniseEpisodeNote('# [[GOH 09 - An older title]]\n', { seriesPrefix: 'GOH' });
    if (existing.kind !== 'episode') throw new Error('the old note must be recognised');
    const plan = planImport([source], { episodes: [{ path: 'old/GOH-09.md', episode: existing, bytes: Buffer.from('old') }], paths: ['old/GOH-09.md'] }, { seriesPrefix: 'GOH' });
    expect(plan.copies).toMatchObject([{ action: 'update', target: 'old/GOH-09.md' }]);

    const blocked = planImport([source], { episodes: [], paths: ['GOH-9.md'] }, { seriesPrefix: 'GOH' });
    expect(blocked.copies).toEqual([]);
    expect(blocked.errors).toMatchObject([{ file: 'GOH-9.md', inNotesFolder: true, problem: expect.stringContaining('not an episode note') }]);
  });
});

describe('importing from a vault of several shows', () => {
  const shows = [
    { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', defaultHosts: [] },
    { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', defaultHosts: [] },
  ];
  const dated = { path: 'Loki/2025-08-12 Structured metadata deep dive.md', bytes: Buffer.from('---\ndate: 2025-08-12\n---\n# [[2025-08-12 Structured metadata deep dive]]\n') };
  const daily = { path: 'Daily/2025-08-12.md', bytes: Buffer.from('# 2025-08-12\n\n- standup\n') };

  it('copies a dated note under a name from its show and date, so a later title edit updates the same file', () => {
    const plan = planImport([dated, daily], { episodes: [], paths: [] }, { seriesPrefix: 'GOH', shows });
    expect(plan.copies).toMatchObject([{ action: 'add', target: 'loki-community-call-2025-08-12.md', label: 'Loki Community Call 2025-08-12' }]);
    expect(plan.skips).toEqual([{ source: 'Daily/2025-08-12.md', reason: expect.stringContaining('a date without a title') }]);

    const renamed = { path: 'Loki/2025-08-12 A better title.md', bytes: Buffer.from('# [[2025-08-12 A better title]]\n') };
    const existing = recogniseEpisodeNote(dated.bytes.toString(), { seriesPrefix: 'GOH', shows });
    if (existing.kind !== 'episode') throw new Error('the dated note must be recognised');
    const again = planImport([renamed], { episodes: [{ path: 'loki-community-call-2025-08-12.md', episode: existing, bytes: dated.bytes }], paths: ['loki-community-call-2025-08-12.md'] }, { seriesPrefix: 'GOH', shows });
    expect(again.copies).toMatchObject([{ action: 'update', target: 'loki-community-call-2025-08-12.md' }]);
  });
});

describe('npm run import', () => {
  let work: string;
  let vault: string;
  let notes: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'import-'));
    vault = join(work, 'vault');
    notes = join(work, 'episodes');
    cpSync(FIXTURE_VAULT, vault, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));
  const run = () => runScript('import.ts', [vault], { EPISODES_DIR: notes });
  const snapshot = () => Object.fromEntries(readdirSync(notes).sort().map((name) => [name, statSync(join(notes, name)).mtimeMs]));

  it('copies exactly the episode notes, byte for byte, and reports what it skipped and why', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(readdirSync(notes).sort()).toEqual(['.import-record.json', ...Object.keys(EXPECTED).sort()]);
    for (const [target, source] of Object.entries(EXPECTED)) {
      expect(readFileSync(join(notes, target)).equals(readFileSync(join(vault, source))), target).toBe(true);
    }
    expect(result.stdout).toMatch(/added +GOH-9\.md +← Episodes\/2023\/GOH 09 - Logs in context\.md/);
    expect(result.stdout).toMatch(/skipped +\.trash\/ +Obsidian's trash/);
    expect(result.stdout).toMatch(/skipped +_templates\/ +template folder/);
    expect(result.stdout).toMatch(/skipped +attachments\/ +attachments/);
    expect(result.stdout).toMatch(/skipped +Daily\/2024-01-19\.md +its heading on line 1 is a date without a title/);
    expect(result.stdout).toContain('5 added, 0 updated, 0 unchanged, 8 skipped.');
  });

  it('changes nothing when run a second time', () => {
    expect(run().status).toBe(0);
    const before = snapshot();
    const second = run();
    expect(second.status).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(second.stdout).toContain('0 added, 0 updated, 5 unchanged, 8 skipped.');
    expect(second.stdout).not.toMatch(/^ +(added|updated) /m);
  });

  it('updates a note that changed in the vault, and only that one', () => {
    expect(run().status).toBe(0);
    const source = join(vault, EXPECTED['GOH-26.md']);
    writeFileSync(source, readFileSync(source, 'utf8').replace('- How do you read a flame graph?', '- How do you read a flame graph?\n- Profiling Go services'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/updated +GOH-26\.md/);
    expect(result.stdout).toContain('0 added, 1 updated, 4 unchanged');
    expect(readFileSync(join(notes, 'GOH-26.md'), 'utf8')).toContain('- Profiling Go services');
  });

  it('leaves the notes folder\'s own notes alone, and keeps an episode under the name it already has', () => {
    mkdirSync(notes);
    writeFileSync(join(notes, 'GOH-09.md'), '# [[GOH 9 - An older version]]\n');
    writeFileSync(join(notes, 'GOH-1.md'), '# [[GOH 1 - Not in the vault]]\n');
    expect(run().status).toBe(0);
    expect(readdirSync(notes).sort()).toEqual(['.import-record.json', 'GOH-09.md', 'GOH-1.md', 'GOH-10.md', 'GOH-26.md', 'GOH-27.md', 'loki-community-call-2025-08-12.md']);
    expect(readFileSync(join(notes, 'GOH-09.md')).equals(readFileSync(join(vault, EXPECTED['GOH-9.md'])))).toBe(true);
    expect(readFileSync(join(notes, 'GOH-1.md'), 'utf8')).toBe('# [[GOH 1 - Not in the vault]]\n');
  });

  it('refuses two vault notes for one episode, naming both, and copies nothing', () => {
    writeFileSync(join(vault, 'Daily', 'GOH 26 copy.md'), '\n# [[GOH 26 - Continuous profiling (copy)]]\n');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Nothing was imported');
    expect(result.stderr).toContain(`${vault}/Daily/GOH 26 copy.md:2  GOH 26 is also in Episodes/2024/GOH 26 - Continuous profiling.md`);
    expect(result.stderr).toContain('Fix: keep one note per episode');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(() => readdirSync(notes)).toThrow();
  });

  it('explains a missing vault folder without a stack trace', () => {
    const result = runScript('import.ts', [join(work, 'no-such-vault')], { EPISODES_DIR: notes });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: the vault folder .* does not exist.*\n {2}Fix: /);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
