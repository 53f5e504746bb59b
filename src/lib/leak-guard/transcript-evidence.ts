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
  // Gathered once: a search of every note's text per transcript grew with notes × transcripts.
  const named = new Set(notes.flatMap((note) => videoIdLikeWords(note.publicText)));
  const found: NoteSecretsInput[] = [];
  for (const { path, text } of files) {
    const { videoId } = parseTranscript(text, path).transcript;
    if (videoId && named.has(videoId)) found.push({ file: path, episode: videoId, withheld: [], publicText: text });
  }
  return found;
}

/** Every word of a text shaped like a YouTube video id (11 letters, digits, `-` or `_`, standing alone, as in a URL). */
function videoIdLikeWords(text: string): string[] {
  return text.match(/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{11}(?![A-Za-z0-9_-])/g) ?? [];
}
