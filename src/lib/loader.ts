import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { cacheFolder } from './cache-folder.ts';
import { evidenceKey, evidenceOf, writeEvidence } from './leak-guard/evidence-cache.ts';
import { loadNotesFolder, type LoadedNote } from './notes-folder.ts';
import type { KeyedNote } from './notes/collection.ts';
import type { Episode, NoteParserOptions } from './notes/parse-note.ts';
import { NotesError } from './notes-error.ts';
import { posterFactsOf, type PosterSource } from './seo/poster-facts.ts';
import { posterManifestPath, writePosterManifest } from './seo/poster-manifest.ts';
import { guestProfileSlugs, readGuestProfiles } from './guests/profiles-folder.ts';
import { buildWarnings } from './workflow/build-warnings.ts';

export { NotesError } from './notes-error.ts';

export interface EpisodeNotesLoaderOptions {
  /** Folder of the notes, relative to the project root. */
  folder: string;
  /** Folder of the guest profiles, to warn about guests without one. */
  guestsFolder?: string;
  parser: NoteParserOptions;
}

/** What the store holds for an episode: the parsed episode, and where in which note it is written. */
type StoredEpisode = Episode & { sourceFile: string; sourceLine: number | null };

/**
 * Astro content loader for episode notes: a thin adapter around the pure note parser, run through the
 * same folder loop as `npm run check` (src/lib/notes-folder.ts), so both report the same problems.
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

async function syncNotes(context: LoaderContext, { folder, guestsFolder, parser }: EpisodeNotesLoaderOptions): Promise<void> {
  const { store, logger, generateDigest } = context;
  const root = resolve(folder);
  // Astro wants entry paths relative to the project; authors read them that way too.
  const shownFolder = relative(process.cwd(), root) || '.';
  const configDigest = generateDigest(JSON.stringify({ ...parser, now: undefined }));
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const digests = new Map<string, string>();
  const started = Date.now();

  const loaded = loadNotesFolder(root, parser, {
    shownFolder,
    reuse: ({ file, text }): KeyedNote | undefined => {
      // The path is part of the digest: Astro keeps an entry whose digest is unchanged as it was,
      // stale path included, and a note moved with the same text would then be parsed on every build.
      const digest = generateDigest(`${configDigest}\n${file}\n${text}`);
      digests.set(file, digest);
      const existing = existingByFile.get(file);
      const data = existing?.data as StoredEpisode | undefined;
      // An upcoming episode becomes published with time alone, so it is never skipped.
      if (!existing || !data || existing.digest !== digest || data.status === 'upcoming') return undefined;
      return { file, line: data.sourceLine ?? undefined, episode: data };
    },
  });

  const seenIds = new Set(loaded.reused.map((note) => note.episode.key));
  for (const note of loaded.notes) seenIds.add(await storeNote(context, note, parser, digests.get(note.file)!, existingByFile.get(note.file)?.id));
  for (const id of store.keys()) if (!seenIds.has(id)) store.delete(id);
  logger.info(`${loaded.notes.length} note(s) parsed, ${loaded.reused.length} unchanged, in ${Date.now() - started} ms`);

  const stored = store.values().map((entry) => entry.data as unknown as StoredEpisode);
  for (const warning of buildWarnings({ loaded, stored, profiles: guestsFolder ? guestProfileSlugs(readGuestProfiles(guestsFolder)) : undefined, guestsFolder, seriesPrefix: parser.seriesPrefix })) {
    logger.warn(warning);
  }
  if (loaded.errors.length > 0) {
    throw new NotesError(`${loaded.errors.length} episode note(s) need fixing:\n\n${loaded.errors.map((error) => error.message).join('\n\n')}\n`);
  }
  // Every episode with a page has a poster; the posters integration draws them from this list.
  const withPages = stored.filter((episode) => episode.status !== 'draft') as unknown as PosterSource[];
  writePosterManifest(posterManifestPath(cacheFolder('posters'), folder), withPages.map((episode) => posterFactsOf(episode, parser.shows)));
}

/** Stores a parsed note under its key, and leaves what it withholds for the leak guard. Returns its id. */
async function storeNote({ store, parseData }: LoaderContext, note: LoadedNote, parser: NoteParserOptions, digest: string, previousId: string | undefined): Promise<string> {
  const { episode, html, headings, line } = note.parsed;
  writeEvidence(cacheFolder('leak-guard'), evidenceKey(note.file, note.text, parser), evidenceOf(note.parsed));
  const id = episode.key;
  if (previousId && previousId !== id) store.delete(previousId);
  const data = await parseData({ id, data: { ...episode, sourceFile: note.file, sourceLine: line ?? null }, filePath: note.file });
  store.set({ id, data, filePath: note.file, digest, body: note.text, rendered: { html, metadata: { headings } } });
  return id;
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
