import type { ParsedNote } from '../notes/parse-note.ts';
import { formatList } from '../notes/describe.ts';
import { frontmatterBlock } from '../notes/frontmatter.ts';
import { normaliseNoteText } from '../notes/note-start.ts';
import { WorkflowError } from './workflow-error.ts';

/** What `npm run new` knows about the next episode. */
export interface NewEpisode {
  number: number;
  title: string;
  guests: readonly string[];
  /** YYYY-MM-DD, when the date is already known. */
  date?: string;
  seriesPrefix: string;
}

/** Something the author still has to write in a new note. */
export interface LeftToFill {
  /** Line in the note, when there is one place to go to. */
  line?: number;
  what: string;
  hint: string;
}

// These break a `[[...]]` heading: brackets and `|` end or alias the link, `#` and `^` point into a note.
const UNSAFE_IN_HEADING = /[[\]|#^\n\r]/;
const GUEST_SEPARATOR = /,|;|&|\band\b/i;

/**
 * Checks the title, guests and date of a new episode before anything is written.
 * @throws WorkflowError saying what to change.
 */
export function validateNewEpisode(input: { title: string; guests: readonly string[]; date?: string }): void {
  if (!input.title.trim()) {
    throw new WorkflowError('the episode has no title', 'give it as the first argument: npm run new -- "How to do continuous profiling right"');
  }
  if (UNSAFE_IN_HEADING.test(input.title)) {
    throw new WorkflowError(`the title "${input.title}" contains one of [ ] | # ^, which break the \`# [[...]]\` heading`,
      'leave those characters out here; to show them, add `title: "..."` to the note\'s frontmatter afterwards.');
  }
  for (const guest of input.guests) {
    if (!guest.trim() || /[[\]|\n\r]/.test(guest)) {
      throw new WorkflowError(`the guest name "${guest}" cannot be used`, 'give each guest as a plain name: --guest "Ryan Perry" --guest "Jane Doe".');
    }
  }
  if (input.date !== undefined && !isCalendarDate(input.date)) {
    throw new WorkflowError(`--date "${input.date}" is not a date`, 'write it as YYYY-MM-DD, e.g. --date 2025-03-14.');
  }
}

/**
 * The template (templates/episode.md) filled in for one episode: the heading with the series
 * prefix, number and title; `date:` when known; `Guest::`; and `<guest>` placeholders.
 * Everything else is left as the template has it, for the author to fill in.
 * @throws WorkflowError when the template has no heading to fill in.
 */
export function fillEpisodeTemplate(template: string, episode: NewEpisode): string {
  const { frontmatter, body } = frontmatterBlock(normaliseNoteText(template));
  const headingLine = /^#[ \t]+.*$/m;
  if (!headingLine.test(body)) {
    throw new WorkflowError('the episode template has no `# ` heading to write the episode number and title into',
      `start templates/episode.md with a heading such as \`# [[${episode.seriesPrefix} <n> - <title>]]\`.`);
  }
  let filledBody = body.replace(headingLine, `# [[${episode.seriesPrefix} ${episode.number} - ${episode.title.trim()}]]`);
  const guestLine = `Guest:: ${episode.guests.map(guestFieldValue).join(', ')}`;
  filledBody = /^Guest::.*$/m.test(filledBody)
    ? filledBody.replace(/^Guest::.*$/m, guestLine)
    : filledBody.replace(/^#[ \t]+.*$/m, (heading) => `${heading}\n\n${guestLine}`);
  if (episode.guests.length) filledBody = filledBody.replaceAll('`<guest>`', formatList(episode.guests.map((guest) => guest.trim())));

  let filledFrontmatter = frontmatter;
  if (episode.date) {
    filledFrontmatter = frontmatter === undefined
      ? `---\ndate: ${episode.date}\n---\n`
      : /^date:.*$/m.test(frontmatter) ? frontmatter.replace(/^date:.*$/m, `date: ${episode.date}`) : frontmatter.replace(/\n---\n$/, `\ndate: ${episode.date}\n---\n`);
  }
  return `${filledFrontmatter ?? ''}${filledBody}`;
}

/**
 * What is left to write in a new note, from the parser's own view of it: the parts it misses
 * (date, video, guest, chapters) and the template placeholders it withholds.
 */
export function leftToFill(text: string, parsed: ParsedNote): LeftToFill[] {
  const lineOf = (pattern: RegExp) => {
    const index = text.split('\n').findIndex((line) => pattern.test(line));
    return index >= 0 ? index + 1 : undefined;
  };
  const items: LeftToFill[] = [];
  const missing = new Set(parsed.episode.missing);
  if (missing.has('date')) items.push({ line: lineOf(/^date:/), what: 'date:', hint: 'the day of the show, YYYY-MM-DD (the note is a draft without it)' });
  if (missing.has('video')) items.push({ line: lineOf(/^url:/), what: 'url:', hint: 'the YouTube link, once the broadcast is scheduled (a draft without it)' });
  if (missing.has('guest')) items.push({ line: lineOf(/^Guest::/), what: 'Guest::', hint: 'who is on the show' });
  for (const withheld of parsed.withheld) {
    if (withheld.reason !== 'template placeholder') continue;
    const placeholders = [...new Set(withheld.texts.join(' ').match(/<[a-z][a-z _/-]{0,40}>/gi) ?? [])];
    items.push({ line: withheld.line, what: placeholders.join(' '), hint: `under "${withheld.section}": replace or delete (never published as it is)` });
  }
  if (missing.has('chapters')) items.push({ line: lineOf(/^#+\s+Timestamps\s*$/), what: 'Timestamps', hint: 'after the show: the chapters of the video' });
  // In the order the author meets them in the note.
  return items.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

// A name that contains a separator is kept whole as a wikilink, as the parser reads it.
function guestFieldValue(name: string): string {
  const trimmed = name.trim();
  return GUEST_SEPARATOR.test(trimmed) ? `[[${trimmed}]]` : trimmed;
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
