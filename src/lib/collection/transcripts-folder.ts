import type { NoteWarning } from '../notes/errors.ts';
import { describeTranscript, type TranscriptDescription } from '../transcripts/publish-transcript.ts';
import { chooseTranscriptPerVideo } from '../transcripts/transcript-per-video.ts';
import { readTranscriptFiles } from './transcript-files.ts';

type UsableTranscript = TranscriptDescription & { withCaptions: boolean };

export interface TranscriptsFolder {
  /** How many transcript files the folder has. */
  files: number;
  /** What each usable transcript gives, by the video it names; `withCaptions`: its page adds the raw captions. */
  byVideo: Map<string, UsableTranscript>;
  /** What is wrong with any of them; none stops a build. */
  warnings: NoteWarning[];
}

/**
 * Every transcript of a folder, read as the build's loader reads them (which file is used for a video,
 * and the same warnings, file by file), for `npm run check`: the build only reads files changed since its
 * last run, so its log repeats no warning of an unchanged one.
 */
export function readTranscriptsFolder(folder: string): TranscriptsFolder {
  const read: { file: string; warnings: NoteWarning[]; usable: UsableTranscript | null }[] = [];
  for (const { file, text } of readTranscriptFiles(folder)) {
    const { described, warnings } = describeTranscript(text, file);
    if (!described) {
      read.push({ file, warnings, usable: null });
      continue;
    }
    const { body, captionsBody, ...description } = described;
    read.push({ file, warnings, usable: { ...description, withCaptions: captionsBody !== null } });
  }
  const { repeats } = chooseTranscriptPerVideo(read.flatMap(({ file, usable }) => (usable ? [{ file, videoId: usable.videoId }] : [])));
  const byVideo: TranscriptsFolder['byVideo'] = new Map();
  const warnings: NoteWarning[] = [];
  for (const { file, warnings: own, usable } of read) {
    warnings.push(...own);
    const repeat = repeats.get(file);
    if (repeat) warnings.push(repeat);
    else if (usable) byVideo.set(usable.videoId, usable);
  }
  return { files: read.length, byVideo, warnings };
}
