import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describeTranscript, renderTranscriptBody, type PublishedTranscript } from '../transcripts/publish-transcript.ts';
import { startWorker, workerFileExists } from './worker-thread.ts';

/** A transcript as its page and text file show it. */
export type RenderedTranscript = Pick<PublishedTranscript, 'html' | 'headings' | 'plainText' | 'captions'> & { cut: boolean; file: string };

/** A transcript rendered from a file's text, with the digest of that text (to know it is still the file's). */
export interface RenderedFile { digest: string; transcript: RenderedTranscript | undefined }

/** The digest a rendering is checked by: the page reads the file again and compares. */
export function textDigest(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Renders a transcript file's text as its page shows it (undefined when the file holds no transcript). */
export function renderTranscriptText(text: string, file: string): RenderedFile {
  const described = describeTranscript(text, file).described;
  return { digest: textDigest(text), transcript: described ? { ...renderTranscriptBody(described), cut: described.cut, file: described.file } : undefined };
}

// The integration that starts the worker and the pages that read its renderings are separate module
// graphs (pages are bundled apart) in one process: a process-wide slot is what both see.
const SLOT = Symbol.for('episode-archive.transcripts-aside');
type Renderings = Map<string, Promise<RenderedFile>>;
function renderings(): Renderings {
  const global = globalThis as { [SLOT]?: Renderings };
  global[SLOT] ??= new Map();
  return global[SLOT];
}

/** The rendering of the transcript at `path` that a worker is making or made for this build, if any. */
export function renderedAside(path: string): Promise<RenderedFile> | undefined {
  return renderings().get(resolve(path));
}

const WORKER = new URL('./transcripts-aside-worker.ts', import.meta.url);
/** Below this many transcripts a worker's start-up costs more than it frees. */
const MIN_TRANSCRIPTS_FOR_A_WORKER = 20;

/**
 * Renders the build's transcripts on a worker thread as the build starts: their pages come late in the
 * render and each took ~5 ms of the main thread's time (markdown of 25-70 KB), while the other core has
 * room (docs/benchmarks.md). A page whose transcript is not done, or failed, or whose file changed since,
 * renders it itself. A short list or a one-core machine leaves them all to the pages (false).
 */
export function renderTranscriptsAside(files: readonly { file: string; path: string }[]): boolean {
  const slot = renderings();
  slot.clear();
  if (files.length < MIN_TRANSCRIPTS_FOR_A_WORKER || availableParallelism() < 2 || !workerFileExists(WORKER)) return false;
  const waiting = new Map<string, { resolve: (rendered: RenderedFile) => void; reject: (error: unknown) => void }>();
  for (const { path } of files) {
    const key = resolve(path);
    const promise = new Promise<RenderedFile>((resolvePromise, reject) => waiting.set(key, { resolve: resolvePromise, reject }));
    promise.catch(() => {}); // a page that awaits it renders the transcript itself instead
    slot.set(key, promise);
  }
  const worker = startWorker<{ path: string; rendered: RenderedFile }>(WORKER, { files }, {
    answer: ({ path, rendered }) => {
      waiting.get(resolve(path))?.resolve(rendered);
      waiting.delete(resolve(path));
    },
    fail: (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    },
    stoppedEarly: () => (waiting.size ? new Error('the transcripts worker stopped before rendering every transcript') : undefined),
  });
  worker.unref();
  return true;
}
