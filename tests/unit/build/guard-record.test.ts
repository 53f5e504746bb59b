import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { GuardRecordError, leaveNotesRecord, leaveTranscriptsRecord, takeNotesRecord, takeTranscriptsRecord } from '../../../src/lib/build/guard-record.ts';

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
});
