import type { NoteWarning } from '../notes/errors.ts';

/** A transcript file, as messages show its path, and the video its `URL:` line names. */
export interface TranscriptOfVideo {
  file: string;
  videoId: string;
}

/** Which file each video's pages use, and a warning for every other file of the same video. */
export interface TranscriptChoice {
  /** The file used, by video. */
  used: Map<string, string>;
  /** A file not used, because another file of its video comes first, with the warning that says so. */
  repeats: Map<string, NoteWarning>;
}

/**
 * The rule when several transcript files name one video, decided here for the build's loader and
 * `npm run check` alike: the first by sorted path is used (whatever order the files come in), and
 * every other is reported with its file, the one used, and the fix. A transcript never stops a build.
 */
export function chooseTranscriptPerVideo(transcripts: Iterable<TranscriptOfVideo>): TranscriptChoice {
  const all = [...transcripts];
  const used = new Map<string, string>();
  for (const { file, videoId } of all) {
    const first = used.get(videoId);
    if (first === undefined || file < first) used.set(videoId, file);
  }
  const repeats = new Map<string, NoteWarning>();
  for (const { file, videoId } of all) {
    const first = used.get(videoId)!;
    if (first !== file) repeats.set(file, sameVideoWarning(file, videoId, first));
  }
  return { used, repeats };
}

function sameVideoWarning(file: string, videoId: string, first: string): NoteWarning {
  return { file, problem: `this transcript is of the same video (${videoId}) as ${first}, which is the one used`, fix: 'delete one of the two files.' };
}
