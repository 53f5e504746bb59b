import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/lib/workflow/import-plan.ts';
import { noteDigest } from '../../../src/lib/workflow/import-record.ts';
import { recogniseEpisodeNote } from '../../../src/lib/workflow/recognise-episode-note.ts';
import { expandHome } from '../../../src/lib/workflow/cli.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

const DATED = 'Community calls/2025-08-12 Structured metadata.md';
const GOH_26 = 'Episodes/2024/GOH 26 - Continuous profiling.md';
const GOH_10 = 'Episodes/2023/GOH 10 - Written on Windows.md';

describe('npm run import with its record', () => {
  let work: string;
  let vault: string;
  let notes: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'import-record-'));
    vault = join(work, 'vault');
    notes = join(work, 'episodes');
    cpSync('tests/fixtures/vault', vault, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));
  const run = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes });
  const files = () => readdirSync(notes).filter((name) => name.endsWith('.md')).sort();
  const record = () => (JSON.parse(readFileSync(join(notes, '.import-record.json'), 'utf8')) as { notes: Record<string, { file: string; sha256: string }> }).notes;
  const editVault = (path: string, edit: (text: string) => string) => writeFileSync(join(vault, path), edit(readFileSync(join(vault, path), 'utf8')));
  const snapshot = () => Object.fromEntries(readdirSync(notes).sort().map((name) => [name, statSync(join(notes, name)).mtimeMs]));

  it('records which vault note each file came from, with the digest of what it copied', () => {
    expect(run().status).toBe(0);
    expect(record()[DATED]).toEqual({ file: 'loki-community-call-2025-08-12.md', sha256: noteDigest(readFileSync(join(vault, DATED))) });
    expect(Object.keys(record())).toHaveLength(5);
  });

  it('moves a rescheduled dated episode to its new date instead of publishing it twice, and says so', () => {
    expect(run().status).toBe(0);
    editVault(DATED, (text) => text.replaceAll('2025-08-12', '2025-08-19'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/moved +loki-community-call-2025-08-19\.md +← Community calls\/2025-08-12 Structured metadata\.md \(was loki-community-call-2025-08-12\.md, Loki Community Call 2025-08-12\)/);
    expect(result.stdout).toContain('0 added, 0 updated, 1 moved, 4 unchanged');
    expect(files()).toContain('loki-community-call-2025-08-19.md');
    expect(files()).not.toContain('loki-community-call-2025-08-12.md');
    expect(record()[DATED]!.file).toBe('loki-community-call-2025-08-19.md');
  });

  it('moves a renumbered episode, also when the vault note was renamed with it', () => {
    expect(run().status).toBe(0);
    editVault(GOH_26, (text) => text.replace('GOH 26 -', 'GOH 28 -'));
    renameSync(join(vault, GOH_26), join(vault, 'Episodes/2024/GOH 28 - Continuous profiling.md'));
    const result = run();
    expect(result.stdout).toMatch(/moved +GOH-28\.md +← Episodes\/2024\/GOH 28 - Continuous profiling\.md \(was GOH-26\.md, GOH 26\)/);
    expect(files()).toEqual(['GOH-10.md', 'GOH-27.md', 'GOH-28.md', 'GOH-9.md', 'loki-community-call-2025-08-12.md']);
    expect(Object.keys(record())).toContain('Episodes/2024/GOH 28 - Continuous profiling.md');
    expect(Object.keys(record())).not.toContain(GOH_26);
  });

  it('follows a vault note moved to another folder, unchanged, without reporting it gone', () => {
    expect(run().status).toBe(0);
    renameSync(join(vault, GOH_10), join(vault, 'Episodes/GOH 10 - Written on Windows.md'));
    const result = run();
    expect(result.stdout).toContain('0 added, 0 updated, 5 unchanged');
    expect(result.stdout).not.toContain('is gone');
    expect(record()['Episodes/GOH 10 - Written on Windows.md']!.file).toBe('GOH-10.md');
  });

  it('reports a note whose vault note is gone and keeps it; --prune removes it', () => {
    expect(run().status).toBe(0);
    rmSync(join(vault, GOH_10));
    const kept = run();
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/kept +GOH-10\.md +its vault note Episodes\/2023\/GOH 10 - Written on Windows\.md is gone/);
    expect(kept.stdout).toContain(`${notes}/GOH-10.md  came from ${GOH_10}, which is no longer in the vault: it is still published.\n  Fix: `);
    expect(kept.stdout).toContain('--prune');
    expect(files()).toContain('GOH-10.md');

    const pruned = run('--prune');
    expect(pruned.stdout).toMatch(/removed +GOH-10\.md +its vault note .* is gone/);
    expect(files()).not.toContain('GOH-10.md');
    expect(Object.keys(record())).not.toContain(GOH_10);
    const before = snapshot();
    expect(run('--prune').stdout).toContain('0 added, 0 updated, 4 unchanged, 8 skipped.');
    expect(snapshot()).toEqual(before);
  });

  it('does not overwrite a note edited in the notes folder since the last import, says which, and --force replaces it', () => {
    expect(run().status).toBe(0);
    writeFileSync(join(notes, 'GOH-26.md'), `${readFileSync(join(notes, 'GOH-26.md'), 'utf8')}\n- A point added in the project\n`);
    editVault(GOH_26, (text) => text.replace('- How do you read a flame graph?', '- How do you read a flame graph?\n- Profiling Go services'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/kept +GOH-26\.md +← Episodes\/2024\/GOH 26 - Continuous profiling\.md \(not overwritten, see below\)/);
    expect(result.stdout).toContain(`${notes}/GOH-26.md  was edited here since the last import, and ${vault}/${GOH_26} changed in the vault too: nothing was copied.`);
    expect(result.stdout).toMatch(/Fix: bring the edit made here into the vault note, then run import with --force/);
    expect(readFileSync(join(notes, 'GOH-26.md'), 'utf8')).toContain('A point added in the project');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);

    const before = snapshot();
    expect(run().stdout).toContain('1 kept');
    expect(snapshot()).toEqual(before);

    expect(run('--force').stdout).toMatch(/updated +GOH-26\.md/);
    expect(readFileSync(join(notes, 'GOH-26.md')).equals(readFileSync(join(vault, GOH_26)))).toBe(true);
  });

  it('keeps an edit made only in the notes folder, and says to make it in the vault too', () => {
    expect(run().status).toBe(0);
    writeFileSync(join(notes, 'GOH-9.md'), 'edited here\n');
    const result = run();
    expect(result.stdout).toContain(`${notes}/GOH-9.md  was edited here since the last import, and ${vault}/Episodes/2023/GOH 09 - Logs in context.md was not: the edit here is kept.`);
    expect(readFileSync(join(notes, 'GOH-9.md'), 'utf8')).toBe('edited here\n');
  });

  it('does not overwrite a note written in the project (npm run new) with a vault note of the same episode', () => {
    expect(run().status).toBe(0);
    writeFileSync(join(notes, 'GOH-30.md'), '# [[GOH 30 - Written with npm run new]]\n');
    writeFileSync(join(vault, 'Episodes/GOH 30 - From the vault.md'), '# [[GOH 30 - From the vault]]\n');
    const result = run();
    expect(result.stdout).toContain(`${notes}/GOH-30.md  holds GOH 30 but was not imported`);
    expect(readFileSync(join(notes, 'GOH-30.md'), 'utf8')).toContain('npm run new');
  });

  it('expands a quoted ~ in the vault path to the home folder', () => {
    const result = runScript('import.ts', ['~/vault'], { EPISODES_DIR: notes, HOME: work });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 added');
  });
});

describe('planning with a record', () => {
  const options = siteConfig;
  const note = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });
  const target = (path: string, text: string) => {
    const episode = recogniseEpisodeNote(text, options);
    if (episode.kind !== 'episode') throw new Error(`${path} must be an episode note`);
    return { path, episode, bytes: Buffer.from(text) };
  };

  it('lets two renumbered episodes swap files in one import', () => {
    const a = '# [[GOH 1 - A]]\n';
    const b = '# [[GOH 2 - B]]\n';
    const record = { 'a.md': { file: 'GOH-1.md', sha256: noteDigest(Buffer.from(a)) }, 'b.md': { file: 'GOH-2.md', sha256: noteDigest(Buffer.from(b)) } };
    const folder = { episodes: [target('GOH-1.md', a), target('GOH-2.md', b)], paths: ['GOH-1.md', 'GOH-2.md'] };
    const plan = planImport([note('a.md', '# [[GOH 2 - A]]\n'), note('b.md', '# [[GOH 1 - B]]\n')], folder, options, { record });
    expect(plan.errors).toEqual([]);
    expect(plan.copies.map((copy) => [copy.action, copy.from?.path, copy.target])).toEqual([['move', 'GOH-2.md', 'GOH-1.md'], ['move', 'GOH-1.md', 'GOH-2.md']]);
  });

  it('refuses to move a note onto another note that already holds the new episode', () => {
    const a = '# [[GOH 1 - A]]\n';
    const record = { 'a.md': { file: 'GOH-1.md', sha256: noteDigest(Buffer.from(a)) } };
    const folder = { episodes: [target('GOH-1.md', a), target('GOH-2.md', '# [[GOH 2 - Other]]\n')], paths: ['GOH-1.md', 'GOH-2.md'] };
    const plan = planImport([note('a.md', '# [[GOH 2 - A]]\n')], folder, options, { record });
    expect(plan.copies).toEqual([]);
    expect(plan.errors).toMatchObject([{ file: 'GOH-2.md', inNotesFolder: true, problem: expect.stringContaining('already holds GOH 2') }]);
  });

  it('before any record, updates the note that holds an episode, as imports always did, and starts the record', () => {
    const plan = planImport([note('a.md', '# [[GOH 1 - New]]\n')], { episodes: [target('old/GOH-01.md', '# [[GOH 1 - Old]]\n')], paths: ['old/GOH-01.md'] }, options);
    expect(plan.copies).toMatchObject([{ action: 'update', target: 'old/GOH-01.md' }]);
    expect(plan.record).toEqual({ 'a.md': { file: 'old/GOH-01.md', sha256: noteDigest(Buffer.from('# [[GOH 1 - New]]\n')) } });
  });

  it('forgets a recorded note that was deleted from the notes folder by hand, without reporting it', () => {
    const plan = planImport([], { episodes: [], paths: [] }, options, { record: { 'gone.md': { file: 'GOH-5.md', sha256: 'x' } } });
    expect(plan.orphans).toEqual([]);
    expect(plan.record).toEqual({});
  });
});

describe('expanding ~', () => {
  it('expands ~ and ~/ only', () => {
    expect(expandHome('~', '/home/nicole')).toBe('/home/nicole');
    expect(expandHome('~/Notes/My vault', '/home/nicole')).toBe('/home/nicole/Notes/My vault');
    expect(expandHome('~nicole/Notes', '/home/nicole')).toBe('~nicole/Notes');
    expect(expandHome('/srv/vault', '/home/nicole')).toBe('/srv/vault');
  });
});

it('a record that is not JSON stops the import with how to recover', () => {
  const work = mkdtempSync(join(tmpdir(), 'import-record-broken-'));
  try {
    cpSync('tests/fixtures/vault', join(work, 'vault'), { recursive: true });
    cpSync('tests/fixtures/vault/Episodes/2023', join(work, 'episodes'), { recursive: true });
    writeFileSync(join(work, 'episodes', '.import-record.json'), '{ "notes": ');
    const result = runScript('import.ts', [join(work, 'vault')], { EPISODES_DIR: join(work, 'episodes') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: .*\.import-record\.json is not an import record .*\n {2}Fix: restore it from git/);
    expect(existsSync(join(work, 'episodes', 'GOH-26.md'))).toBe(false);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
