import type { LoadedFolder } from '../collection/notes-folder.ts';
import { noteName } from '../notes/collection.ts';
import { formatNoteProblem } from '../notes/errors.ts';
import { blockingParts } from '../notes/status.ts';
import type { Episode } from '../notes/parse-note.ts';
import { guestsWithoutProfile, warningsBeyondWithheld, withheldSummary, withheldSummaryOfNotes } from './note-warnings.ts';

export interface BuildWarningsInput {
  loaded: Pick<LoadedFolder, 'notes' | 'reused' | 'unrecognised' | 'draftProblems' | 'warnings'>;
  /** Every episode in the collection after this build's sync, changed or not. */
  stored: readonly (Pick<Episode, 'number' | 'title' | 'status' | 'missing' | 'guests'> & { sourceFile: string; sourceLine: number | null })[];
  /** Slugs of the guest profiles; undefined skips the profile warning. */
  profiles?: ReadonlySet<string>;
  guestsFolder?: string;
  seriesPrefix: string;
}

/**
 * Above this many changed notes, what they withhold is one line for all of them: a first build of a
 * thousand notes printed a thousand such lines, among which a draft's warning went unseen (issue 22).
 */
export const WITHHELD_LINES_PER_NOTE_UP_TO = 20;

/**
 * What a build tells the team, concisely: notes that match no show; per changed note one line of what
 * it withholds (one line for all of them when more than WITHHELD_LINES_PER_NOTE_UP_TO changed) and
 * its other warnings; every draft; guests without a profile. `npm run check` has the details. Notes
 * unchanged since the last build were reported when they changed.
 */
export function buildWarnings({ loaded, stored, profiles, guestsFolder, seriesPrefix }: BuildWarningsInput): string[] {
  const warnings: string[] = [];
  for (const note of loaded.unrecognised) warnings.push(`${note.message}\n  This note is not an episode: not published.`);
  for (const problem of loaded.draftProblems) warnings.push(`${problem.message}\n  This note is a draft (no video or no date yet): it gets no page, and blocks nothing.`);
  for (const warning of loaded.warnings) warnings.push(formatNoteProblem(warning, warning.problem, warning.fix));
  const linePerNote = loaded.notes.length <= WITHHELD_LINES_PER_NOTE_UP_TO;
  for (const note of loaded.notes) {
    const summary = linePerNote ? withheldSummary(note.parsed) : undefined;
    if (summary) warnings.push(`${note.file}: ${summary} (not published; \`npm run check\` lists them)`);
    for (const warning of warningsBeyondWithheld(note.parsed)) warnings.push(formatNoteProblem(warning, warning.problem, warning.fix));
  }
  const together = linePerNote ? undefined : withheldSummaryOfNotes(loaded.notes.map((note) => note.parsed));
  if (together) warnings.unshift(`${loaded.notes.length.toLocaleString('en')} changed notes ${together} (not published; \`npm run check\` lists them, note by note)`);
  if (loaded.reused.length) warnings.push(`${loaded.reused.length} unchanged note(s) were not read again; \`npm run check\` reports on every note.`);
  for (const episode of stored) {
    if (episode.status !== 'draft') continue;
    const blocking = blockingParts(episode.missing);
    const label = episode.number === null ? `"${episode.title}"` : `"${noteName(episode.sourceFile)}"`;
    const where = formatNoteProblem({ file: episode.sourceFile, line: episode.sourceLine ?? undefined }, `${label} is a draft`);
    warnings.push(`${where} (${blocking.length ? `no ${blocking.join(' and no ')}` : 'marked `draft: true`'}): it gets no page.`);
  }
  if (profiles) {
    const missing = guestsWithoutProfile(stored.filter((episode) => episode.status !== 'draft').flatMap((episode) => episode.guests), profiles);
    if (missing.length) warnings.push(`${missing.length} guest(s) without a profile in ${guestsFolder}: ${missing.join(', ')} (their pages show the name alone; add <slug>.yaml for a photo and bio).`);
  }
  return warnings;
}
