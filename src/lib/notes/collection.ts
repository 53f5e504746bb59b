import { numberIsUrl, type KeyParts } from './episode-key.ts';
import type { EpisodeStatus } from './episode.ts';
import { NoteError, type NoteWarning } from './errors.ts';

/** A note's episode, as far as telling it from the others goes. */
export interface KeyedNote {
  file: string;
  /** The line that says which episode it is, for the message. */
  line?: number;
  episode: KeyParts & { key: string; status?: EpisodeStatus; videoId?: string | null };
}

/** Two notes that would both be published under one claim (one video, one URL, one number in the URL); `file` is one, `otherFile` the other. */
export class DuplicateEpisodeError extends NoteError {
  override name = 'DuplicateEpisodeError';
  otherFile = '';
  /** The problem as said of the other note, which `where` names this one: import leaves both out. */
  partnerProblem: (where: string) => string = (where) => `it conflicts with ${where}`;
}

/** Notes that claim one episode: errors between notes that would both be published, warnings otherwise. */
export interface DuplicateFindings {
  errors: NoteError[];
  warnings: NoteWarning[];
}

/**
 * Two published notes that name one video are one episode twice: an error naming both files, what
 * they share and what differs. Notes that name different videos are different episodes, whatever their
 * dates: two of one show on one day each keep their URL (the registry tells them apart by video, see
 * src/lib/archive/url-registry.ts), so they only stop the build if they would be at one URL (one date
 * and one title, or one `slug:`) or share the number their URL is made of (the primary show's). Two
 * that share a number their URL is not made of (a dated show's) are both published and a warning names
 * both: the number is shown for neither (src/lib/archive/assemble-archive.ts). A draft publishes
 * nothing, so a draft that shares a number or a video with another note is only a warning naming both.
 */
export function findDuplicateEpisodes(notes: readonly KeyedNote[]): DuplicateFindings {
  const findings: DuplicateFindings = { errors: [], warnings: [] };
  const sorted = [...notes].sort((a, b) => a.file.localeCompare(b.file));
  const published = sorted.filter((note) => note.episode.status !== 'draft');
  const byVideo = new Map<string, KeyedNote>();
  const byKey = new Map<string, KeyedNote>();
  const byNumber = new Map<string, KeyedNote>();
  for (const note of published) {
    const { key, videoId } = note.episode;
    const sameVideo = videoId ? byVideo.get(videoId) : undefined;
    if (sameVideo) {
      findings.errors.push(sameEpisodeError(note, sameVideo));
      continue;
    }
    const numberClaim = numberClaimOf(note);
    const sameNumber = numberClaim ? byNumber.get(numberClaim) : undefined;
    const sameKey = byKey.get(key);
    // Without both videos known, nothing says they are two episodes.
    const oneEpisode = [sameNumber, sameKey].find((other) => other && !differentVideos(note, other));
    if (oneEpisode) {
      findings.errors.push(sameEpisodeError(note, oneEpisode));
      continue;
    }
    if (sameNumber && (numberIsUrl(note.episode) || numberIsUrl(sameNumber.episode))) {
      findings.errors.push(sharedNumberError(note, sameNumber));
      continue;
    }
    if (sameKey) {
      findings.errors.push(sharedUrlError(note, sameKey));
      continue;
    }
    if (sameNumber) findings.warnings.push(sharedNumberWarning(note, sameNumber));
    if (videoId) byVideo.set(videoId, note);
    byKey.set(key, note);
    if (numberClaim && !sameNumber) byNumber.set(numberClaim, note);
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

function differentVideos(a: KeyedNote, b: KeyedNote): boolean {
  return Boolean(a.episode.videoId && b.episode.videoId && a.episode.videoId !== b.episode.videoId);
}

function numberClaimOf(note: KeyedNote): string | undefined {
  return note.episode.number != null ? `${note.episode.show}#${note.episode.number}` : undefined;
}

function draftClaims(note: KeyedNote): string[] {
  const { show, number, videoId } = note.episode;
  return [...(number != null ? [`${show}#${number}`] : []), ...(videoId ? [`video:${videoId}`] : [])];
}

/** How the team names a note: its file name, as Obsidian shows it. */
export function noteName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

/** Two notes of one video: one episode twice. */
function sameEpisodeError(note: KeyedNote, first: KeyedNote): DuplicateEpisodeError {
  const { episode } = note;
  const sameNumber = episode.number != null && first.episode.show === episode.show && first.episode.number === episode.number;
  const sameKey = episode.key === first.episode.key;
  const what = sameNumber ? `episode ${episode.number}` : sameKey ? `the episode at /episodes/${episode.key}/` : `the video ${episode.videoId}`;
  return pair(note, first, `${what} is also in ${first.file} (${comparison(note, first)})`,
    'keep one note per episode: if one is a stale copy, delete it or mark it `draft: true`; if both are episodes, fix the number (or date, or video) of one of them.',
    (where) => `it is the same episode as ${where} (${comparison(note, first)})`);
}

/** Two episodes (two videos) whose URL is made of one number: neither can be published under it. */
function sharedNumberError(note: KeyedNote, first: KeyedNote): DuplicateEpisodeError {
  const number = note.episode.number;
  return pair(note, first, `this note and ${first.file} are both numbered ${number} but name different videos (${note.episode.videoId}, ${first.episode.videoId}): two episodes cannot share the number their URL is made of, so neither is published`,
    NUMBER_FIX, (where) => `it and ${where} are both numbered ${number} but name different videos: neither is published`);
}

/** Two episodes (two videos) that would be at one URL: one date and one title, or one `slug:`. */
function sharedUrlError(note: KeyedNote, first: KeyedNote): DuplicateEpisodeError {
  const { key, date, videoId } = note.episode;
  const example = `${key.split('/').pop()}-2`;
  return pair(note, first, `this note and ${first.file} would both be at /episodes/${key}/ but name different videos (${videoId}, ${first.episode.videoId}): they are two episodes${date && date === first.episode.date ? ` of ${date} with one title` : ''}`,
    `give one a URL of its own with \`slug:\` in its frontmatter (e.g. \`slug: ${example}\`); if one names the wrong video, correct its \`url:\`.`,
    (where) => `it and ${where} would both be at /episodes/${key}/ but name different videos`);
}

const NUMBER_FIX = 'correct the number of the note that has it wrong (in its heading or file name, or `episode:`); if one is a stale copy, delete it.';

/** Two episodes (two videos) of a show whose URLs are not made of numbers: both publish, without the number. */
function sharedNumberWarning(note: KeyedNote, first: KeyedNote): NoteWarning {
  return {
    file: note.file, line: note.line,
    problem: `this note and ${first.file} are both numbered ${note.episode.number} but name different videos (${note.episode.videoId}, ${first.episode.videoId}): both are published, and the number is shown for neither`,
    fix: NUMBER_FIX,
  };
}

function pair(note: KeyedNote, first: KeyedNote, problem: string, fix: string, partnerProblem: (where: string) => string): DuplicateEpisodeError {
  const error = new DuplicateEpisodeError({ file: note.file, line: note.line }, problem, fix);
  error.otherFile = first.file;
  error.partnerProblem = partnerProblem;
  return error;
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
