import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listNoteFiles } from '../../../src/lib/collection/note-files.ts';
import { readVault } from '../../../src/lib/workflow/vault-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'note-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
for (const path of ['GOH/GOH 1 - A.md', 'GOH/_drafts/GOH 2 - B.md', 'GOH/Templates/Episode.md', 'GOH/.obsidian/x.md', 'GOH/attachments/y.md', 'GOH/Sub/GOH 3 - C.md']) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), '# x\n');
}

describe('the one loop over a folder of notes', () => {
  it('skips the same folders for the build and for the import: hidden, `_`-prefixed, templates, attachments', () => {
    expect(listNoteFiles(folder)).toEqual(['GOH/GOH 1 - A.md', 'GOH/Sub/GOH 3 - C.md']);
    const vault = readVault(folder);
    expect(vault.notes.map((note) => note.path)).toEqual(listNoteFiles(folder));
    expect(vault.skipped.map((skip) => skip.path)).toEqual(['GOH/_drafts/', 'GOH/.obsidian/', 'GOH/attachments/', 'GOH/Templates/']);
  });
});
