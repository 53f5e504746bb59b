import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkProblem } from '../../../src/lib/collection/linked-notes.ts';
import { loadNotesFolder } from '../../../src/lib/collection/notes-folder.ts';
import { listNoteFiles, UNREADABLE_FOLDER, walkNotesFolder } from '../../../src/lib/collection/note-files.ts';
import { noteParserOptions } from '../../../src/lib/collection/parser-options.ts';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { readShowFolders, readVault } from '../../../src/lib/workflow/vault-files.ts';
import { WorkflowError } from '../../../src/lib/workflow/workflow-error.ts';
import { siteConfig } from '../../../src/site.config.ts';

const work = mkdtempSync(join(tmpdir(), 'note-files-'));
// `rm -rf`, which removes a tree whose paths are too long for the operating system (below); rmSync cannot.
afterAll(() => spawnSync('rm', ['-rf', work]));

function writeFiles(folder: string, paths: readonly string[], text = '# x\n'): string {
  for (const path of paths) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

const folder = writeFiles(join(work, 'vault'), ['GOH/GOH 1 - A.md', 'GOH/_drafts/GOH 2 - B.md', 'GOH/Templates/Episode.md', 'GOH/.obsidian/x.md', 'GOH/attachments/y.md', 'GOH/Sub/GOH 3 - C.md']);

/**
 * A folder below `parent` that the walk cannot list, whoever runs the tests (root reads any folder
 * whatever its permissions): nested folders whose full path is longer than the system allows
 * (PATH_MAX, 4,096 bytes on Linux), made one level at a time from inside the previous one.
 * @returns the path of the first nested folder, relative to `parent`.
 */
function folderTooDeepToList(parent: string): string {
  const name = 'n'.repeat(200);
  const cwd = process.cwd();
  try {
    process.chdir(parent);
    for (let level = 0; level < 25; level += 1) {
      mkdirSync(name);
      process.chdir(name);
    }
    writeFileSync('GOH 9 - Deep.md', '# x\n');
  } finally {
    process.chdir(cwd);
  }
  return name;
}

const options = noteParserOptions(siteConfig, new Date('2026-11-24T00:00:00Z'));
const aired = (number: number) => `---\nurl: https://youtu.be/AAAAAAAAA${String(number).padStart(2, '0')}\ndate: 2024-06-07\n---\n# GOH ${number} - Aired\n\n## Talking points\n\n- A point\n`;
const draft = (number: number) => `# GOH ${number} - A draft\n`;

describe('the one loop over a folder of notes', () => {
  it('skips the same folders for the build and for the import: hidden, `_`-prefixed, templates, attachments', () => {
    expect(listNoteFiles(folder)).toEqual(['GOH/GOH 1 - A.md', 'GOH/Sub/GOH 3 - C.md']);
    const vault = readVault(folder);
    expect(vault.notes.map((note) => note.path)).toEqual(listNoteFiles(folder));
    expect(vault.skipped.map((skip) => skip.path)).toEqual(['GOH/_drafts/', 'GOH/.obsidian/', 'GOH/attachments/', 'GOH/Templates/']);
  });

  it('stops after as many entries as it is allowed, and says that it stopped', () => {
    const many = writeFiles(join(work, 'many'), ['a/1.md', 'a/2.md', 'b/3.md', 'b/4.md', 'c.md']);
    expect(walkNotesFolder(many)).toMatchObject({ files: ['a/1.md', 'a/2.md', 'b/3.md', 'b/4.md', 'c.md'], stopped: false });
    // Seven entries: three at the top (a, b, c.md), two in each folder.
    expect(walkNotesFolder(many, { maxEntries: 7 }).stopped).toBe(false);
    const stopped = walkNotesFolder(many, { maxEntries: 4 });
    expect(stopped.stopped).toBe(true);
    expect(stopped.files.length).toBeLessThan(5);
  });

  it('leaves out a folder it cannot list, saying so, and walks on; a folder that cannot be listed itself is thrown', () => {
    const notes = writeFiles(join(work, 'unreadable'), ['GOH 1 - A.md', 'z/GOH 2 - B.md']);
    const deep = folderTooDeepToList(notes);
    const walk = walkNotesFolder(notes);
    expect(walk.files).toEqual(['GOH 1 - A.md', 'z/GOH 2 - B.md']);
    expect(walk.stopped).toBe(false);
    const unreadable = walk.skipped.filter((skip) => skip.reason === UNREADABLE_FOLDER);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.path.startsWith(`${deep}/`)).toBe(true);
    expect(() => walkNotesFolder(join(work, 'no such folder'))).toThrow(/ENOENT/);
  });

  it('stops the build at a folder of the notes folder it cannot list, since the episodes in it would be missing', () => {
    const notes = writeFiles(join(work, 'unreadable-notes'), ['GOH 1 - A.md'], aired(1));
    folderTooDeepToList(notes);
    const loaded = loadNotesFolder(notes, options, { shownFolder: 'notes' });
    expect(loaded.notes.map((note) => note.relativePath)).toEqual(['GOH 1 - A.md']);
    expect(loaded.errors.map((error) => error.problem)).toEqual([expect.stringMatching(/^is a folder that cannot be read .*the episodes in it would be missing from the site$/)]);
    expect(loaded.errors[0]!.file.startsWith('notes/nnn')).toBe(true);
  });

  it('stops an import at a folder of a show it cannot list (its notes would look deleted), and only counts one elsewhere in the vault', () => {
    const vault = writeFiles(join(work, 'unreadable-vault'), ['GOH/GOH 1 - A.md', 'Other/readme.md']);
    folderTooDeepToList(join(vault, 'Other'));
    expect(readShowFolders(vault, ['GOH']).notes.map((note) => note.path)).toEqual(['GOH/GOH 1 - A.md']);
    folderTooDeepToList(join(vault, 'GOH'));
    expect(() => readShowFolders(vault, ['GOH'])).toThrow(WorkflowError);
    expect(() => readShowFolders(vault, ['GOH'])).toThrow(/^GOH\/n+\/.* in the vault is a folder that cannot be read: import would take the notes in it for deleted, so it wrote nothing/);
  });
});

describe('a symbolic link in the notes folder, read with the same loop', () => {
  const notes = join(work, 'linking');
  mkdirSync(notes, { recursive: true });
  const link = (name: string, target: string) => {
    symlinkSync(target, join(notes, name));
    return linkProblem(notes, name, `notes/${name}`, options);
  };

  it('is a warning when the folder it leads to holds only drafts, skipping the folders the build skips', () => {
    const drafts = writeFiles(join(work, 'drafts'), ['GOH 5 - A draft.md', 'sub/GOH 6 - Another.md'], draft(5));
    writeFiles(drafts, ['Templates/GOH 7 - Template.md'], aired(7));
    const problem = link('drafts', drafts);
    expect(problem).not.toBeInstanceOf(NoteError);
    expect(problem?.problem).toBe('is a symbolic link to a folder of 2 notes, not followed: only drafts (no page yet), so nothing is missing from the site for now');
  });

  it('is an error when the folder it leads to holds an episode', () => {
    const episodes = writeFiles(join(work, 'episodes'), ['2024/GOH 8 - Aired.md'], aired(8));
    const problem = link('episodes', episodes);
    expect(problem).toBeInstanceOf(NoteError);
    expect(problem?.problem).toMatch(/^is a symbolic link to a folder of 1 note, 1 of which would be published \(episodes\/2024\/GOH 8 - Aired\.md\)/);
  });

  it('is an error, without walking all of it, when the folder it leads to is too large to tell: a link to `/` included', () => {
    const large = writeFiles(join(work, 'large'), Array.from({ length: 10_001 }, (_, index) => `file ${index}.txt`));
    for (const [name, target] of [['large', large], ['root', '/']] as const) {
      const problem = link(name, target);
      expect(problem, name).toBeInstanceOf(NoteError);
      expect(problem?.problem, name).toMatch(/not all of what it leads to can be read: an episode may be among it/);
    }
  });

  it('is an error when a folder it leads to cannot be listed', () => {
    const drafts = writeFiles(join(work, 'drafts-and-deep'), ['GOH 5 - A draft.md'], draft(5));
    folderTooDeepToList(drafts);
    const problem = link('deep', drafts);
    expect(problem).toBeInstanceOf(NoteError);
    expect(problem?.problem).toMatch(/not all of what it leads to can be read/);
  });
});
