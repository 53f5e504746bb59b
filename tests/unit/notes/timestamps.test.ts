// Chapter times, one behaviour a test. Every expected value is worked out by hand from the clock
// (1 hour = 3,600 s, 1 minute = 60 s) and written here, never computed by the code under test, so a
// wrong unit or a loose bound in src/lib/notes/timestamps.ts cannot also be in the expectation.
import { describe, expect, it } from 'vitest';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote } from '../../../src/lib/notes/parse-note.ts';
import { formatTimestamp, parseTimestamp } from '../../../src/lib/notes/timestamps.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const options = testParserOptions();
// Lines 1-4: frontmatter; 5 the heading, 6 blank, 7 the Timestamps heading, 8 blank: the first chapter is on line 9.
const note = (chapters: string[]) => `---\nurl: https://youtu.be/pzNRvMQzrJ0\ndate: 2024-01-19\n---\n# [[GOH 26 - Title]]\n\n## Timestamps\n\n${chapters.join('\n')}\n`;
const chapters = (lines: string[]) => parseNote(note(lines), 'note.md', options).episode.chapters;
function failure(lines: string[]): string {
  try {
    parseNote(note(lines), 'bad.md', options);
  } catch (error) {
    if (error instanceof NoteError) return error.message;
    throw error;
  }
  throw new Error('expected a NoteError');
}
const FORMAT_FIX = '  Fix: write each chapter on its own line as `HH:MM:SS Title` (or `MM:SS Title`), e.g. `00:12:05 Intro`.';
const ORDER_FIX = '  Fix: list chapters in the order they happen in the video, each later than the one before.';

describe('a chapter time', () => {
  it('counts hours as 3,600 seconds, minutes as 60', () => {
    expect(parseTimestamp('1:00:00')).toBe(3600);
    expect(parseTimestamp('01:30:00')).toBe(5400);
    expect(parseTimestamp('2:00:01')).toBe(7201);
    expect(parseTimestamp('1:02:03')).toBe(3723);
    expect(parseTimestamp('00:53:33')).toBe(3213);
    expect(parseTimestamp('12:05')).toBe(725);
    expect(parseTimestamp('0:07')).toBe(7);
    // Without hours, minutes may pass 59: a long show written as MM:SS.
    expect(parseTimestamp('75:30')).toBe(4530);
  });

  it('accepts 59 and rejects 60 as minutes (with hours) and as seconds', () => {
    expect(parseTimestamp('00:59:59')).toBe(3599);
    expect(parseTimestamp('59:59')).toBe(3599);
    for (const text of ['00:60:00', '1:60:00', '00:00:60', '00:60', '12:60', '00:61:00', '1:2:3', '12:5', 'noon']) {
      expect(parseTimestamp(text), text).toBeUndefined();
    }
  });

  it('is shown as M:SS, or H:MM:SS from the first hour', () => {
    expect(formatTimestamp(0)).toBe('0:00');
    expect(formatTimestamp(725)).toBe('12:05');
    expect(formatTimestamp(3599)).toBe('59:59');
    expect(formatTimestamp(3600)).toBe('1:00:00');
    expect(formatTimestamp(3813)).toBe('1:03:33');
    expect(formatTimestamp(7201)).toBe('2:00:01');
  });
});

describe('the chapters of a note', () => {
  it('reads times past the first hour as hours', () => {
    expect(chapters(['00:00:00 Intro', '00:59:00 Demo', '01:00:00 Questions', '1:30:05 Outro'])).toEqual([
      { start: 0, title: 'Intro' }, { start: 3540, title: 'Demo' }, { start: 3600, title: 'Questions' }, { start: 5405, title: 'Outro' },
    ]);
  });

  it('stops at two chapters at the same time, naming both lines', () => {
    expect(failure(['00:00 Intro', '12:05 Demo', '12:05 Questions'])).toBe(
      `bad.md:11: the chapter at 12:05 does not come after the one at 12:05 (line 10)\n${ORDER_FIX}`,
    );
    // The same moment written two ways is still the same moment.
    expect(failure(['00:00 Intro', '01:00:00 Demo', '60:00 Questions'])).toBe(
      `bad.md:11: the chapter at 60:00 does not come after the one at 1:00:00 (line 10)\n${ORDER_FIX}`,
    );
  });

  it('stops at a chapter earlier than the one before', () => {
    expect(failure(['00:10 First', '00:05 Earlier'])).toBe(`bad.md:10: the chapter at 00:05 does not come after the one at 0:10 (line 9)\n${ORDER_FIX}`);
    // An hour is later than 59 minutes: hours counted as minutes would put 1:00:00 at one minute.
    expect(chapters(['00:00 Intro', '59:00 Demo', '1:00:00 Questions'])).toEqual([{ start: 0, title: 'Intro' }, { start: 3540, title: 'Demo' }, { start: 3600, title: 'Questions' }]);
  });

  it('stops at minute 60 or second 60, naming the line', () => {
    expect(failure(['00:00:00 Intro', '00:60:00 Sixty minutes'])).toBe(`bad.md:10: "00:60:00" is not a valid time (minutes and seconds go up to 59)\n${FORMAT_FIX}`);
    expect(failure(['00:00:60 Sixty seconds'])).toBe(`bad.md:9: "00:00:60" is not a valid time (minutes and seconds go up to 59)\n${FORMAT_FIX}`);
    expect(failure(['12:60 Sixty seconds'])).toBe(`bad.md:9: "12:60" is not a valid time (minutes and seconds go up to 59)\n${FORMAT_FIX}`);
  });
});
