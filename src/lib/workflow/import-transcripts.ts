import { posix } from 'node:path';
import type { NoteWarning } from '../notes/errors.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';

/** A transcript file: in the vault (path relative to the vault) or in the project's transcripts folder (relative to it). */
export interface TranscriptFile {
  path: string;
  bytes: Uint8Array;
}

export interface TranscriptCopy {
  /** add: the project has no transcript of this video; update: it has another text of it; unchanged: the same bytes. */
  action: 'add' | 'update' | 'unchanged';
  videoId: string;
  /** The vault file, relative to the vault. */
  source: string;
  /** The file to write, relative to the project's transcripts folder. */
  target: string;
  bytes: Uint8Array;
}

export interface TranscriptCopyPlan {
  copies: TranscriptCopy[];
  warnings: NoteWarning[];
}

const decoder = new TextDecoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/**
 * Which of the vault's transcripts to copy into the project, for the episodes an import brings in. A
 * transcript belongs to the episode whose video its `URL:` line names (file names and titles do not
 * matter), so only transcripts of imported videos are copied. A video the project already has a
 * transcript of keeps its file name there (a file dropped in by hand is updated in place, not doubled);
 * a new one keeps the vault's file name. Pure: the caller reads the files and writes the copies.
 * @param vault the vault's transcript files (e.g. everything under `transcripts/`).
 * @param importedVideoIds the video ids of the episodes the import copies (Episode.videoId).
 * @param project what the project's transcripts folder holds now.
 */
export function planTranscriptCopies(vault: readonly TranscriptFile[], importedVideoIds: Iterable<string>, project: readonly TranscriptFile[]): TranscriptCopyPlan {
  const wanted = new Set(importedVideoIds);
  const warnings: NoteWarning[] = [];
  const inProject = new Map<string, TranscriptFile>();
  for (const file of project) {
    const videoId = parseTranscript(decoder.decode(file.bytes), file.path).transcript.videoId;
    if (videoId && !inProject.has(videoId)) inProject.set(videoId, file);
  }
  // The script names files by publication time; of two files of one video, the later name is the newer text.
  const byVideo = new Map<string, TranscriptFile>();
  for (const file of [...vault].sort((a, b) => a.path.localeCompare(b.path))) {
    const videoId = parseTranscript(decoder.decode(file.bytes), file.path).transcript.videoId;
    if (!videoId || !wanted.has(videoId)) continue;
    const earlier = byVideo.get(videoId);
    if (earlier) warnings.push({ file: earlier.path, problem: `${file.path} is a transcript of the same video (${videoId}); it is the one copied`, fix: 'delete the older of the two files from the vault.' });
    byVideo.set(videoId, file);
  }
  const copies: TranscriptCopy[] = [];
  for (const [videoId, file] of byVideo) {
    const existing = inProject.get(videoId);
    const target = existing?.path ?? posix.basename(file.path.replaceAll('\\', '/'));
    const action = !existing ? 'add' : sameBytes(existing.bytes, file.bytes) ? 'unchanged' : 'update';
    copies.push({ action, videoId, source: file.path, target, bytes: file.bytes });
  }
  return { copies: copies.sort((a, b) => a.target.localeCompare(b.target)), warnings };
}
