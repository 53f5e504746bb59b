// English alone: the package's root loads every locale it has (~270 modules, ~0.15 s in each thread that parses notes).
import { strict as chrono } from 'chrono-node/en';

/** When an episode airs: its calendar date in the show's time zone and the instant it starts. */
export interface AirTime {
  /** YYYY-MM-DD */
  date: string;
  /** ISO 8601 in UTC. */
  startsAt: string;
}

export interface ScheduleDefaults {
  startTime: string;
  timeZone: string;
}

// Words the team writes where a date will go: no date yet, never an error.
const PLACEHOLDER = /^(?:tbd|tba|todo|tbc|x+|\?+|-+|n\/?a|none|soon|later)\.?$/i;

/** True when a date text says there is no date yet (`TBD`, `TODO`, `xxx`, `?`), or is empty. */
export function isDatePlaceholder(value: string): boolean {
  const text = value.trim();
  return text === '' || PLACEHOLDER.test(text);
}

// `2024 / 12 / 05`, `2024.12.05`, `2024-1-5`: a date in year-month-day order, however it is spaced.
const NUMERIC_YMD = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?=$|[\sT])/;
// Day and month in either order (`05/06/2024`) could be either date: never guessed.
const AMBIGUOUS_NUMERIC = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}\b/;
// `18:00pm`: a 24-hour time with a needless am/pm, which would otherwise stop the time being read.
const REDUNDANT_MERIDIEM = /\b(1[3-9]|2[0-3])(:\d{2})\s*(?:am|pm)\b/gi;

/**
 * A date written year first, as headings and file names of dated shows write it (`2024 / 12 / 05`,
 * `2025-06-24`), as YYYY-MM-DD; undefined when it is not a real date.
 */
export function normaliseNumericDate(text: string): string | undefined {
  const match = NUMERIC_YMD.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as the team writes it: `2024-01-19` (starts at the show's usual time in its time zone),
 * `2024-01-19 15:00` (that time in the show's zone), ISO with an offset, or in words with a time zone
 * (`June 22nd 2026, 18:00pm CEST`, `September 28th 2026, 14:00 CEST`). Returns undefined when the text
 * is not one whole, certain date: a year, month and day all written (never filled in from today),
 * nothing left over, day and month never swapped.
 *
 * Read with chrono-node rather than more regular expressions: it reads dates in words, ordinals and
 * time-zone abbreviations (CEST, PST) and says which parts were written and which it implied, so that
 * a date is never guessed. Its `strict` parser is used: no "next Friday" or "tomorrow".
 */
export function parseAirTime(value: string, schedule: ScheduleDefaults): AirTime | undefined {
  let text = value.trim().replace(REDUNDANT_MERIDIEM, '$1$2');
  if (!text || AMBIGUOUS_NUMERIC.test(text)) return undefined;
  const numeric = NUMERIC_YMD.exec(text);
  if (numeric) {
    const date = normaliseNumericDate(numeric[0]);
    if (!date) return undefined;
    text = date + text.slice(numeric[0].length);
  }
  // The usual `2024-01-19`, a certain date at the show's usual time, as chrono reads it (a test holds the two to
  // the same times): chrono took a twentieth of a note's parse time to say so.
  if (ISO_DATE.test(text)) return atUsualTime(text, schedule);
  const results = chrono.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const result = results.length === 1 ? results[0] : undefined;
  // The whole text must be the date: `2024-01-19 25:00` is not 19 January with something after it.
  if (!result || result.end || text.slice(0, result.index).trim() || text.slice(result.index + result.text.length).replace(/^[\s,.]+/, '')) return undefined;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const [year, month, day] = [start.get('year')!, start.get('month')!, start.get('day')!];
  if (!isRealDate(year, month, day)) return undefined;
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!start.isCertain('hour')) return atUsualTime(date, schedule);
  const [hour, minute, second] = [start.get('hour')!, start.get('minute') ?? 0, start.get('second') ?? 0];
  if (start.isCertain('timezoneOffset')) {
    const offsetMinutes = start.get('timezoneOffset')!;
    const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
    return { date, startsAt: new Date(instant).toISOString() };
  }
  const startsAt = zonedTimeToUtc(year, month, day, hour, minute, second, schedule.timeZone);
  return { date, startsAt: startsAt.toISOString() };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real YYYY-MM-DD date at the show's usual start time, in its time zone. */
function atUsualTime(date: string, schedule: ScheduleDefaults): AirTime {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = schedule.startTime.split(':').map(Number) as [number, number];
  return { date, startsAt: zonedTimeToUtc(year, month, day, hour, minute, 0, schedule.timeZone).toISOString() };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The UTC instant of a wall-clock time in an IANA time zone (DST aware, via Intl). */
export function zonedTimeToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): Date {
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wallClock - offsetAt(wallClock, timeZone);
  // A second pass settles guesses that fell on the other side of a DST change.
  guess = wallClock - offsetAt(guess, timeZone);
  return new Date(guess);
}

// Creating a formatter costs more than using it (a tenth of a note's parse time, by profile): one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetAt(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}
