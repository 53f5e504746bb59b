import type { NoteWarning } from '../notes/errors.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import { noteDigest, type TranscriptRecord } from './import-record.ts';

/** A transcript file: in the vault (path relative to the vault) or in the project's transcripts folder (relative to it). */
export interface TranscriptFile {
  path: string;
  bytes: Uint8Array;
}

export interface TranscriptCopy {
  /**
   * add: the project has no transcript of this video; update: it has another text of it, as an import
   * wrote it; unchanged: the same bytes; kept: it has another text of it that was edited in the project
   * (or written there by hand) since, so it is not overwritten without `force`.
   */
  action: 'add' | 'update' | 'unchanged' | 'kept';
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
  /** The transcripts part of the import record after this import. */
  record: TranscriptRecord;
}

export interface TranscriptCopyOptions {
  /** What earlier imports wrote into the transcripts folder; undefined when no import recorded it. */
  record?: TranscriptRecord;
  /** Replace transcripts edited in the project. */
  force?: boolean;
}

const decoder = new TextDecoder();
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index]);

/**
 * Which of the vault's transcripts to copy into the project, for the episodes an import brings in. A
 * transcript belongs to the episode whose video its `URL:` line names (file names and titles do not
 * matter), so only transcripts of imported videos are copied. A video the project already has a
 * transcript of keeps its file name there (a file dropped in by hand is updated in place, not doubled);
 * a new one is named by its video, `<video id>.md`: two vault files of one name in different folders
 * never overwrite each other, nor a file of another video already in the project. A transcript that is
 * not as the last import wrote it (edited in the project, or written there by hand) is kept unless
 * `force`, like a note. Pure: the caller reads the files and writes the copies.
 * @param vault the vault's transcript files (e.g. everything under `transcripts/`).
 * @param importedVideoIds the video ids of the episodes the import copies (Episode.videoId).
 * @param project what the project's transcripts folder holds now.
 */
export function planTranscriptCopies(vault: readonly TranscriptFile[], importedVideoIds: Iterable<string>, project: readonly TranscriptFile[], options: TranscriptCopyOptions = {}): TranscriptCopyPlan {
  const wanted = new Set(importedVideoIds);
  const warnings: NoteWarning[] = [];
  const inProject = new Map<string, TranscriptFile>();
  const projectPaths = new Set(project.map((file) => file.path.toLowerCase()));
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
  const record: TranscriptRecord = Object.fromEntries(Object.entries(options.record ?? {}).filter(([path]) => projectPaths.has(path.toLowerCase())));
  const copies: TranscriptCopy[] = [];
  for (const [videoId, file] of byVideo) {
    const existing = inProject.get(videoId);
    const base = { videoId, source: file.path, bytes: file.bytes };
    if (!existing) {
      const target = freeName(videoId, projectPaths);
      projectPaths.add(target.toLowerCase());
      copies.push({ ...base, action: 'add', target });
      record[target] = noteDigest(file.bytes);
      continue;
    }
    const asImported = options.record?.[existing.path] === noteDigest(existing.bytes);
    const action = sameBytes(existing.bytes, file.bytes) ? 'unchanged' : asImported || options.force ? 'update' : 'kept';
    copies.push({ ...base, action, target: existing.path });
    if (action !== 'kept') record[existing.path] = noteDigest(file.bytes);
  }
  return { copies: copies.sort((a, b) => a.target.localeCompare(b.target)), warnings, record };
}

/** `<video id>.md`, or `<video id>-2.md`... when a file of that name (of another video) is in the way. */
function freeName(videoId: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${videoId}.md` : `${videoId}-${n}.md`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
