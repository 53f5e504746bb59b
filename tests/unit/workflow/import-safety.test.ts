import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linksOnPaths, writeFileAtomically } from '../../../src/lib/workflow/safe-files.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

// What `npm run import` must never do to the files of the project or of the computer: overwrite a
// transcript edited here, write half a note, or write through a symbolic link.
const GOH = 'projects/Grafana Office Hours';
const GOH_26 = `${GOH}/2024/GOH 26 - Continuous profiling.md`;
const GOH_9 = `${GOH}/2023/GOH 09 - Logs in context.md`;
const transcript = (videoId: string, words: string) => `# A title\nPublished on 2024-01-01T00:00:00Z\nURL: https://www.youtube.com/watch?v=${videoId}\nTranscript: ${words}\n`;

describe('writing a file', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'safe-files-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('writes the new bytes aside and renames them over the file: the old file is never cut short in place', () => {
    const file = join(work, 'notes', 'GOH 1.md');
    writeFileAtomically(file, 'first version\n');
    // A second name for the same bytes on disk: written in place, it would change too; replaced by a rename, it does not.
    linkSync(file, join(work, 'the old bytes'));
    writeFileAtomically(file, 'second version\n');
    expect(readFileSync(file, 'utf8')).toBe('second version\n');
    expect(readFileSync(join(work, 'the old bytes'), 'utf8')).toBe('first version\n');
    expect(readdirSync(join(work, 'notes'))).toEqual(['GOH 1.md']);
  });

  it('finds the symbolic links a path goes through, as a file or as a folder', () => {
    mkdirSync(join(work, 'notes/real'), { recursive: true });
    writeFileSync(join(work, 'outside.md'), 'not ours\n');
    symlinkSync(join(work, 'outside.md'), join(work, 'notes/real/linked.md'));
    symlinkSync(work, join(work, 'notes/linked-folder'));
    expect(linksOnPaths(join(work, 'notes'), ['real/linked.md', 'linked-folder/a/b.md', 'linked-folder/c.md', 'real/new.md', 'new/deeper.md'])).toEqual(['linked-folder', 'real/linked.md']);
  });
});

describe('npm run import and the files around it', () => {
  let work: string;
  let vault: string;
  let notes: string;
  let transcripts: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'import-safety-'));
    vault = join(work, 'vault');
    notes = join(work, 'episodes');
    transcripts = join(work, 'transcripts');
    cpSync('tests/fixtures/vault', vault, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));
  const run = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: transcripts });

  it('names transcript copies by their video: two vault files called x.md and a hand-written x.md all stay, and a second run changes nothing', () => {
    // GOH 26's video is pzNRvMQzrJ0 and GOH 09's AAAAAAAAAA9 (the fixture vault's notes).
    rmSync(join(vault, 'transcripts'), { recursive: true });
    mkdirSync(join(vault, 'transcripts/2024'), { recursive: true });
    mkdirSync(join(vault, 'transcripts/2023'), { recursive: true });
    writeFileSync(join(vault, 'transcripts/2024/x.md'), transcript('pzNRvMQzrJ0', 'about profiling'));
    writeFileSync(join(vault, 'transcripts/2023/x.md'), transcript('AAAAAAAAAA9', 'about logs'));
    mkdirSync(transcripts);
    writeFileSync(join(transcripts, 'x.md'), '# Notes typed up by hand, no video yet\n');
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('2 added, 0 updated, 0 unchanged.');
    expect(readdirSync(transcripts).sort()).toEqual(['AAAAAAAAAA9.md', 'pzNRvMQzrJ0.md', 'x.md']);
    expect(readFileSync(join(transcripts, 'x.md'), 'utf8')).toBe('# Notes typed up by hand, no video yet\n');
    expect(readFileSync(join(transcripts, 'pzNRvMQzrJ0.md'), 'utf8')).toContain('about profiling');
    expect(readFileSync(join(transcripts, 'AAAAAAAAAA9.md'), 'utf8')).toContain('about logs');
    expect(run().stdout).toContain('0 added, 0 updated, 2 unchanged.');
  });

  it('keeps a transcript edited in the project, says so, and replaces it only with --force', () => {
    expect(run().status).toBe(0);
    const copy = join(transcripts, 'pzNRvMQzrJ0.md');
    const edited = readFileSync(copy, 'utf8').replace('flame graphs', 'flame graphs (Ryan Perry, name spelt right)');
    writeFileSync(copy, edited);
    const vaultFile = join(vault, 'transcripts/2024-01-20T09:00:00Z-how-to-do-continuous-profiling-right-grafana-office-hours-26.md');
    writeFileSync(vaultFile, `${readFileSync(vaultFile, 'utf8')}a newer run of the script\n`);

    const kept = run();
    expect(kept.status).toBe(0);
    expect(readFileSync(copy, 'utf8')).toBe(edited);
    expect(kept.stdout).toContain('0 added, 0 updated, 0 unchanged, 1 kept.');
    expect(kept.stdout).toContain(`${transcripts}/pzNRvMQzrJ0.md: changed here since the last import (or written here by hand)`);
    expect(kept.stdout).toMatch(/Fix: if the vault's text is the one to keep, run import with --force/);
    expect(run().stdout).toContain('1 kept.');
    expect(readFileSync(copy, 'utf8')).toBe(edited);

    expect(run('--force').stdout).toContain('0 added, 1 updated, 0 unchanged.');
    expect(readFileSync(copy).equals(readFileSync(vaultFile))).toBe(true);
  });

  it('takes a note left half-written by a killed import (its bytes still whole, a stray file beside it) as unchanged', () => {
    expect(run().status).toBe(0);
    // What a kill during a write leaves now: the note as it was, and the bytes being written, aside.
    writeFileSync(join(notes, `${GOH}/2023/.GOH 09 - Logs in context.md.importing`), '');
    const again = run();
    expect(again.stdout).toContain('0 added, 0 updated, 6 unchanged, 0 left out');
    expect(readFileSync(join(notes, GOH_9)).equals(readFileSync(join(vault, GOH_9)))).toBe(true);
  });

  it('refuses to write through a symbolic link in the notes folder, and writes nothing at all', () => {
    const outside = join(work, 'outside.md');
    writeFileSync(outside, 'a file outside the project\n');
    mkdirSync(join(notes, `${GOH}/2024`), { recursive: true });
    symlinkSync(outside, join(notes, GOH_26));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toContain(`${notes}/${GOH_26} is a symbolic link: import would write through it into files outside the project, so it wrote nothing`);
    expect(result.stderr).toMatch(/Fix: replace each link with the file or folder it points to/);
    expect(readFileSync(outside, 'utf8')).toBe('a file outside the project\n');
    expect(existsSync(join(notes, GOH_9))).toBe(false);
    expect(existsSync(join(notes, '.import-record.json'))).toBe(false);

    // A linked folder is refused the same way.
    rmSync(join(notes, GOH_26));
    rmSync(join(notes, 'projects'), { recursive: true });
    mkdirSync(join(work, 'elsewhere'));
    symlinkSync(join(work, 'elsewhere'), join(notes, 'projects'));
    expect(run().stderr).toContain(`${notes}/projects is a symbolic link`);
    expect(readdirSync(join(work, 'elsewhere'))).toEqual([]);
  });

  it('reports the symbolic links in the shows\' folders and transcripts/ of the vault, which it does not follow', () => {
    writeFileSync(join(work, 'GOH 30 - Kept elsewhere.md'), '---\nurl: https://youtu.be/AAAAAAAAA30\ndate: 2024-03-01\n---\n# [[GOH 30 - Kept elsewhere]]\n');
    symlinkSync(join(work, 'GOH 30 - Kept elsewhere.md'), join(vault, GOH, 'GOH 30 - Kept elsewhere.md'));
    // A transcript of an imported episode's video (GOH 26's), linked into the vault's transcripts/, and a linked folder there.
    writeFileSync(join(work, 'linked transcript.md'), transcript('pzNRvMQzrJ0', 'linked words'));
    mkdirSync(join(vault, 'transcripts'), { recursive: true });
    symlinkSync(join(work, 'linked transcript.md'), join(vault, 'transcripts/linked transcript.md'));
    mkdirSync(join(work, 'more transcripts'));
    symlinkSync(join(work, 'more transcripts'), join(vault, 'transcripts/more'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/skipped +projects\/Grafana Office Hours\/GOH 30 - Kept elsewhere\.md +a symbolic link: not followed/);
    expect(result.stdout).toMatch(/skipped +transcripts\/linked transcript\.md +a symbolic link: not followed/);
    expect(result.stdout).toMatch(/skipped +transcripts\/more +a symbolic link: not followed/);
    expect(result.stdout).toContain('3 symbolic links in the shows\' folders and transcripts/ of the vault, not followed');
    expect(existsSync(join(notes, GOH, 'GOH 30 - Kept elsewhere.md'))).toBe(false);
    expect(readdirSync(transcripts, { recursive: true }).map(String).some((path) => readFileSync(join(transcripts, path), 'utf8').includes('linked words'))).toBe(false);
  });
});
