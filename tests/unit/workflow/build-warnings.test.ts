import { describe, expect, it } from 'vitest';
import { syntheticNotes } from '../../../scripts/bench/synthetic-notes.ts';
import { parseNoteToParse, type LoadedNote } from '../../../src/lib/collection/notes-folder.ts';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { buildWarnings, WITHHELD_LINES_PER_NOTE_UP_TO } from '../../../src/lib/workflow/build-warnings.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
const loadedNotes = (count: number): LoadedNote[] => syntheticNotes(count).map((note) => {
  const outcome = parseNoteToParse({ file: note.fileName, relativePath: note.fileName, text: note.text, invalidUtf8: false }, options);
  if (outcome instanceof NoteError) throw outcome;
  return outcome;
});
const warningsFor = (notes: LoadedNote[], draftProblems: NoteError[] = []) =>
  buildWarnings({ loaded: { notes, reused: [], unrecognised: [], draftProblems, warnings: [] }, stored: [], seriesPrefix: 'GOH' });

describe('what a build says a changed note withheld', () => {
  it('is a line per note when few changed, naming the note', () => {
    const notes = loadedNotes(2);
    const lines = warningsFor(notes).filter((line) => line.includes('withheld'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${notes[0]!.file}: withheld \\d+ internal section`));
  });

  it('is one line for all of them when many changed, so that a draft\'s warning is not lost among them', () => {
    const notes = loadedNotes(WITHHELD_LINES_PER_NOTE_UP_TO + 30);
    const draft = new NoteError({ file: 'GOH-99.md', line: 3 }, 'the date "next Friday" is not a date', 'write the date as 2024-07-19');
    const warnings = warningsFor(notes, [draft]);
    const withheld = warnings.filter((line) => line.includes('withheld'));
    expect(withheld).toHaveLength(1);
    const sections = notes.reduce((sum, note) => sum + note.parsed.withheld.filter((item) => item.reason === 'internal section').length, 0);
    expect(withheld[0]).toContain(`${notes.length} changed notes withheld ${sections.toLocaleString('en')} internal sections`);
    expect(warnings.some((line) => line.includes('next Friday'))).toBe(true);
    expect(warnings.length).toBeLessThan(5);
  });
});
