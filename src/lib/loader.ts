import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { assertUniqueKeys } from './notes/collection.ts';
import { formatNoteProblem, NoteError } from './notes/errors.ts';
import type { NoteParserOptions } from './notes/parse-note.ts';
import { listNoteFiles, readNoteText } from './note-files.ts';
import { parseNoteSafely } from './notes-folder.ts';
import { cacheFolder } from './cache-folder.ts';
import { evidenceKey, evidenceOf, writeEvidence } from './leak-guard/evidence-cache.ts';
import { UnrecognisedNoteError } from './notes/parse-note.ts';
import { posterFactsOf, type PosterSource } from './seo/poster-facts.ts';
import { posterManifestPath, writePosterManifest } from './seo/poster-manifest.ts';

export interface EpisodeNotesLoaderOptions {
  /** Folder of the notes, relative to the project root. */
  folder: string;
  parser: NoteParserOptions;
}

/** Thrown when notes have problems: one message listing every one of them. */
export class NotesError extends Error {
  override name = 'NotesError';

  constructor(message: string) {
    super(message);
    // The message names each file, line and fix; a stack trace of our loader would only bury it.
    this.stack = '';
  }
}

/**
 * Astro content loader for episode notes: a thin adapter around the pure note parser.
 * Unchanged notes are skipped by digest; in dev, the watcher re-syncs on any note change.
 */
export function episodeNotesLoader(options: EpisodeNotesLoaderOptions): Loader {
  return {
    name: 'episode-notes',
    async load(context) {
      await syncNotes(context, options);
      watchNotes(context, options);
    },
  };
}

async function syncNotes(context: LoaderContext, { folder, parser }: EpisodeNotesLoaderOptions): Promise<void> {
  const { store, logger, generateDigest, parseData } = context;
  const root = resolve(folder);
  // Astro wants entry paths relative to the project; authors read them that way too.
  const shownFolder = relative(process.cwd(), root) || '.';
  const evidenceFolder = cacheFolder('leak-guard');
  const configDigest = generateDigest(JSON.stringify({ ...parser, now: undefined }));
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const seenIds = new Set<string>();
  const errors: NoteError[] = [];
  const keyed: { file: string; key: string }[] = [];
  const started = Date.now();
  let parsedCount = 0;

  for (const relativePath of listNoteFiles(root)) {
    const file = `${shownFolder}/${relativePath}`;
    const existing = existingByFile.get(file);
    const { text, invalidUtf8 } = readNoteText(resolve(root, relativePath));
    // The path is part of the digest: Astro keeps an entry whose digest is unchanged as it was,
    // stale path included, and a note moved with the same text would then be parsed on every build.
    const digest = generateDigest(`${configDigest}\n${file}\n${text}`);
    // An upcoming episode becomes published with time alone, so it is never skipped.
    if (existing && existing.digest === digest && (existing.data as { status?: string }).status !== 'upcoming') {
      seenIds.add(existing.id);
      keyed.push({ file, key: existing.id });
      continue;
    }
    parsedCount++;
    const result = parseNoteSafely(text, invalidUtf8, file, parser, { relativePath });
    if (result instanceof UnrecognisedNoteError) {
      // Not an episode of any show: said out loud, never published under a guess.
      logger.warn(`${result.message}\n  This note is not published.`);
      continue;
    }
    if (result instanceof NoteError) {
      errors.push(result);
      continue;
    }
    const { episode, html, headings, warnings } = result.parsed;
    writeEvidence(evidenceFolder, evidenceKey(file, text, parser), evidenceOf(result.parsed));
    for (const warning of warnings) logger.warn(formatNoteProblem(warning, warning.problem, warning.fix));
    if (episode.status === 'draft') {
      logger.info(`${file}: ${episode.number === null ? episode.title : `${parser.seriesPrefix} ${episode.number}`} is a draft (missing: ${episode.missing.filter((m) => m === 'date' || m === 'video').join(', ') || 'marked draft'}); it gets no page.`);
    }
    const id = episode.key;
    if (existing && existing.id !== id) store.delete(existing.id);
    const data = await parseData({ id, data: { ...episode, sourceFile: file }, filePath: file });
    store.set({
      id, data, filePath: file, digest, body: result.text,
      rendered: { html, metadata: { headings } },
    });
    seenIds.add(id);
    keyed.push({ file, key: episode.key });
  }
  for (const id of store.keys()) if (!seenIds.has(id)) store.delete(id);
  logger.info(`${parsedCount} note(s) parsed, ${keyed.length - parsedCount > 0 ? keyed.length - parsedCount : 0} unchanged, in ${Date.now() - started} ms`);
  try {
    assertUniqueKeys(keyed);
  } catch (error) {
    if (error instanceof NoteError) errors.push(error);
    else throw error;
  }
  if (errors.length > 0) {
    throw new NotesError(`${errors.length} episode note(s) need fixing:\n\n${errors.map((error) => error.message).join('\n\n')}\n`);
  }  // Every episode with a page has a poster; the posters integration draws them from this list.
  const withPages = store.values().map((entry) => entry.data as unknown as PosterSource).filter((episode) => episode.status !== 'draft');
  writePosterManifest(posterManifestPath(cacheFolder('posters'), folder), withPages.map((episode) => posterFactsOf(episode, parser.shows)));
}

function watchNotes(context: LoaderContext, options: EpisodeNotesLoaderOptions): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  const root = resolve(options.folder);
  watcher.add(root);
  const onChange = async (path: string) => {
    if (!path.startsWith(root) || !path.toLowerCase().endsWith('.md')) return;
    try {
      await syncNotes(context, options);
      logger.info(`Reloaded notes after a change to ${path.slice(root.length + 1)}`);
    } catch (error) {
      logger.error((error as Error).message);
    }
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
