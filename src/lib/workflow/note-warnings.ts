import type { NoteWarning } from '../notes/errors.ts';
import type { ParsedNote } from '../notes/parse-note.ts';
import { slugify } from '../notes/slug.ts';
import type { WithheldReason } from '../notes/withheld.ts';

/** A note's warnings that say more than its withheld list (a warning about an internal link or an unknown section is that list again). */
export function warningsBeyondWithheld(parsed: Pick<ParsedNote, 'warnings' | 'withheld'>): NoteWarning[] {
  const withheldLines = new Set(parsed.withheld.map((item) => item.line));
  return parsed.warnings.filter((warning) => warning.line === undefined || !withheldLines.has(warning.line));
}

const WITHHELD_NOUNS: Record<WithheldReason, [string, string]> = {
  'internal section': ['internal section', 'internal sections'],
  'section not on the allow-list': ['section not on the allow-list', 'sections not on the allow-list'],
  'note preamble': ['preamble', 'preambles'],
  'template instruction': ['template instruction', 'template instructions'],
  'template placeholder': ['template placeholder', 'template placeholders'],
  'opening line': ['opening line', 'opening lines'],
  'internal link': ['line linking to an internal host', 'lines linking to an internal host'],
  comment: ['comment', 'comments'],
  'data field': ['data field', 'data fields'],
  'template leftover': ['template leftover', 'template leftovers'],
  'note to colleagues': ['note to colleagues', 'notes to colleagues'],
  'author marker': ['author marker', 'author markers'],
  'struck through': ['struck-through text', 'struck-through texts'],
  'note to the hosts': ['note to the hosts', 'notes to the hosts'],
};

/**
 * What a note withholds, in one line for the build's log: "withheld 3 internal sections, 1 comment".
 * The text before the first section (video, fields) is withheld from every note and not worth a word.
 * Undefined when nothing else is withheld.
 */
export function withheldSummary(parsed: Pick<ParsedNote, 'withheld'>): string | undefined {
  return withheldCountsInWords(parsed.withheld);
}

/** The same line for many notes at once: "withheld 3,000 internal sections, 1,000 template instructions". */
export function withheldSummaryOfNotes(notes: readonly Pick<ParsedNote, 'withheld'>[]): string | undefined {
  return withheldCountsInWords(notes.flatMap((note) => note.withheld));
}

function withheldCountsInWords(withheld: ParsedNote['withheld']): string | undefined {
  const counts = new Map<WithheldReason, number>();
  for (const item of withheld) if (item.reason !== 'note preamble') counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const parts = [...counts].map(([reason, count]) => `${count.toLocaleString('en')} ${WITHHELD_NOUNS[reason][count === 1 ? 0 : 1]}`);
  return `withheld ${parts.join(', ')}`;
}

/** Guests, by name, who have no profile among the given slugs (each once, in order). */
export function guestsWithoutProfile(guests: readonly string[], profiles: ReadonlySet<string>): string[] {
  return [...new Set(guests.filter((guest) => !profiles.has(slugify(guest))))];
}
