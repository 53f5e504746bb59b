import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../src/lib/workflow/import-plan.ts';
import { noteDigest } from '../../../src/lib/workflow/import-record.ts';
import { expandHome } from '../../../src/lib/workflow/cli.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

const GOH = 'projects/Grafana Office Hours';
const DATED = 'projects/Loki Community Calls/2025-08-12 Structured metadata.md';
const GOH_26 = `${GOH}/2024/GOH 26 - Continuous profiling.md`;
const GOH_10 = `${GOH}/2023/GOH 10 - Written on Windows.md`;
const GOH_9 = `${GOH}/2023/GOH 09 - Logs in context.md`;

// Each test runs the import several times; on a loaded 2-core machine one run can take over 10 s.
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
  const run = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts') });
  const files = () => readdirSync(notes).filter((name) => name.endsWith('.md')).sort();
  const record = () => (JSON.parse(readFileSync(join(notes, '.import-record.json'), 'utf8')) as { notes: Record<string, { file: string; sha256: string }> }).notes;
  const editVault = (path: string, edit: (text: string) => string) => writeFileSync(join(vault, path), edit(readFileSync(join(vault, path), 'utf8')));
  const snapshot = () => Object.fromEntries(readdirSync(notes).sort().map((name) => [name, statSync(join(notes, name)).mtimeMs]));

  it('records which vault note each file came from, with the digest of what it copied', () => {
    expect(run().status).toBe(0);
    expect(record()[DATED]).toEqual({ file: DATED, sha256: noteDigest(readFileSync(join(vault, DATED))) });
    expect(Object.keys(record())).toHaveLength(6);
  });

  it('follows a vault note renamed or moved, unchanged, without reporting it gone or publishing it twice', () => {
    expect(run().status).toBe(0);
    const moved = `${GOH}/GOH 10 - Written on Windows.md`;
    renameSync(join(vault, GOH_10), join(vault, moved));
    const result = run();
    expect(result.stdout).toMatch(new RegExp(`moved +${escape(moved)} +\\(was ${escape(GOH_10)}\\)`));
    expect(result.stdout).not.toContain('is gone');
    expect(record()[moved]!.file).toBe(moved);
    expect(existsSync(join(notes, GOH_10))).toBe(false);
  });

  it('retires the URL of an episode whose note --prune removes, and only that one; without --prune the URL stays', () => {
    const urls = join(work, 'episode-urls.json');
    const runWithUrls = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts'), EPISODE_URLS_FILE: urls });
    expect(runWithUrls().status).toBe(0);
    const registered = { 'grafana-office-hours#10': { key: '10', file: join(notes, GOH_10) }, 'grafana-office-hours#9': { key: '9', file: join(notes, GOH_9) } };
    writeFileSync(urls, JSON.stringify({ version: 1, episodes: registered }));
    const episodes = () => Object.keys((JSON.parse(readFileSync(urls, 'utf8')) as { episodes: Record<string, unknown> }).episodes).sort();
    rmSync(join(vault, GOH_10));
    expect(runWithUrls().status).toBe(0);
    expect(episodes()).toEqual(['grafana-office-hours#10', 'grafana-office-hours#9']);
    const pruned = runWithUrls('--prune');
    expect(pruned.stdout).toContain('the URLs of the removed notes\' episodes: /episodes/10/.');
    expect(episodes()).toEqual(['grafana-office-hours#9']);
  });

  it('reports a note whose vault note is gone and keeps it; --prune removes it', () => {
    expect(run().status).toBe(0);
    rmSync(join(vault, GOH_10));
    const kept = run();
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(new RegExp(`kept +${escape(GOH_10)} +its vault note ${escape(GOH_10)} is gone`));
    expect(kept.stdout).toContain(`${notes}/${GOH_10}  came from ${GOH_10}, which is no longer in the vault: it is still published.\n  Fix: `);
    expect(kept.stdout).toContain('--prune');
    expect(existsSync(join(notes, GOH_10))).toBe(true);

    const pruned = run('--prune');
    expect(pruned.stdout).toMatch(/removed +.*GOH 10 - Written on Windows\.md +its vault note .* is gone/);
    expect(existsSync(join(notes, GOH_10))).toBe(false);
    expect(Object.keys(record())).not.toContain(GOH_10);
    const before = snapshot();
    expect(run('--prune').stdout).toContain('0 added, 0 updated, 5 unchanged, 0 left out');
    expect(snapshot()).toEqual(before);
  });

  it('does not overwrite a note edited in the notes folder since the last import, says which, and --force replaces it', () => {
    expect(run().status).toBe(0);
    writeFileSync(join(notes, GOH_26), `${readFileSync(join(notes, GOH_26), 'utf8')}\n- A point added in the project\n`);
    editVault(GOH_26, (text) => text.replace('- How do you read a flame graph?', '- How do you read a flame graph?\n- Profiling Go services'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`kept +${escape(GOH_26)} +not overwritten, see below`));
    expect(result.stdout).toContain(`${notes}/${GOH_26}  was edited here since the last import, and ${vault}/${GOH_26} changed in the vault too: nothing was copied.`);
    expect(result.stdout).toMatch(/Fix: bring the edit made here into the vault note, then run import with --force/);
    expect(readFileSync(join(notes, GOH_26), 'utf8')).toContain('A point added in the project');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);

    const before = snapshot();
    expect(run().stdout).toContain('1 kept');
    expect(snapshot()).toEqual(before);

    expect(run('--force').stdout).toMatch(new RegExp(`updated +${escape(GOH_26)}`));
    expect(readFileSync(join(notes, GOH_26)).equals(readFileSync(join(vault, GOH_26)))).toBe(true);
  });

  it('keeps an edit made only in the notes folder, and says to make it in the vault too', () => {
    expect(run().status).toBe(0);
    writeFileSync(join(notes, GOH_9), 'edited here\n');
    const result = run();
    expect(result.stdout).toContain(`${notes}/${GOH_9}  was edited here since the last import, and ${vault}/${GOH_9} was not: the edit here is kept.`);
    expect(readFileSync(join(notes, GOH_9), 'utf8')).toBe('edited here\n');
  });

  it('does not overwrite a note written at the same path in the project (npm run new) with the vault\'s', () => {
    expect(run().status).toBe(0);
    const path = `${GOH}/GOH 30 - From the vault.md`;
    writeFileSync(join(notes, path), '# [[GOH 30 - Written with npm run new]]\n');
    writeFileSync(join(vault, path), '# [[GOH 30 - From the vault]]\n');
    const result = run();
    expect(result.stdout).toContain(`${notes}/${path}  was not written by an import`);
    expect(readFileSync(join(notes, path), 'utf8')).toContain('npm run new');
  });

  it('expands a quoted ~ in the vault path to the home folder', () => {
    const result = runScript('import.ts', ['~/vault'], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts'), HOME: work });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('6 added');
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('planning with a record', () => {
  const note = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });
  const importable = (...paths: string[]) => ({ importable: new Map(paths.map((path) => [path, 'episode' as const])), leftOut: [], notEpisodes: [] });
  const folderOf = (files: Record<string, string>) => ({ paths: Object.keys(files), bytesAt: (path: string) => (path in files ? Buffer.from(files[path]!) : undefined) });

  it('before any record, keeps a different note already at the vault note\'s path (it may hold edits), and records only what it copied', () => {
    const folder = folderOf({ 'a/GOH 1 - New.md': '# [[GOH 1 - Old]]\n', 'a/GOH 2 - Same.md': '# [[GOH 2 - Same]]\n' });
    const sources = [note('a/GOH 1 - New.md', '# [[GOH 1 - New]]\n'), note('a/GOH 2 - Same.md', '# [[GOH 2 - Same]]\n')];
    const plan = planImport(sources, importable('a/GOH 1 - New.md', 'a/GOH 2 - Same.md'), folder);
    expect(plan.copies).toMatchObject([{ action: 'kept', conflict: 'no record', target: 'a/GOH 1 - New.md' }, { action: 'unchanged', target: 'a/GOH 2 - Same.md' }]);
    expect(plan.record).toEqual({ 'a/GOH 2 - Same.md': { file: 'a/GOH 2 - Same.md', sha256: noteDigest(Buffer.from('# [[GOH 2 - Same]]\n')) } });
    expect(planImport(sources, importable('a/GOH 1 - New.md'), folder, { force: true }).copies).toMatchObject([{ action: 'update', target: 'a/GOH 1 - New.md' }]);
  });

  it('forgets a recorded note that was deleted from the notes folder by hand, without reporting it', () => {
    const plan = planImport([], importable(), folderOf({}), { record: { 'gone.md': { file: 'GOH-5.md', sha256: 'x' } } });
    expect(plan.orphans).toEqual([]);
    expect(plan.record).toEqual({});
  });

  it('copies nothing of a note the classification left out, and keeps its earlier copy', () => {
    const plan = planImport([note('a.md', 'new')], { importable: new Map(), leftOut: [{ source: 'a.md', problem: 'p', fix: 'f' }], notEpisodes: [] }, folderOf({ 'a.md': 'old' }), { record: { 'a.md': { file: 'a.md', sha256: noteDigest(Buffer.from('old')) } } });
    expect(plan.copies).toEqual([]);
    expect(plan.orphans).toEqual([]);
    expect(plan.record['a.md']).toEqual({ file: 'a.md', sha256: noteDigest(Buffer.from('old')) });
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

it('a record that cannot be read (cut short) is kept aside, and no note that may hold an edit is overwritten; following the message loses nothing', () => {
  const work = mkdtempSync(join(tmpdir(), 'import-record-broken-'));
  const vault = join(work, 'vault');
  const notes = join(work, 'episodes');
  const run = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts') });
  try {
    cpSync('tests/fixtures/vault', vault, { recursive: true });
    expect(run().status).toBe(0);
    const edited = `${readFileSync(join(notes, GOH_26), 'utf8')}\n- A point added in the project\n`;
    writeFileSync(join(notes, GOH_26), edited);
    writeFileSync(join(vault, GOH_10), `${readFileSync(join(vault, GOH_10), 'utf8')}\n- Changed in the vault\n`);
    const recordFile = join(notes, '.import-record.json');
    const broken = readFileSync(recordFile, 'utf8').slice(0, 200);
    writeFileSync(recordFile, broken);

    const result = run();
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    expect(result.status).toBe(0);
    expect(readFileSync(join(notes, GOH_26), 'utf8')).toBe(edited);
    expect(result.stdout).toMatch(/The import record could not be read: .*\.import-record\.json is not an import record \(.*\)\. It was kept as .*\.import-record\.json\.unreadable, and this import started a new one\./);
    expect(result.stdout).toContain(`Fix: if git has a good version of the record, put it back in place of the new one (\`git checkout -- ${recordFile}\`)`);
    expect(result.stdout).toContain(`${notes}/${GOH_26}  differs from ${vault}/${GOH_26}, and no import record says whether it was edited here: it is kept.`);
    expect(readFileSync(`${recordFile}.unreadable`, 'utf8')).toBe(broken);

    // The message's other way: bring the edit into the vault note, then --force. Nothing is lost.
    writeFileSync(join(vault, GOH_26), edited);
    const forced = run('--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(join(notes, GOH_26), 'utf8')).toBe(edited);
    expect(readFileSync(join(notes, GOH_10)).equals(readFileSync(join(vault, GOH_10)))).toBe(true);
    expect(run().stdout).toContain('0 added, 0 updated, 6 unchanged');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
