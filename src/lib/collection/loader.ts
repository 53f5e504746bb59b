import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { watchNotes } from './watch-notes.ts';
import { cacheFolder } from '../build/cache-folder.ts';
import { loadNotesFolderWith, type LoadedFolder, type LoadedNote, type ParseNotes } from './notes-folder.ts';
import { describeThreads, parseNotesOnThreads } from './parse-in-parallel.ts';
import type { KeyedNote } from '../notes/collection.ts';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import { listPosters, reportNotes, type StoredEpisode } from './sync-steps.ts';
import { recordWhatNotesWithhold } from './withheld-record.ts';

export interface EpisodeNotesLoaderOptions {
  /** Folder of the notes, relative to the project root. */
  folder: string;
  /** Folder of the guest profiles, to warn about guests without one. */
  guestsFolder?: string;
  parser: NoteParserOptions;
}

/**
 * Astro content loader for episode notes: a thin adapter around the pure note parser, run through the
 * same folder loop as `npm run check` (src/lib/collection/notes-folder.ts), so both report the same problems.
 * Unchanged notes are skipped by digest; in dev, the watcher re-syncs on any note change.
 */
export function episodeNotesLoader(options: EpisodeNotesLoaderOptions): Loader {
  return {
    name: 'episode-notes',
    async load(context) {
      await syncNotes(context, options);
      watchNotes(context, options, syncNotes);
    },
  };
}

/**
 * One sync of the notes: load and store them, then the steps that follow from what was loaded, each
 * named: the record of what the notes withhold (for the leak guard), the build's warnings and the
 * problems that stop it, and the list of posters.
 */
async function syncNotes(context: LoaderContext, options: EpisodeNotesLoaderOptions): Promise<void> {
  const started = Date.now();
  const root = resolve(options.folder);
  const { loaded, texts, threads } = await loadNotes(context, options);
  const stored = await storeNotes(context, loaded, options.parser);
  context.logger.info(`${loaded.notes.length} note(s) parsed${threads}, ${loaded.reused.length} unchanged, in ${Date.now() - started} ms`);
  recordWhatNotesWithhold({ folder: root, texts, loaded, parser: options.parser, cacheDir: cacheFolder('leak-guard') });
  reportNotes(context, loaded, stored, options);
  listPosters(options.folder, stored, options.parser);
}

/** What loadNotes read: the folder's notes (parsed, or known unchanged), every note's text, and on how many threads. */
interface LoadedNotes {
  loaded: LoadedFolder;
  texts: Map<string, { relativePath: string; text: string }>;
  threads: string;
}

/**
 * Reads every note of the folder through the one folder loop, parsing (on every core) only the notes
 * whose text, path or status changed since the content store's entry.
 */
async function loadNotes(context: LoaderContext, { folder, parser }: EpisodeNotesLoaderOptions): Promise<LoadedNotes> {
  const { store, generateDigest } = context;
  const root = resolve(folder);
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const texts: LoadedNotes['texts'] = new Map();
  const digestOf = noteDigester(generateDigest, parser);
  // The log says how many threads parsed the notes, so that parsing that fell back to one thread shows.
  let threads = '';
  const parseNotes: ParseNotes = async (notes, options) => {
    const parsed = await parseNotesOnThreads(notes, options);
    threads = notes.length ? ` ${describeThreads(parsed)}` : '';
    return parsed.outcomes;
  };
  const loaded = await loadNotesFolderWith(root, parser, parseNotes, {
    // Astro wants entry paths relative to the project; authors read them that way too.
    shownFolder: relative(process.cwd(), root) || '.',
    // Every note of the folder passes here once, as read: the guard's record needs them all.
    reuse: ({ file, relativePath, text }): KeyedNote | undefined => {
      texts.set(file, { relativePath, text });
      const existing = existingByFile.get(file);
      const data = existing?.data as StoredEpisode | undefined;
      // An upcoming episode becomes published with time alone, so it is never skipped.
      if (!existing || !data || data.status === 'upcoming' || existing.digest !== digestOf(file, text, data.status)) return undefined;
      return { file, line: data.sourceLine ?? undefined, episode: data };
    },
  });
  return { loaded, texts, threads };
}

/**
 * How a stored note is digested. The path is part of it: Astro keeps an entry whose digest is unchanged
 * as it was, stale path included, and a note moved with the same text would then be parsed on every
 * build. So is the status, which time alone changes (upcoming -> published): Astro ignores an update
 * whose digest is unchanged, and a daily rebuild would never publish an episode that went out.
 */
function noteDigester(generateDigest: LoaderContext['generateDigest'], parser: NoteParserOptions): (file: string, text: string, status: string) => string {
  const configDigest = generateDigest(JSON.stringify({ ...parser, now: undefined }));
  return (file, text, status) => generateDigest(`${configDigest}\n${file}\n${status}\n${text}`);
}

/**
 * Stores the notes parsed in this sync and drops entries whose note is gone; returns every episode of
 * the store, changed or not. A draft gets no page, so it is not stored (nor held to the page schema).
 */
async function storeNotes(context: LoaderContext, loaded: LoadedFolder, parser: NoteParserOptions): Promise<StoredEpisode[]> {
  const { store, generateDigest } = context;
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const digestOf = noteDigester(generateDigest, parser);
  const seenIds = new Set(loaded.reused.map((note) => note.episode.key));
  for (const note of loaded.notes) {
    if (note.parsed.episode.status === 'draft') continue;
    const digest = digestOf(note.file, note.text, note.parsed.episode.status);
    seenIds.add(await storeNote(context, note, digest, existingByFile.get(note.file)?.id));
  }
  // While the dev server runs, a note saved half-written keeps its last good page: it comes back
  // when the note is fixed, and the error says what to fix. A build stops instead (reportNotes).
  if (context.watcher) {
    for (const error of loaded.errors) {
      const previous = existingByFile.get(error.file);
      if (previous) seenIds.add(previous.id);
    }
  }
  for (const id of store.keys()) if (!seenIds.has(id)) store.delete(id);
  return store.values().map((entry) => entry.data as unknown as StoredEpisode);
}

/** Stores a parsed note under its key. Returns its id. */
async function storeNote({ store, parseData }: LoaderContext, note: LoadedNote, digest: string, previousId: string | undefined): Promise<string> {
  const { episode, line } = note.parsed;
  const id = episode.key;
  if (previousId && previousId !== id) store.delete(previousId);
  const data = await parseData({ id, data: { ...episode, sourceFile: note.file, sourceLine: line ?? null }, filePath: note.file });
  // Not the note's text (it holds what the note withholds), nor its HTML: pages read the data, and the server
  // bundle carries the store, so each was 2.5-3 KB an episode built in and read back for nothing (docs/benchmarks.md).
  store.set({ id, data, filePath: note.file, digest });
  return id;
}
