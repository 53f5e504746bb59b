import { relative, resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { leaveTranscriptsRecord } from '../build/guard-record.ts';
import { formatNoteProblem, type NoteWarning } from '../notes/errors.ts';
import { describeTranscript } from '../transcripts/publish-transcript.ts';
import { chooseTranscriptPerVideo } from '../transcripts/transcript-per-video.ts';
import { readTranscriptFiles } from './transcript-files.ts';

export interface TranscriptsLoaderOptions {
  /** Folder of the transcripts, relative to the project root (beside the notes). */
  folder: string;
}

/**
 * Astro content loader for transcripts: each file is parsed and rendered by the pure code in
 * src/lib/transcripts/ and stored under the video it names, which is what ties it to an episode (file
 * names and titles do not matter). A transcript never stops a build: what is wrong with one is a warning.
 * The episodes query decides which episode, if any, publishes it.
 */
export function transcriptsLoader(options: TranscriptsLoaderOptions): Loader {
  return {
    name: 'transcripts',
    async load(context) {
      await syncTranscripts(context, options);
      watchTranscripts(context, options);
    },
  };
}

/** A transcript file as this sync read it: new or changed ones with what to store, unchanged ones as stored. */
interface ReadTranscript {
  file: string;
  digest: string;
  /** Null when the file belongs to no video. */
  videoId: string | null;
  /** What to store, for a new or changed file; undefined for an unchanged one, whose entry stays. */
  data?: Record<string, unknown>;
  warnings: NoteWarning[];
}

async function syncTranscripts(context: LoaderContext, { folder }: TranscriptsLoaderOptions): Promise<void> {
  const { store, logger, parseData } = context;
  const read = readChangedTranscripts(context, folder);
  const { used, repeats } = chooseTranscriptPerVideo(read.flatMap(({ file, videoId }) => (videoId ? [{ file, videoId }] : [])));
  // Warnings file by file, in file order: a file's own, then whether another file of its video is used instead.
  for (const { file, digest, videoId, data, warnings } of read) {
    for (const warning of warnings) logger.warn(formatNoteProblem(warning, warning.problem, warning.fix));
    const repeat = repeats.get(file);
    if (repeat) logger.warn(formatNoteProblem(repeat, repeat.problem, repeat.fix));
    else if (videoId && data) store.set({ id: videoId, data: await parseData({ id: videoId, data }), filePath: file, digest });
  }
  for (const id of store.keys()) if (!used.has(id)) store.delete(id);
  recordStoredTranscripts(folder, used, new Set(read.flatMap(({ file, data }) => (data ? [file] : []))));
}

/** Every transcript file, described only when it is new or changed since the stored entry of its path. */
function readChangedTranscripts({ store, generateDigest }: LoaderContext, folder: string): ReadTranscript[] {
  // Looked up once per file: store.values() is a fresh array on every call.
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const read: ReadTranscript[] = [];
  for (const { file, text } of readTranscriptFiles(folder)) {
    const digest = generateDigest(`${file}\n${text}`);
    const existing = existingByFile.get(file);
    if (existing?.digest === digest) {
      read.push({ file, digest, videoId: existing.id, warnings: [] });
      continue;
    }
    // The text itself is rendered by the transcript's own page (episodes-query.ts, transcriptOf): kept out of
    // the content store, where tens of megabytes of HTML cost memory on every build (docs/benchmarks.md).
    const { described, warnings } = describeTranscript(text, file);
    if (!described) {
      read.push({ file, digest, videoId: null, warnings });
      continue;
    }
    const { body, captionsBody, ...data } = described;
    read.push({ file, digest, videoId: described.videoId, data, warnings });
  }
  return read;
}

/** The loader's step for the leak guard: which transcript file it stored for each video (public text the guard reads, never parses). */
function recordStoredTranscripts(folder: string, stored: ReadonlyMap<string, string>, changed: ReadonlySet<string>): void {
  leaveTranscriptsRecord({ folder: resolve(folder), files: [...stored].map(([videoId, file]) => ({ videoId, file, path: resolve(file), changed: changed.has(file) })) });
}

function watchTranscripts(context: LoaderContext, options: TranscriptsLoaderOptions): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const root = resolve(options.folder);
  watcher.add(root);
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    if (!path.startsWith(root + sep) || !path.toLowerCase().endsWith('.md')) return;
    queue = queue.then(() => syncTranscripts(context, options)).then(
      () => logger.info(`transcripts reloaded after a change to ${relative(root, path)}`),
      (error: unknown) => logger.error(String(error)),
    );
  };
  watcher.on('add', onChange);
  watcher.on('change', onChange);
  watcher.on('unlink', onChange);
}
