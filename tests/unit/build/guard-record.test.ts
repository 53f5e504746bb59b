import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkRecordCoversPages, GuardRecordError, leavePagesRecord, leaveNotesRecord, leaveTranscriptsRecord, takeNotesRecord, takeTranscriptsRecord } from '../../../src/lib/build/guard-record.ts';

const record = (folder: string) => ({ folder: resolve(folder), sectionNames: [], deniedLinkHosts: [], notes: [] });

describe('the record of what the notes withhold, handed from the loader to the leak guard', () => {
  // A build's process starts with no record; so does each case here.
  beforeEach(() => { delete (globalThis as Record<symbol, unknown>)[Symbol.for('episode-archive.guard-records')]; });

  it('fails closed, with the fix, when the build left no record (its loader did not run)', () => {
    expect(() => takeNotesRecord('notes')).toThrow(GuardRecordError);
    expect(() => takeNotesRecord('notes')).toThrow(/left no record of what its notes withhold[^]*Fix: load the episodes collection with episodeNotesLoader/);
  });

  it('fails closed when the loader read another notes folder than the one the guard checks', () => {
    leaveNotesRecord(record('other-notes'));
    expect(() => takeNotesRecord('notes')).toThrow(/the episodes were loaded from .*other-notes, but the guard is set to check the notes of .*\/notes[^]*Fix: give leakGuard\(\) the folder/);
  });

  it('gives the record the loader left for the same folder, however the folder is written', () => {
    leaveNotesRecord(record('notes'));
    expect(takeNotesRecord('./notes/').folder).toBe(resolve('notes'));
  });

  it('gives the transcripts the loader stored, none when no folder is set, and fails closed when the loader did not run', () => {
    expect(takeTranscriptsRecord(undefined)).toEqual([]);
    expect(() => takeTranscriptsRecord('transcripts')).toThrow(/no record of the transcripts/);
    const files = [{ file: 'transcripts/a.md', path: resolve('transcripts/a.md'), videoId: 'Abcdefghijk' }];
    leaveTranscriptsRecord({ folder: resolve('transcripts'), files });
    expect(takeTranscriptsRecord('transcripts')).toEqual(files);
  });

  describe('covers every note an episode page was rendered from', () => {
    const note = (file: string, episode: string) => ({ file, episode, withheld: [], publicText: '', deniedLinks: [] });
    const notes = { ...record('notes'), notes: [note('notes/GOH-01.md', '1'), note('notes/Index.md', '(not published)')] };

    it('passes when the loader recorded every note the pages came from, however their paths are written', () => {
      leavePagesRecord({ folder: resolve('notes'), files: ['notes/GOH-01.md', resolve('notes/GOH-01.md')] });
      expect(() => checkRecordCoversPages(notes)).not.toThrow();
    });

    it('stops the build, naming the note and the fix, when a page came from a note the record has no entry for', () => {
      leavePagesRecord({ folder: resolve('notes'), files: ['notes/GOH-01.md', 'notes/GOH-02.md'] });
      expect(() => checkRecordCoversPages(notes)).toThrow(GuardRecordError);
      expect(() => checkRecordCoversPages(notes)).toThrow(/1 episode page\(s\)[^]*notes\/GOH-02\.md: published, but the loader's record has no entry for it\nFix: build again with --force/);
    });

    it('stops the build when a page came from a note the record says publishes nothing (none of its withheld texts would be looked for)', () => {
      leavePagesRecord({ folder: resolve('notes'), files: ['notes/Index.md'] });
      expect(() => checkRecordCoversPages(notes)).toThrow(/notes\/Index\.md: published, but the loader's record says it publishes nothing/);
    });

    it('fails closed when no page left a record, or one of another notes folder', () => {
      expect(() => checkRecordCoversPages(notes)).toThrow(/left no record of which notes[^]*Fix: read episodes through src\/lib\/archive\/episodes-query\.ts/);
      leavePagesRecord({ folder: resolve('other-notes'), files: [] });
      expect(() => checkRecordCoversPages(notes)).toThrow(GuardRecordError);
    });
  });
});
