import { relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { watchNotes } from './watch-notes.ts';
import { cacheFolder } from '../build/cache-folder.ts';
import { evidenceKey, evidenceOf, writeEvidence } from '../leak-guard/evidence-cache.ts';
import { loadNotesFolderWith, type LoadedNote, type ParseNotes } from './notes-folder.ts';
import { describeThreads, parseNotesOnThreads } from './parse-in-parallel.ts';
import type { KeyedNote } from '../notes/collection.ts';
import type { Episode, NoteParserOptions } from '../notes/parse-note.ts';
import { NotesError } from './notes-error.ts';
import { posterFactsOf, type PosterSource } from '../seo/poster-facts.ts';
import { posterManifestPath, writePosterManifest } from '../seo/poster-manifest.ts';
import { guestProfileSlugs, readGuestProfiles } from './guests/profiles-folder.ts';
import { buildWarnings } from '../workflow/build-warnings.ts';
import { assembleFolder } from './note-states.ts';
import { describeRepeatedProblems, isRepeatedProblems, summariseRepeatedProblems } from './repeated-problems.ts';

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

async function syncNotes(context: LoaderContext, { folder, guestsFolder, parser }: EpisodeNotesLoaderOptions): Promise<void> {
  const { store, logger, generateDigest } = context;
  const root = resolve(folder);
  // Astro wants entry paths relative to the project; authors read them that way too.
  const shownFolder = relative(process.cwd(), root) || '.';
  const configDigest = generateDigest(JSON.stringify({ ...parser, now: undefined }));
  const existingByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  const started = Date.now();

  // The path is part of the digest: Astro keeps an entry whose digest is unchanged as it was,
  // stale path included, and a note moved with the same text would then be parsed on every build.
  // So is the status, which time alone changes (upcoming -> published): Astro ignores an update
  // whose digest is unchanged, and a daily rebuild would never publish an episode that went out.
  const digestOf = (file: string, text: string, status: string) => generateDigest(`${configDigest}\n${file}\n${status}\n${text}`);
  // The log says how many threads parsed the notes, so that parsing that fell back to one thread shows.
  let threads = '';
  const parseNotes: ParseNotes = async (notes, options) => {
    const parsed = await parseNotesOnThreads(notes, options);
    threads = notes.length ? ` ${describeThreads(parsed)}` : '';
    return parsed.outcomes;
  };
  const loaded = await loadNotesFolderWith(root, parser, parseNotes, {
    shownFolder,
    reuse: ({ file, text }): KeyedNote | undefined => {
      const existing = existingByFile.get(file);
      const data = existing?.data as StoredEpisode | undefined;
      // An upcoming episode becomes published with time alone, so it is never skipped.
      if (!existing || !data || data.status === 'upcoming' || existing.digest !== digestOf(file, text, data.status)) return undefined;
      return { file, line: data.sourceLine ?? undefined, episode: data };
    },
  });

  const seenIds = new Set(loaded.reused.map((note) => note.episode.key));
  for (const note of loaded.notes) {
    // A draft gets no page, so it is not stored (nor held to the page schema); the leak guard still
    // learns what it withholds. Drafts are few, and parsed again on every build.
    if (note.parsed.episode.status === 'draft') {
      writeEvidence(cacheFolder('leak-guard'), evidenceKey(note.file, note.text, parser), evidenceOf(note.parsed));
      continue;
    }
    const digest = digestOf(note.file, note.text, note.parsed.episode.status);
    seenIds.add(await storeNote(context, note, parser, digest, existingByFile.get(note.file)?.id));
  }
  // While the dev server runs, a note saved half-written keeps its last good page: it comes back
  // when the note is fixed, and the error says what to fix. A build stops instead (below).
  if (context.watcher) {
    for (const error of loaded.errors) {
      const previous = existingByFile.get(error.file);
      if (previous) seenIds.add(previous.id);
    }
  }
  for (const id of store.keys()) if (!seenIds.has(id)) store.delete(id);
  logger.info(`${loaded.notes.length} note(s) parsed${threads}, ${loaded.reused.length} unchanged, in ${Date.now() - started} ms`);

  const stored = store.values().map((entry) => entry.data as unknown as StoredEpisode);
  const drafts = loaded.notes.filter((note) => note.parsed.episode.status === 'draft')
    .map((note) => ({ ...note.parsed.episode, sourceFile: note.file, sourceLine: note.parsed.line ?? null }));
  for (const warning of buildWarnings({ loaded, stored: [...stored, ...drafts], profiles: guestsFolder ? guestProfileSlugs(readGuestProfiles(guestsFolder)) : undefined, guestsFolder, seriesPrefix: parser.seriesPrefix })) {
    logger.warn(warning);
  }
  // The notes' own errors, and what the archive's assembly finds (two episodes at one URL, a published
  // episode that would leave the site unsaid): what `npm run check` reports, from the same functions.
  const errors = [...loaded.errors, ...assembleFolder(loaded, stored.filter((episode) => episode.status !== 'draft')).errors];
  if (errors.length > 0) {
    const listed = summariseRepeatedProblems(errors).map((entry) => (isRepeatedProblems(entry) ? describeRepeatedProblems(entry) : entry.message));
    const problems = new NotesError(`${errors.length} episode note(s) need fixing:\n\n${listed.join('\n\n')}\n`);
    // A build must stop. The dev server must not: it starts, or keeps running, with the notes that
    // are fine, and says what to fix (a broken note would otherwise keep `npm run dev` from starting).
    if (!context.watcher) throw problems;
    logger.error(problems.message);
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
