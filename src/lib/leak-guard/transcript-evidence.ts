import { parseTranscript } from '../transcripts/parse-transcript.ts';
import type { NoteSecretsInput } from './secrets.ts';

/** A transcript file: its path (as messages show it) and its text. */
export interface TranscriptFile {
  path: string;
  text: string;
}

/**
 * The transcripts of the notes' videos, as public text: a host saying on the show what a note's checklist
 * says ("how do you pronounce your name?") is what was said in public, and its transcript page is no leak.
 * Only a transcript of a video some note's public material names counts (a published episode's facts name
 * its video; a draft's name none); the others publish nothing.
 */
export function transcriptsEvidence(files: Iterable<TranscriptFile>, notes: readonly { publicText: string }[]): NoteSecretsInput[] {
  const read = [...files].map(({ path, text }) => ({ file: path, videoId: parseTranscript(text, path).transcript.videoId, text: () => text }));
  return recordedTranscriptsEvidence(read, notes);
}

/** A transcript as the transcripts loader recorded it: its file, the video it is of, and its text (read when needed). */
export interface RecordedTranscript {
  file: string;
  videoId: string | null | undefined;
  text: () => string;
}

/** The same, from the transcripts the loader stored (their video known): the guard parses none. */
export function recordedTranscriptsEvidence(files: Iterable<RecordedTranscript>, notes: readonly { publicText: string }[]): NoteSecretsInput[] {
  // Gathered once: a search of every note's text per transcript grew with notes × transcripts.
  const named = new Set(notes.flatMap((note) => videoIdLikeWords(note.publicText)));
  const found: NoteSecretsInput[] = [];
  for (const { file, videoId, text } of files) {
    if (videoId && named.has(videoId)) found.push({ file, episode: videoId, withheld: [], publicText: text() });
  }
  return found;
}

/** Every word of a text shaped like a YouTube video id (11 letters, digits, `-` or `_`, standing alone, as in a URL). */
function videoIdLikeWords(text: string): string[] {
  return text.match(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{11}(?![A-Za-z0-9_-])/g) ?? [];
}
