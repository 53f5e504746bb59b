import { episodeClaims, registryIdentity, type KeyParts } from './episode-key.ts';
import type { EpisodeStatus } from './episode.ts';
import { NoteError, type NoteWarning } from './errors.ts';

/** A note's episode, as far as telling it from the others goes. */
export interface KeyedNote {
  file: string;
  /** The line that says which episode it is, for the message. */
  line?: number;
  episode: KeyParts & { key: string; status?: EpisodeStatus; videoId?: string | null };
}

/** Two notes that would both be published as one episode; `file` is one, `otherFile` the other. */
export class DuplicateEpisodeError extends NoteError {
  override name = 'DuplicateEpisodeError';
  otherFile = '';
}

/** Notes that claim one episode: errors between notes that would both be published, warnings otherwise. */
export interface DuplicateFindings {
  errors: NoteError[];
  warnings: NoteWarning[];
}

/**
 * Two published notes for one episode would fight over one page: the same key, the same number in one
 * show, the same video, or two episodes of one show on one day (the URL registry pins dated episodes by
 * show and day, so they would get one URL). Every such pair is an error naming both files, what they
 * share and what differs. A draft publishes nothing, so a draft that shares a number or a video with
 * another note is only a warning naming both: it blocks nothing.
 */
export function findDuplicateEpisodes(notes: readonly KeyedNote[]): DuplicateFindings {
  const findings: DuplicateFindings = { errors: [], warnings: [] };
  const sorted = [...notes].sort((a, b) => a.file.localeCompare(b.file));
  const published = sorted.filter((note) => note.episode.status !== 'draft');
  const byClaim = new Map<string, KeyedNote>();
  for (const note of published) {
    const first = claimsOf(note).map((claim) => byClaim.get(claim)).find(Boolean);
    if (first) {
      findings.errors.push(duplicateError(note, first));
      continue;
    }
    for (const claim of claimsOf(note)) byClaim.set(claim, note);
  }
  // A draft is compared with every other note by number and video only (its key is its own),
  // naming a published note it shares them with before another draft.
  const byNumberOrVideo = new Map<string, KeyedNote[]>();
  for (const note of sorted) for (const claim of draftClaims(note)) byNumberOrVideo.set(claim, [...(byNumberOrVideo.get(claim) ?? []), note]);
  for (const note of sorted) {
    if (note.episode.status !== 'draft') continue;
    const sharing = draftClaims(note).flatMap((claim) => byNumberOrVideo.get(claim) ?? []).filter((other) => other !== note);
    const other = sharing.find((candidate) => candidate.episode.status !== 'draft') ?? sharing[0];
    if (other) findings.warnings.push(draftLikeWarning(note, other));
  }
  return findings;
}

function claimsOf(note: KeyedNote): string[] {
  const videoId = note.episode.videoId;
  return [...episodeClaims(note.episode), ...(videoId ? [`video:${videoId}`] : [])];
}

function draftClaims(note: KeyedNote): string[] {
  const { show, number, videoId } = note.episode;
  return [...(number != null ? [`${show}#${number}`] : []), ...(videoId ? [`video:${videoId}`] : [])];
}

/** How the team names a note: its file name, as Obsidian shows it. */
export function noteName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

function duplicateError(note: KeyedNote, first: KeyedNote): DuplicateEpisodeError {
  const error = describeDuplicate(note, first);
  error.otherFile = first.file;
  return error;
}

function describeDuplicate(note: KeyedNote, first: KeyedNote): DuplicateEpisodeError {
  const { episode } = note;
  const sameDay = registryIdentity(episode) !== undefined && registryIdentity(episode) === registryIdentity(first.episode);
  const sameNumber = episode.number != null && first.episode.show === episode.show && first.episode.number === episode.number;
  const sameKey = episode.key === first.episode.key;
  if (sameDay && !sameNumber && !sameKey) {
    return new DuplicateEpisodeError({ file: note.file, line: note.line },
      `this is a second episode of the show on ${episode.date}, and so is ${first.file}: both would get one URL`,
      `if they are two episodes, give one a URL of its own with \`slug:\` in its frontmatter (e.g. \`slug: ${episode.date}-second-call\`); if one is a copy, delete it.`);
  }
  const what = sameNumber ? `episode ${episode.number}` : sameKey ? `the episode at /episodes/${episode.key}/` : `the video ${episode.videoId}`;
  return new DuplicateEpisodeError({ file: note.file, line: note.line }, `${what} is also in ${first.file} (${comparison(note, first)})`,
    'keep one note per episode: if one is a stale copy, delete it or mark it `draft: true`; if both are episodes, fix the number (or date, or video) of one of them.');
}

/** What two notes for one episode share and how they differ, so the author can tell which to keep. */
export function comparison(note: KeyedNote, other: KeyedNote): string {
  const a = note.episode;
  const b = other.episode;
  const facts: string[] = [];
  if (a.videoId && b.videoId) facts.push(a.videoId === b.videoId ? `same video ${a.videoId}` : `different videos (${a.videoId}, ${b.videoId})`);
  if (a.date && b.date) facts.push(a.date === b.date ? `same date ${a.date}` : `different dates (${a.date}, ${b.date})`);
  facts.push(a.title === b.title ? `same title "${a.title}"` : `titles "${a.title}" and "${b.title}"`);
  return facts.join(', ');
}

function draftLikeWarning(note: KeyedNote, other: KeyedNote): NoteWarning {
  const { number, videoId } = note.episode;
  const sameNumber = number != null && other.episode.show === note.episode.show && other.episode.number === number;
  const like = sameNumber ? 'numbered like' : `with the same video (${videoId}) as`;
  return {
    file: note.file, line: note.line,
    problem: `${noteName(note.file)} is a draft ${like} ${noteName(other.file)} (${other.file}${other.episode.status === 'draft' ? ', also a draft' : ''})`,
    fix: 'nothing stops the build; before this draft airs, give it its own number (or delete it if it is a stale copy).',
  };
}
