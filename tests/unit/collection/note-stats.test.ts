import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteStatsOf, notesChangedSince, saveNoteStats } from '../../../src/lib/collection/note-stats.ts';

describe('the guess of how many notes a build will parse', () => {
  it('counts every note without a record, none when nothing changed, and each note written or added since', () => {
    const folder = mkdtempSync(join(tmpdir(), 'note-stats-'));
    const record = join(folder, 'cache', 'note-stats.json');
    const notes = ['GOH-01.md', 'GOH-02.md', 'GOH-03.md'].map((name) => join(folder, name));
    for (const note of notes) writeFileSync(note, '# GOH 01 - A title\n');
    expect(notesChangedSince(record, noteStatsOf(notes))).toBe(3);
    saveNoteStats(record, noteStatsOf(notes));
    expect(notesChangedSince(record, noteStatsOf(notes))).toBe(0);
    // Edited in place (same size, later time), and one added.
    utimesSync(notes[1]!, new Date(), new Date(Date.now() + 5_000));
    const added = join(folder, 'GOH-04.md');
    writeFileSync(added, '# GOH 04 - Another\n');
    expect(notesChangedSince(record, noteStatsOf([...notes, added]))).toBe(2);
  });

  it('leaves out a note gone between listing and reading it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'note-stats-'));
    expect(noteStatsOf([join(folder, 'gone.md')])).toEqual({});
  });
});
