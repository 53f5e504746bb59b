import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { episodesCalendar } from '../../../src/lib/feeds/calendar.ts';
import { lintICalendar } from '../../support/icalendar-lint.ts';
import { stringsFor } from '../../../src/lib/i18n/index.ts';

const episode = {
  number: 7,
  title: 'Logs, traces; and \\ back-slashes: a long title that needs folding because it runs far past seventy-five octets — ünïcödé',
  startsAt: '2099-01-09T13:00:00.000Z',
  guests: ['Zoë Ålund', 'Sam Rivera'],
  description: 'A hand-written description, without the guests.',
};

const CALENDAR_NAME = 'Grafana Office Hours #63: Ünïcödé; commas, semicolons; and a \\ back-slash, in a name long enough to fold';

function calendar(durationMinutes = 90, episodes = [episode]) {
  return episodesCalendar({
    name: CALENDAR_NAME, domain: 'example.org', durationMinutes, stamp: new Date('2026-11-24T00:00:00Z'), episodes,
    uid: (item) => `goh-${item.number}`, headline: (item) => `#${item.number}: ${item.title}`,
    page: (item) => `https://example.org/episodes/${item.number}/`, live: () => 'https://www.youtube.com/watch?v=AAAAAAAAAA7',
  });
}

describe('episodesCalendar', () => {
  it('escapes commas, semicolons, back-slashes and newlines, and folds long lines at 75 octets', () => {
    const text = calendar();
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replaceAll('\r\n ', '')).toContain('SUMMARY:#7: Logs\\, traces\\; and \\\\ back-slashes');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`#7: ${episode.title}`);
    expect(event.description).toBe('With Zoë Ålund and Sam Rivera.\nA hand-written description, without the guests.\n\n'
      + 'Watch live: https://www.youtube.com/watch?v=AAAAAAAAAA7\nEpisode page: https://example.org/episodes/7/');
  });

  it('escapes the calendar name (NAME, X-WR-CALNAME) as TEXT, and ends every line, the last too, with CRLF', () => {
    const text = calendar();
    expect(lintICalendar(text)).toEqual([]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n ', '')).toContain('\r\nX-WR-CALNAME:Grafana Office Hours #63: Ünïcödé\\; commas\\, semicolons\\; and a \\\\ back-slash\\, in');
    const parsed = new ICAL.Component(ICAL.parse(text));
    // ical.js does not know the types of NAME (RFC 7986) and X-WR-CALNAME and leaves them raw: unescape them as TEXT.
    for (const property of ['name', 'x-wr-calname']) {
      expect(String(parsed.getFirstPropertyValue(property)).replace(/\\([\\;,])/g, '$1')).toBe(CALENDAR_NAME);
    }
  });

  it('is still a valid calendar when no episode is upcoming: it then holds only the UTC time zone', () => {
    const text = calendar(60, []);
    expect(lintICalendar(text)).toEqual([]);
    const parsed = new ICAL.Component(ICAL.parse(text));
    expect(parsed.getAllSubcomponents('vevent')).toEqual([]);
    expect(parsed.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('UTC');
    // With events, no time zone is needed: every time is written in UTC ("Z").
    expect(calendar()).not.toContain('VTIMEZONE');
  });

  it('runs for the configured duration, in UTC, with a stable UID and a reproducible DTSTAMP', () => {
    const text = calendar(45);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('goh-7@example.org');
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(text).toContain('DTSTART:20990109T130000Z');
    expect(text).toContain('DTSTAMP:20261124T000000Z');
    expect(calendar(45)).toBe(text);
  });

  it('names the guests in an event\'s description when its description does not, and never twice', () => {
    const description = (item: typeof episode) => new ICAL.Event(new ICAL.Component(ICAL.parse(calendar(60, [item]))).getFirstSubcomponent('vevent')!).description;
    expect(description(episode)).toMatch(/^With Zoë Ålund and Sam Rivera\.\nA hand-written description/);
    expect(description({ ...episode, description: 'Zoë Ålund and Sam Rivera on logs.' })).toMatch(/^Zoë Ålund and Sam Rivera on logs\.\n\nWatch live/);
  });

  it('writes an event\'s words in its episode\'s language, the guests joined the language\'s way', () => {
    const text = episodesCalendar({
      name: 'Café con Grafana', domain: 'example.org', durationMinutes: 60, stamp: new Date('2026-11-24T00:00:00Z'), episodes: [episode],
      uid: () => 'ccg-8', headline: () => 'x', page: () => 'https://example.org/episodes/ccg/', live: () => 'https://www.youtube.com/watch?v=AAAAAAAAAA8',
      words: () => stringsFor('es'),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.description).toBe('Con Zoë Ålund y Sam Rivera.\nA hand-written description, without the guests.\n\n'
      + 'Ver en vivo: https://www.youtube.com/watch?v=AAAAAAAAAA8\nPágina del episodio: https://example.org/episodes/ccg/');
  });

  it('leaves out an episode with no start time rather than inventing one', () => {
    const text = episodesCalendar({
      name: 'x', domain: 'example.org', durationMinutes: 60, stamp: new Date(), episodes: [{ ...episode, startsAt: null }],
      uid: () => 'x', headline: () => 'x', page: () => 'x', live: () => 'x',
    });
    expect(text).not.toContain('BEGIN:VEVENT');
  });
});
