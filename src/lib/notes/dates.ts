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

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads a frontmatter date: `2024-01-19` (starts at the show's usual time in its time zone),
 * `2024-01-19 15:00` (that time in the show's zone) or a full ISO date-time with offset.
 * Returns undefined when the text is not a real date.
 */
export function parseAirTime(value: string, schedule: ScheduleDefaults): AirTime | undefined {
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = DATE_TIME.exec(text);
  const parts = dateOnly ?? dateTime;
  if (!parts) return undefined;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (!isRealDate(year, month, day)) return undefined;
  const date = `${parts[1]}-${parts[2]}-${parts[3]}`;
  let hour: number;
  let minute: number;
  let second = 0;
  if (dateTime) {
    [hour, minute, second] = [Number(dateTime[4]), Number(dateTime[5]), Number(dateTime[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const offset = dateTime[7];
    if (offset) {
      const instant = new Date(`${date}T${dateTime[4]}:${dateTime[5]}:${String(second).padStart(2, '0')}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`);
      return Number.isNaN(instant.getTime()) ? undefined : { date, startsAt: instant.toISOString() };
    }
  } else {
    [hour, minute] = schedule.startTime.split(':').map(Number) as [number, number];
  }
  const startsAt = zonedTimeToUtc(year, month, day, hour, minute, second, schedule.timeZone);
  return { date, startsAt: startsAt.toISOString() };
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
