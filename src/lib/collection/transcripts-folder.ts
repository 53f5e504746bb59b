import type { NoteWarning } from '../notes/errors.ts';
import { describeTranscript, type TranscriptDescription } from '../transcripts/publish-transcript.ts';
import { readTranscriptFiles } from './transcript-files.ts';

/** Two files of one video: the first (in file order) is used, as the build does. */
export function sameVideoWarning(file: string, videoId: string, first: string): NoteWarning {
  return { file, problem: `this transcript is of the same video (${videoId}) as ${first}, which is the one used`, fix: 'delete one of the two files.' };
}

export interface TranscriptsFolder {
  /** How many transcript files the folder has. */
  files: number;
  /** What each usable transcript gives, by the video it names; `withCaptions`: its page adds the raw captions. */
  byVideo: Map<string, TranscriptDescription & { withCaptions: boolean }>;
  /** What is wrong with any of them; none stops a build. */
  warnings: NoteWarning[];
}

/**
 * Every transcript of a folder, read as the build's loader reads them (which file is used for a video,
 * and the same warnings), for `npm run check`: the build only reads files changed since its last run, so
 * its log repeats no warning of an unchanged one.
 */
export function readTranscriptsFolder(folder: string): TranscriptsFolder {
  const byVideo: TranscriptsFolder['byVideo'] = new Map();
  const warnings: NoteWarning[] = [];
  let files = 0;
  for (const { file, text } of readTranscriptFiles(folder)) {
    files += 1;
    const { described, warnings: own } = describeTranscript(text, file);
    warnings.push(...own);
    if (!described) continue;
    const first = byVideo.get(described.videoId);
    if (first) {
      warnings.push(sameVideoWarning(file, described.videoId, first.file));
      continue;
    }
    const { body, captionsBody, ...description } = described;
    byVideo.set(described.videoId, { ...description, withCaptions: captionsBody !== null });
  }
  return { files, byVideo, warnings };
}
