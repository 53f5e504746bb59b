/**
 * A strict check of an iCalendar file against the parts of RFC 5545 (and RFC 7986's NAME) that our
 * calendars use. ical.js, which the tests also parse with, forgives all of these: an unescaped
 * comma, a missing final CRLF, a calendar without components. Returns the problems, one per line,
 * as "line N: problem"; empty when the file is valid.
 */
export function lintICalendar(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the file does not end with CRLF (RFC 5545 3.1: every content line ends with CRLF)');
  const physical = text.split('\r\n');
  if (physical.at(-1) === '') physical.pop();
  physical.forEach((line, index) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${index + 1}: a bare CR or LF, not CRLF (3.1)`);
    if (Buffer.byteLength(line) > 75) problems.push(`line ${index + 1}: ${Buffer.byteLength(line)} octets, more than 75 (3.1)`);
  });

  // Unfold (a line starting with a space or tab continues the previous one), then check each content line.
  const lines: { number: number; text: string }[] = [];
  physical.forEach((line, index) => {
    if (/^[ \t]/.test(line) && lines.length) lines.at(-1)!.text += line.slice(1);
    else lines.push({ number: index + 1, text: line });
  });
  const stack: Component[] = [];
  let root: Component | undefined;
  for (const { number, text: line } of lines) {
    const parsed = contentLine(line);
    if (!parsed) {
      problems.push(`line ${number}: not a content line "name[;params]:value": ${line.slice(0, 60)}`);
      continue;
    }
    const { name, value } = parsed;
    if (name === 'BEGIN') {
      const component: Component = { name: value, line: number, properties: new Map(), children: [] };
      if (stack.length) stack.at(-1)!.children.push(component);
      else if (root) problems.push(`line ${number}: a second top-level component`);
      else root = component;
      stack.push(component);
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (open?.name !== value) problems.push(`line ${number}: END:${value} does not close ${open ? `BEGIN:${open.name}` : 'anything'}`);
      continue;
    }
    const current = stack.at(-1);
    if (!current) {
      problems.push(`line ${number}: property ${name} outside any component`);
      continue;
    }
    current.properties.set(name, [...(current.properties.get(name) ?? []), value]);
    problems.push(...valueProblems(name, value).map((problem) => `line ${number}: ${name} ${problem}`));
  }
  if (stack.length) problems.push(`BEGIN:${stack.at(-1)!.name} (line ${stack.at(-1)!.line}) is never closed`);
  if (!root || root.name !== 'VCALENDAR') return [...problems, 'the file is not one VCALENDAR'];
  problems.push(...componentProblems(root));
  return problems;
}

interface Component { name: string; line: number; properties: Map<string, string[]>; children: Component[] }

/** Splits "NAME;PARAM=x;P2="a:b":value" at the first colon outside quotes. */
function contentLine(line: string): { name: string; value: string } | undefined {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '"') quoted = !quoted;
    else if (line[index] === ':' && !quoted) {
      const name = line.slice(0, index).split(';')[0]!.toUpperCase();
      return /^[A-Z0-9-]+$/.test(name) ? { name, value: line.slice(index + 1) } : undefined;
    }
  }
  return undefined;
}

// Single-valued TEXT properties we write (3.3.11): ",", ";" and "\" must be escaped, and "\" may
// only escape "\", ";", ",", "n" or "N".
const TEXT_PROPERTIES = new Set(['NAME', 'X-WR-CALNAME', 'X-WR-CALDESC', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'TZNAME']);
const DATE_TIME_PROPERTIES = new Set(['DTSTAMP', 'DTSTART', 'DTEND', 'CREATED', 'LAST-MODIFIED']);

function valueProblems(name: string, value: string): string[] {
  if (TEXT_PROPERTIES.has(name)) {
    const unescaped = value.replace(/\\[\\;,nN]/g, '');
    if (/[,;]/.test(unescaped)) return ['has an unescaped "," or ";" (3.3.11)'];
    if (unescaped.includes('\\')) return ['has a "\\" that escapes nothing valid (3.3.11)'];
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return ['has a control character (3.3.11)'];
  }
  if (DATE_TIME_PROPERTIES.has(name) && !/^\d{8}T\d{6}Z?$/.test(value)) return [`is not a DATE-TIME: ${value} (3.3.5)`];
  if (name === 'DURATION' && !/^[+-]?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(value)) return [`is not a DURATION: ${value} (3.3.6)`];
  return [];
}

function componentProblems(component: Component): string[] {
  const problems: string[] = [];
  const count = (name: string) => component.properties.get(name)?.length ?? 0;
  const exactlyOnce = (...names: string[]) => {
    for (const name of names) if (count(name) !== 1) problems.push(`${component.name} (line ${component.line}) has ${count(name)} ${name}, not exactly one`);
  };
  switch (component.name) {
    case 'VCALENDAR':
      exactlyOnce('VERSION', 'PRODID');
      if (component.properties.get('VERSION')?.[0] !== '2.0') problems.push('VERSION is not 2.0');
      if (!component.children.length) problems.push('VCALENDAR has no component; RFC 5545 3.6 requires at least one');
      break;
    case 'VEVENT':
      // DTSTART is required when the calendar has no METHOD (3.6.1).
      exactlyOnce('UID', 'DTSTAMP', 'DTSTART');
      if (count('DTEND') && count('DURATION')) problems.push(`VEVENT (line ${component.line}) has both DTEND and DURATION`);
      for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'DTEND']) {
        if (count(name) > 1) problems.push(`VEVENT (line ${component.line}) has ${count(name)} ${name}`);
      }
      break;
    case 'VTIMEZONE':
      exactlyOnce('TZID');
      if (!component.children.some((child) => child.name === 'STANDARD' || child.name === 'DAYLIGHT')) problems.push('VTIMEZONE has no STANDARD or DAYLIGHT');
      break;
    case 'STANDARD':
    case 'DAYLIGHT':
      exactlyOnce('DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO');
      break;
  }
  for (const child of component.children) problems.push(...componentProblems(child));
  return problems;
}
