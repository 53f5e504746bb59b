// The README's rule of what makes a date ("What is a draft", "Drafts never block anything", the `date`
// row of "What the archive reads from a note"), one test per part of the rule, so that breaking any one
// part fails the test that names it. Each part is checked where it decides what users get: whether the
// note is published or a draft, and whether a note that would be published stops with its line.
import { describe, expect, it } from 'vitest';
import { parseAirTime } from '../../../src/lib/notes/dates.ts';
import { NoteError } from '../../../src/lib/notes/errors.ts';
import { parseNote, type ParsedNote } from '../../../src/lib/notes/parse-note.ts';
import type { ShowRule } from '../../../src/lib/notes/shows.ts';
import { testParserOptions } from '../../support/parser-options.ts';

const GOH = 'projects/Grafana Office Hours';
const LOKI = 'projects/Loki Community Calls';
const shows: ShowRule[] = [
  { slug: 'office-hours', name: 'Grafana Office Hours', heading: 'GOH <n> - <title>', folder: GOH, defaultHosts: ['Host A'] },
  { slug: 'loki-community-call', name: 'Loki Community Call', heading: '<date> <title>', folder: LOKI, defaultHosts: ['Host B'] },
];
const options = testParserOptions({ shows, schedule: { startTime: '13:00', timeZone: 'UTC' } });

function parseAt(path: string, text: string): ParsedNote | NoteError {
  try {
    return parseNote(text, path, options, { relativePath: path });
  } catch (error) {
    if (error instanceof NoteError) return error;
    throw error;
  }
}

/** A note with everything a page needs but its date: a video, a number, a title, a guest and chapters. */
const noteDated = (date: string, url = 'https://youtu.be/AAAAAAAAAA1') =>
  `---\nurl: ${url}\ndate: ${date}\n---\n# [[GOH 50 - Dated]]\n\nGuest:: Jane Doe\n\n## Timestamps\n\n00:00 Hello\n05:00 Loki\n`;

/** What a date text gives: in a draft (no video yet) the date read, if any, and the warning; in an aired note the error. */
function readDate(date: string): { date: string | null; startsAt: string | null; warnings: string[]; aired: ParsedNote | NoteError } {
  const draft = parseAt(`${GOH}/GOH 50 - Dated.md`, noteDated(date, ''));
  if (draft instanceof NoteError) throw new Error(`a draft must never stop: ${draft.message}`);
  return {
    date: draft.episode.date,
    startsAt: draft.episode.startsAt,
    warnings: draft.warnings.map((warning) => warning.problem),
    aired: parseAt(`${GOH}/GOH 50 - Dated.md`, noteDated(date)),
  };
}

/** A date text that is written but no date: no date in a draft (with a warning), and an error at line 3 in an aired note. */
function expectNoDate(text: string): void {
  const { date, warnings, aired } = readDate(text);
  expect(date, text).toBeNull();
  expect(warnings, text).toEqual([`the date "${text}" is not a date, so this draft has no date yet`]);
  expect(aired, text).toBeInstanceOf(NoteError);
  expect((aired as NoteError).message, text).toMatch(new RegExp(`^${GOH}/GOH 50 - Dated\\.md:3: the date ".*" is not a date\\n {2}Fix: `));
}

describe('what makes a date', () => {
  it('a year, a month and a day written out make a date, and the episode is published', () => {
    for (const [text, date] of [['2024-01-19', '2024-01-19'], ['"June 22nd 2026, 18:00 CEST"', '2026-06-22'], ['2024-01-19T15:00:00+02:00', '2024-01-19']] as const) {
      const aired = parseAt(`${GOH}/GOH 50 - Dated.md`, noteDated(text)) as ParsedNote;
      expect(aired.episode, text).toMatchObject({ date, status: 'published' });
    }
  });

  it('no year written is no date (the year is never taken from today)', () => {
    for (const text of ['June 22nd, 18:00 CEST', 'June 22nd', '22 June']) expectNoDate(text);
  });

  it('a day and month that could be swapped is no date, even when chrono would read it', () => {
    for (const text of ['05/06/2024', '22/06/2026', '06-05-2024', '5.6.2024']) expectNoDate(text);
  });

  it('a time that is not one is no date, not the day with something after it', () => {
    for (const text of ['2024-01-19 25:00', '2024-01-19 and then some']) expectNoDate(text);
  });

  it('a day that is not in the calendar is no date', () => {
    for (const text of ['2024-02-30', '2023-02-29', '2024-13-01']) expectNoDate(text);
  });

  it('a date relative to today is no date', () => {
    for (const text of ['next Friday', 'tomorrow']) expectNoDate(text);
  });

  it('empty, TBD or TODO is no date yet: a draft, with no warning, and never an error', () => {
    for (const text of ['', 'TBD', 'TODO', 'tbd']) {
      const { date, warnings, aired } = readDate(text);
      expect(date, text).toBeNull();
      expect(warnings, text).toEqual([]);
      expect(aired, text).not.toBeInstanceOf(NoteError);
      expect((aired as ParsedNote).episode, text).toMatchObject({ status: 'draft', date: null, missing: ['date'] });
    }
  });

  it('a date without a time starts at the show\'s usual time in its zone; a written time is kept', () => {
    expect(readDate('2024-01-19').startsAt).toBe('2024-01-19T13:00:00.000Z');
    expect(readDate('2024-01-19 15:30').startsAt).toBe('2024-01-19T15:30:00.000Z');
  });

  it('a plain YYYY-MM-DD, read without chrono, is the day and time chrono gives the same day in words', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const zones = [{ startTime: '16:00', timeZone: 'UTC' }, { startTime: '09:30', timeZone: 'Europe/Madrid' }, { startTime: '23:45', timeZone: 'America/Los_Angeles' }];
    let compared = 0;
    for (const schedule of zones) for (const year of [1999, 2024, 2025]) for (let month = 1; month <= 12; month += 1) for (const day of [1, 10, 29, 30, 31]) {
      const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const inWords = parseAirTime(`${months[month - 1]} ${day}, ${year}`, schedule);
      expect(parseAirTime(iso, schedule), iso).toEqual(inWords);
      if (inWords) compared += 1;
    }
    expect(compared).toBeGreaterThan(400); // not only days that are no date
  });
});

describe('where a dated show\'s date comes from', () => {
  const loki = (file: string, heading: string, date = '') => parseAt(`${LOKI}/${file}`, `---\nurl: https://youtu.be/AAAAAAAAAA1\ndate: ${date}\n---\n# [[${heading}]]\n`);

  it('without `date:`, the date in the heading', () => {
    expect((loki('Structured metadata.md', '2025-08-12 Structured metadata') as ParsedNote).episode).toMatchObject({ date: '2025-08-12', status: 'published' });
  });

  it('without `date:` and without one in the heading, the date in the file name', () => {
    expect((loki('2025-08-12 Structured metadata.md', 'Structured metadata') as ParsedNote).episode).toMatchObject({ date: '2025-08-12', status: 'published' });
  });

  it('`date:` wins over the heading\'s date', () => {
    expect((loki('Structured metadata.md', '2025-08-12 Structured metadata', '2025-08-14') as ParsedNote).episode).toMatchObject({ date: '2025-08-14' });
  });

  it('a heading or file name date not in the calendar is no date: the note stays a draft', () => {
    for (const [file, heading] of [['Structured metadata.md', '2025-02-30 Structured metadata'], ['2025-13-45 Structured metadata.md', 'Structured metadata']] as [string, string][]) {
      expect((loki(file, heading) as ParsedNote).episode, heading).toMatchObject({ status: 'draft', date: null });
    }
  });

  it('a numbered show takes no date from its file name or heading: no date anywhere stays a draft', () => {
    const note = parseAt(`${GOH}/2024-01-19 GOH 09 - Loki.md`, '---\nurl: https://youtu.be/AAAAAAAAAA1\ndate:\n---\n# [[GOH 09 - Loki]]\n') as ParsedNote;
    expect(note.episode).toMatchObject({ status: 'draft', date: null });
    expect(note.episode.missing).toContain('date');
  });
});
