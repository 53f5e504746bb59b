import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readShowFolders, readVault } from '../../../src/lib/workflow/vault-files.ts';
import { runScript, STACK_LINE } from '../../support/run-script.ts';

// The fixture vault is laid out as the team's is: one folder per show under projects/, other folders beside them.
// Expected paths and counts are written out by hand from the fixture's files.
const FIXTURE_VAULT = 'tests/fixtures/vault';
const GOH = 'projects/Grafana Office Hours';
const EPISODES = [
  `${GOH}/2023/GOH 09 - Logs in context.md`,
  `${GOH}/2023/GOH 10 - Written on Windows.md`,
  `${GOH}/2024/GOH 26 - Continuous profiling.md`,
  'projects/Loki Community Calls/2025-08-12 Structured metadata.md',
];
const DRAFTS = [`${GOH}/GOH - Alerting without the noise.md`, `${GOH}/Tracing deep dive.md`];
const SHOW_FOLDERS = [GOH, 'projects/Loki Community Calls', 'projects/Grafana OTel Community Call', 'projects/Adobo and Avocados', 'projects/CafeConGrafana/Episodes'];

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else found.push(relative(folder, join(dir, entry.name)));
    }
  };
  walk(folder);
  return found.sort();
}

describe('reading a vault', () => {
  it('reads markdown notes in every subfolder, and leaves out Obsidian\'s folders, templates, attachments and other files', () => {
    const vault = readVault(FIXTURE_VAULT);
    expect(vault.skipped).toEqual([
      { path: '_templates/', reason: 'template folder' },
      { path: '.obsidian/', reason: 'Obsidian\'s settings' },
      { path: '.trash/', reason: 'Obsidian\'s trash' },
      { path: 'attachments/', reason: 'attachments' },
      { path: 'Boards/Planning.canvas', reason: 'a canvas, not a note' },
    ]);
  });

  it('takes notes from the shows\' folders only: a transcript or a daily note elsewhere is never read as an episode', () => {
    const contents = readShowFolders(FIXTURE_VAULT, SHOW_FOLDERS);
    expect(contents.notes.map((note) => note.path)).toEqual([...EPISODES.slice(0, 3), DRAFTS[0], `${GOH}/Grafana Office Hours Readme.md`, DRAFTS[1], EPISODES[3]]);
    expect(Object.fromEntries(contents.elsewhere)).toEqual({ '_templates/': 1, '.obsidian/': 1, '.trash/': 1, 'attachments/': 1, 'Boards/': 1, 'Daily/': 1, 'Ideas for GOH.md': 1, 'People/': 1, 'transcripts/': 2 });
    expect(contents.missingFolders).toEqual(['projects/Grafana OTel Community Call', 'projects/Adobo and Avocados', 'projects/CafeConGrafana/Episodes']);
  });
});

// Several tests run the import more than once; on a loaded 2-core machine one run can take over 10 s.
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
  const run = (...flags: string[]) => runScript('import.ts', [vault, ...flags], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts') });
  const snapshot = () => Object.fromEntries(filesUnder(notes).map((path) => [path, statSync(join(notes, path)).mtimeMs]));

  it('copies every episode and draft of the shows\' folders to the same path, byte for byte, and says what it did', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const copied = filesUnder(notes).filter((path) => path !== '.import-record.json');
    expect(copied).toEqual([...EPISODES, ...DRAFTS].sort());
    for (const path of copied) expect(readFileSync(join(notes, path)).equals(readFileSync(join(vault, path))), path).toBe(true);
    expect(result.stdout).toMatch(/added +projects\/Grafana Office Hours\/2023\/GOH 09 - Logs in context\.md\n/);
    expect(result.stdout).toMatch(/added +projects\/Grafana Office Hours\/GOH - Alerting without the noise\.md +\(a draft: no page yet\)/);
    expect(result.stdout).toMatch(/skipped +projects\/Grafana Office Hours\/Grafana Office Hours Readme\.md +not an episode/);
    expect(result.stdout).toContain('Not read, being outside the shows\' folders: _templates/, .obsidian/, .trash/, attachments/, Boards/, Daily/, Ideas for GOH.md, People/, transcripts/ (2 files).');
    expect(result.stdout).toContain('6 added, 0 updated, 0 unchanged, 0 left out, 1 not an episode; 2 drafts among them.');
  });

  it('copies the transcript of an imported episode\'s video, found by the video its URL: line names, and no other', () => {
    const result = run();
    expect(result.stdout).toContain(`Transcripts of their videos (from transcripts/ into ${work}/transcripts): 1 added, 0 updated, 0 unchanged.`);
    // Named by its video, not by the vault's file name (two vault folders may hold files of one name).
    const name = '2024-01-20T09:00:00Z-how-to-do-continuous-profiling-right-grafana-office-hours-26.md';
    expect(readdirSync(join(work, 'transcripts'))).toEqual(['pzNRvMQzrJ0.md']);
    expect(readFileSync(join(work, 'transcripts', 'pzNRvMQzrJ0.md')).equals(readFileSync(join(vault, 'transcripts', name)))).toBe(true);
    expect(run().stdout).toContain('0 added, 0 updated, 1 unchanged.');
  });

  it('changes nothing when run a second time', () => {
    expect(run().status).toBe(0);
    const before = snapshot();
    const second = run();
    expect(second.status).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(second.stdout).toContain('0 added, 0 updated, 6 unchanged, 0 left out');
    expect(second.stdout).not.toMatch(/^ +(added|updated) /m);
  });

  it('updates a note that changed in the vault, and only that one', () => {
    expect(run().status).toBe(0);
    const source = join(vault, EPISODES[2]!);
    writeFileSync(source, readFileSync(source, 'utf8').replace('- How do you read a flame graph?', '- How do you read a flame graph?\n- Profiling Go services'));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/updated +projects\/Grafana Office Hours\/2024\/GOH 26 - Continuous profiling\.md/);
    expect(result.stdout).toContain('0 added, 1 updated, 5 unchanged');
    expect(readFileSync(join(notes, EPISODES[2]!), 'utf8')).toContain('- Profiling Go services');
  });

  it('leaves out both of two notes that would be published as one episode, naming both and what they share, and imports the rest', () => {
    const original = readFileSync(join(vault, EPISODES[2]!), 'utf8');
    writeFileSync(join(vault, GOH, '2024/GOH 26 - Profiling (old copy).md'), original.replace('# [[GOH 26 - Continuous profiling with Pyroscope]]', '# [[GOH 26 - Profiling]]'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/left out +projects\/Grafana Office Hours\/2024\/GOH 26 - Continuous profiling\.md/);
    expect(result.stderr).toMatch(/left out +projects\/Grafana Office Hours\/2024\/GOH 26 - Profiling \(old copy\)\.md/);
    expect(result.stderr).toContain(`${vault}/${GOH}/2024/GOH 26 - Profiling (old copy).md:5  episode 26 is also in ${GOH}/2024/GOH 26 - Continuous profiling.md (same video pzNRvMQzrJ0, same date 2024-01-19, titles "Profiling" and "Continuous profiling with Pyroscope")`);
    expect(result.stderr).toContain('Fix: keep one note per episode: if one is a stale copy, delete it or mark it `draft: true`');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(notes, EPISODES[2]!))).toBe(false);
    expect(existsSync(join(notes, EPISODES[0]!))).toBe(true);
    expect(result.stderr).toContain('5 added, 0 updated, 0 unchanged, 2 left out');
  });

  it('imports two notes of one show on one day that name different videos: two episodes, not one twice', () => {
    const loki = 'projects/Loki Community Calls';
    writeFileSync(join(vault, loki, '2025-08-12 Office hours for Loki.md'), '---\nurl: https://youtube.com/live/AAAAAAAAB51\ndate: 2025-08-12\n---\n# [[2025-08-12 Office hours for Loki]]\n\nGuest:: Jane Doe\n');
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(notes, EPISODES[3]!))).toBe(true);
    expect(existsSync(join(notes, loki, '2025-08-12 Office hours for Loki.md'))).toBe(true);
    expect(result.stdout).toContain('7 added, 0 updated, 0 unchanged, 0 left out');
  });

  it('leaves out both of two notes of the primary show with one number (their URL) and different videos, naming both', () => {
    writeFileSync(join(vault, GOH, '2024/GOH 26 - Another episode.md'), '---\nurl: https://youtube.com/live/AAAAAAAAB52\ndate: 2024-02-09\n---\n# [[GOH 26 - Another episode]]\n\nGuest:: Jane Doe\n');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${vault}/${GOH}/2024/GOH 26 - Another episode.md  it and ${GOH}/2024/GOH 26 - Continuous profiling.md are both numbered 26 but name different videos: neither is published`);
    expect(result.stderr).toContain(`${vault}/${GOH}/2024/GOH 26 - Continuous profiling.md:5  this note and ${GOH}/2024/GOH 26 - Another episode.md are both numbered 26 but name different videos (pzNRvMQzrJ0, AAAAAAAAB52)`);
    expect(existsSync(join(notes, EPISODES[2]!))).toBe(false);
    expect(existsSync(join(notes, GOH, '2024/GOH 26 - Another episode.md'))).toBe(false);
  });

  it('leaves out a note that would be published with a problem, with its line and fix, and imports the rest', () => {
    const path = join(vault, EPISODES[0]!);
    writeFileSync(path, readFileSync(path, 'utf8').replace('date: 2023-06-02', 'date: 2023-06-02\nguests: [unclosed'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${vault}/${GOH}/2023/GOH 09 - Logs in context\\.md:\\d+  the frontmatter is not valid YAML[^\\n]*\\n {2}Fix: .* Then import again\\.`));
    expect(filesUnder(notes)).toContain(EPISODES[1]);
    expect(filesUnder(notes)).not.toContain(EPISODES[0]);
  });

  it('imports a draft whatever else is wrong with it: a draft blocks nothing', () => {
    writeFileSync(join(vault, GOH, 'GOH 31 - Adaptive telemetry.md'), '---\nurl: https://www.youtube.com/watch?v=TBD\ndate: TBD\n---\n# [[GOH 31 - Adaptive telemetry]]\n\n## Timestamps\n\n00:10:00 Later\n00:05:00 Earlier\n');
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/added +projects\/Grafana Office Hours\/GOH 31 - Adaptive telemetry\.md +\(a draft: no page yet\)/);
  });

  it('does not import an episode the notes folder already holds in a note of its own, and says which', () => {
    mkdirSync(notes);
    writeFileSync(join(notes, 'GOH-26.md'), readFileSync(join(vault, EPISODES[2]!), 'utf8').replace('with Pyroscope', 'with Grafana Pyroscope'));
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${vault}/${EPISODES[2]}:5  episode 26 is also in ${notes}/GOH-26.md (same video pzNRvMQzrJ0, same date 2024-01-19`);
    expect(readFileSync(join(notes, 'GOH-26.md'), 'utf8')).toContain('with Grafana Pyroscope');
  });

  it('moves a note imported before the notes folder mirrored the vault to its vault path', () => {
    mkdirSync(notes);
    const bytes = readFileSync(join(vault, EPISODES[2]!));
    writeFileSync(join(notes, 'GOH-26.md'), bytes);
    writeFileSync(join(notes, '.import-record.json'), JSON.stringify({ notes: { [EPISODES[2]!]: { file: 'GOH-26.md', sha256: createHashOf(bytes) } } }));
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/moved +projects\/Grafana Office Hours\/2024\/GOH 26 - Continuous profiling\.md +\(was GOH-26\.md\)/);
    expect(existsSync(join(notes, 'GOH-26.md'))).toBe(false);
    expect(readFileSync(join(notes, EPISODES[2]!)).equals(bytes)).toBe(true);
  });

  it('explains a missing vault folder without a stack trace', () => {
    const result = runScript('import.ts', [join(work, 'no-such-vault')], { EPISODES_DIR: notes, TRANSCRIPTS_DIR: join(work, 'transcripts') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Error: the vault folder .* does not exist.*\n {2}Fix: /);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

function createHashOf(bytes: Buffer): string {
  // The record's digest is SHA-256 of the bytes (src/lib/workflow/import-record.ts), computed here independently.
  return createHash('sha256').update(bytes).digest('hex');
}
