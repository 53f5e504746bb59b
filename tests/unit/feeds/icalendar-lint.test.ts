import { describe, expect, it } from 'vitest';
import { lintICalendar } from '../../support/icalendar-lint.ts';

const event = ['BEGIN:VEVENT', 'UID:goh-7@example.org', 'DTSTAMP:20261124T000000Z', 'DTSTART:20990109T130000Z', 'DTEND:20990109T140000Z', 'SUMMARY:A\\, b\\; c \\\\ d', 'END:VEVENT'];
const calendar = (lines: string[], end = '\r\n') => `${['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example.org//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n')}${end}`;

describe('the strict iCalendar check used by the tests', () => {
  it('accepts a valid calendar', () => {
    expect(lintICalendar(calendar(['NAME:Show\\; calendar', ...event]))).toEqual([]);
  });

  it('rejects what ical.js forgives: unescaped TEXT, no final CRLF, no component, long or LF-only lines', () => {
    expect(lintICalendar(calendar(['NAME:Show; calendar, two', ...event]))).toEqual(['line 4: NAME has an unescaped "," or ";" (3.3.11)']);
    expect(lintICalendar(calendar(['X-WR-CALNAME:a \\x', ...event]))).toEqual(['line 4: X-WR-CALNAME has a "\\" that escapes nothing valid (3.3.11)']);
    expect(lintICalendar(calendar(event, ''))).toEqual([expect.stringContaining('does not end with CRLF')]);
    expect(lintICalendar(calendar([]))).toEqual(['VCALENDAR has no component; RFC 5545 3.6 requires at least one']);
    expect(lintICalendar(calendar([...event.slice(0, -1), `DESCRIPTION:${'x'.repeat(80)}`, 'END:VEVENT']))).toEqual([expect.stringContaining('more than 75')]);
    expect(lintICalendar(calendar(event).replaceAll('\r\n', '\n'))).toContain('the file does not end with CRLF (RFC 5545 3.1: every content line ends with CRLF)');
  });

  it('rejects an event without its required properties, or with a malformed time', () => {
    const problems = lintICalendar(calendar(['BEGIN:VEVENT', 'UID:x', 'DTSTART:2099-01-09T13:00:00Z', 'END:VEVENT']));
    expect(problems).toEqual([
      'line 6: DTSTART is not a DATE-TIME: 2099-01-09T13:00:00Z (3.3.5)',
      'VEVENT (line 4) has 0 DTSTAMP, not exactly one',
    ]);
  });

  it('reads folded lines as one', () => {
    const folded = calendar([...event.slice(0, -1), 'DESCRIPTION:first half of the text\\, then', ' the second half', 'END:VEVENT']);
    expect(lintICalendar(folded)).toEqual([]);
  });
});
