import type { LoadedNote } from '../collection/notes-folder.ts';
import { describeRepeatedProblems, isRepeatedProblems, summariseRepeatedProblems } from '../collection/repeated-problems.ts';
import type { NoteError, NoteWarning } from '../notes/errors.ts';
import type { Episode } from '../notes/parse-note.ts';
import { slugify } from '../notes/slug.ts';
import { blockingParts } from '../notes/status.ts';
import { plain, type Style } from './cli.ts';
import { episodeLabel, formatStatus, formatTranscript, formatWithheld, WHERE_TO_WRITE, type ReportShow, type ReportTranscript } from './episode-report.ts';
import { guestsWithoutProfile, warningsBeyondWithheld } from './note-warnings.ts';
import { reportedGuests, reportedTitle, reportedTopics } from './check-people.ts';
import { count, field, fieldLines, formatFileWarning, formatInstant, formatProblem, formatWarning } from './report-lines.ts';
import type { TopicVocabularyEntry } from '../notes/topics.ts';

export interface CheckReportInput {
  /** The notes folder, as shown to the author. */
  folder: string;
  now: Date;
  /** The configured shows, primary first. */
  shows: readonly ReportShow[];
  notes: readonly LoadedNote[];
  errors: readonly NoteError[];
  /** Notes that belong to no show: not published, reported with what to do. */
  unrecognised?: readonly NoteError[];
  /** Problems of drafts: reported, stopping nothing until the note could be published. */
  draftProblems?: readonly NoteError[];
  /** Warnings about the folder as a whole (a draft numbered like another note). */
  folderWarnings?: readonly NoteWarning[];
  /** Slugs of the guest profiles, to point out guests without one; undefined skips that. */
  guestProfiles?: ReadonlySet<string>;
  /** The guests folder, as shown to the author. */
  guestsFolder?: string;
  /** How many guest profiles were checked, valid or not; undefined leaves profiles out of the summary. */
  guestProfileCount?: number;
  /** Problems in guest profiles: they stop the build as a note's errors do. */
  guestErrors?: readonly NoteError[];
  /** Warnings `npm run check` finds itself (not the parser), by note file. */
  notices?: ReadonlyMap<string, readonly NoteWarning[]>;
  /** The transcripts folder, read as the build reads it; undefined leaves transcripts out of the report. */
  transcripts?: ReportTranscripts;
  /** The topic vocabulary, to show the topics a transcript's summary adds. */
  topics?: readonly TopicVocabularyEntry[];
}

/** What the report says of the transcripts: which episode has one, and what is wrong with any. */
export interface ReportTranscripts {
  /** The folder, as shown to the author. */
  folder: string;
  files: number;
  byVideo: ReadonlyMap<string, ReportTranscript>;
  warnings: readonly NoteWarning[];
}

/**
 * The editorial report of `npm run check`: per episode its number, title, status, what is
 * missing and what was withheld, with the warnings; then every error as `file:line  problem`
 * and its fix. Plain text, aligned for a terminal; colours only through `style`.
 */
export function formatCheckReport(input: CheckReportInput, style: Style = plain): string {
  const lines = [style('bold', `Episode notes in ${input.folder}`) + style('dim', ` (as of ${formatInstant(input.now.toISOString())})`), ''];
  const showIndex = (slug: string) => input.shows.findIndex((show) => show.slug === slug);
  const notes = [...input.notes].sort((a, b) => {
    const [x, y] = [a.parsed.episode, b.parsed.episode];
    return showIndex(x.show) - showIndex(y.show) || (x.number ?? 0) - (y.number ?? 0) ||
      (x.date ?? '').localeCompare(y.date ?? '') || a.file.localeCompare(b.file);
  });
  let warningCount = 0;
  for (const note of notes) {
    const episode = formatEpisode(note, input, style);
    warningCount += episode.warnings;
    lines.push(...episode.lines, '');
  }
  if (notes.length === 0 && input.errors.length === 0) lines.push('No episode notes yet: `npm run new -- "Title"` or `npm run import -- <vault>` adds one.', '');

  const missingProfiles = input.guestProfiles && input.guestsFolder
    ? guestsWithoutProfile(notes.flatMap((note) => note.parsed.episode.guests), input.guestProfiles)
    : [];
  if (missingProfiles.length) {
    lines.push(style('dim', `Guests without a profile get a page from their name alone; for a photo and bio add ${input.guestsFolder}/<name>.yaml (e.g. ${slugify(missingProfiles[0]!)}.yaml).`), '');
  }

  const draftProblems = input.draftProblems ?? [];
  lines.push(...formatDrafts(notes.filter((note) => note.parsed.episode.status === 'draft'), draftProblems, style));
  const folderWarnings = input.folderWarnings ?? [];
  for (const warning of folderWarnings) lines.push(...formatFileWarning(warning, style), '');

  const transcriptWarnings = input.transcripts?.warnings ?? [];
  if (input.transcripts) lines.push(...formatTranscripts(input.transcripts, notes, style));

  const unrecognised = input.unrecognised ?? [];
  if (unrecognised.length) {
    lines.push(style('yellow', `${count(unrecognised.length, 'note')} not an episode: not published`), '');
    for (const note of unrecognised) lines.push(...formatProblem(note, style), '');
  }

  const errorCount = input.errors.length + (input.guestErrors?.length ?? 0);
  lines.push(...formatErrors(input.errors, input.guestErrors ?? [], style));
  const files = new Set([...notes, ...unrecognised, ...draftProblems, ...input.errors].map((item) => item.file)).size;
  const warnings = warningCount + unrecognised.length + draftProblems.length + folderWarnings.length + transcriptWarnings.length;
  lines.push(summary(files, input.guestProfileCount, notes.map((note) => note.parsed.episode), draftProblems.length, warnings, errorCount));
  return lines.join('\n');
}

/** One episode's block: its label and title, then a field per fact, then its own warnings (counted for the summary). */
function formatEpisode(note: LoadedNote, input: CheckReportInput, style: Style): { lines: string[]; warnings: number } {
  const { episode, withheld } = note.parsed;
  const transcript = episode.videoId ? input.transcripts?.byVideo.get(episode.videoId) : undefined;
  const showName = input.shows.find((show) => show.slug === episode.show)?.name ?? episode.show;
  const title = reportedTitle(note.parsed, note.file, transcript, showName);
  const lines = [style('bold', `${episodeLabel(episode, input.shows)}  ${title.title}`)];
  if (input.shows.length > 1) lines.push(field('show', showName));
  lines.push(field('file', note.file));
  if (title.source) lines.push(field('title', title.source));
  lines.push(field('status', formatStatus(episode, style)));
  lines.push(...fieldLines('guests', reportedGuests(note.parsed, input.guestProfiles)));
  lines.push(field('topics', reportedTopics(episode, transcript, input.topics)));
  lines.push(field('missing', episode.missing.length ? episode.missing.map((part) => WHERE_TO_WRITE[part]).join(', ') : 'nothing'));
  if (transcript) lines.push(field('transcript', formatTranscript(transcript, episode)));
  lines.push(...fieldLines('withheld', withheld.length ? [...withheld].sort((a, b) => a.line - b.line).map(formatWithheld) : ['nothing']));
  // A warning that only repeats a withheld line (an internal link, an unknown section) is said once.
  const ownWarnings = [...(input.notices?.get(note.file) ?? []), ...warningsBeyondWithheld(note.parsed), ...(title.warning && episode.status !== 'draft' ? [title.warning] : [])];
  for (const warning of ownWarnings) lines.push(...fieldLines(style('yellow', 'warning'), formatWarning(warning), 'warning'.length));
  return { lines, warnings: ownWarnings.length };
}

/** The drafts, and problems of notes that are drafts: what each needs before it is published. Blocks nothing. */
function formatDrafts(drafts: readonly LoadedNote[], draftProblems: readonly NoteError[], style: Style): string[] {
  if (!drafts.length && !draftProblems.length) return [];
  const lines = [style('yellow', `${count(drafts.length + draftProblems.length, 'draft')}: no page, and nothing blocked; what each needs before it is published`), ''];
  for (const note of drafts) {
    const needs = blockingParts(note.parsed.episode.missing).map((part) => WHERE_TO_WRITE[part]);
    lines.push(`${style('bold', note.file)}  ${needs.length ? `add a ${needs.join(', a ')}` : 'remove `draft: true` when it is ready'}`);
  }
  for (const problem of draftProblems) lines.push(...formatProblem(problem, style).map((line, index) => (index === 0 ? `${line} (a draft: fix it before it is published)` : line)));
  return [...lines, ''];
}

/** The errors that stop the build, notes' and guest profiles', the same problem in many notes listed ten times, then counted. */
function formatErrors(errors: readonly NoteError[], guestErrors: readonly NoteError[], style: Style): string[] {
  const errorCount = errors.length + guestErrors.length;
  if (!errorCount) return [];
  const lines = [style('red', style('bold', `${count(errorCount, 'error')}: the build stops until ${errorCount === 1 ? 'it is' : 'they are'} fixed`))];
  // The parser stops at a note's first problem, so a note may have more than the one shown.
  if (errors.length) lines.push(style('dim', 'Each note shows only its first error: fix it and run `npm run check` again to see whether there is another.'));
  lines.push('');
  for (const entry of summariseRepeatedProblems([...errors, ...guestErrors])) {
    lines.push(...(isRepeatedProblems(entry) ? [style('dim', describeRepeatedProblems(entry))] : formatProblem(entry, style)), '');
  }
  return lines;
}

/** The transcripts' line: how many files, how many belong to an episode here, and their warnings. */
function formatTranscripts(transcripts: ReportTranscripts, notes: readonly LoadedNote[], style: Style): string[] {
  const videos = new Set(notes.flatMap((note) => (note.parsed.episode.videoId ? [note.parsed.episode.videoId] : [])));
  const belonging = [...transcripts.byVideo.keys()].filter((video) => videos.has(video)).length;
  const lines = [style('bold', `Transcripts in ${transcripts.folder}`) + `: ${count(transcripts.files, 'file')}, ${belonging} of ${count(videos.size, 'episode')} with a video here; a transcript of no episode's video publishes nothing.`];
  for (const warning of transcripts.warnings) lines.push(...formatFileWarning(warning, style));
  return [...lines, ''];
}

function summary(files: number, profiles: number | undefined, episodes: readonly Episode[], unreadDrafts: number, warnings: number, errors: number): string {
  const by = (status: Episode['status']) => episodes.filter((episode) => episode.status === status).length;
  const statuses = `${by('published')} published, ${by('upcoming')} upcoming, ${by('draft') + unreadDrafts} draft`;
  const problems = errors ? `${count(errors, 'error')}` : 'no errors';
  const checked = profiles === undefined ? count(files, 'note') : `${count(files, 'note')} and ${count(profiles, 'guest profile')}`;
  return `${checked} checked: ${statuses}; ${count(warnings, 'warning')}, ${problems}.`;
}
