import type { LoaderContext } from 'astro/loaders';
import { cacheFolder } from '../build/cache-folder.ts';
import type { Episode, NoteParserOptions } from '../notes/parse-note.ts';
import { posterFactsOf, type PosterSource } from '../seo/poster-facts.ts';
import { posterManifestPath, writePosterManifest } from '../seo/poster-manifest.ts';
import { buildWarnings } from '../workflow/build-warnings.ts';
import { guestProfileSlugs, readGuestProfiles } from './guests/profiles-folder.ts';
import { assembleFolder } from './note-states.ts';
import type { LoadedFolder } from './notes-folder.ts';
import { NotesError } from './notes-error.ts';
import { describeRepeatedProblems, isRepeatedProblems, summariseRepeatedProblems } from './repeated-problems.ts';

/** What the store holds for an episode: the parsed episode, and where in which note it is written. */
export type StoredEpisode = Episode & { sourceFile: string; sourceLine: number | null };

/**
 * The episodes loader's step that tells the team about the notes: the build's warnings, then the
 * problems that stop a build. The notes' own errors and what the archive's assembly finds (two episodes
 * at one URL, a published episode that would leave the site unsaid) are what `npm run check` reports,
 * from the same functions. A build stops; the dev server does not: it starts, or keeps running, with
 * the notes that are fine, and says what to fix (a broken note would otherwise keep `npm run dev` from
 * starting).
 */
export function reportNotes({ logger, watcher }: Pick<LoaderContext, 'logger' | 'watcher'>, loaded: LoadedFolder, stored: readonly StoredEpisode[],
  { guestsFolder, parser }: { guestsFolder?: string | undefined; parser: NoteParserOptions }): void {
  const drafts = loaded.notes.filter((note) => note.parsed.episode.status === 'draft')
    .map((note) => ({ ...note.parsed.episode, sourceFile: note.file, sourceLine: note.parsed.line ?? null }));
  const profiles = guestsFolder ? guestProfileSlugs(readGuestProfiles(guestsFolder)) : undefined;
  for (const warning of buildWarnings({ loaded, stored: [...stored, ...drafts], profiles, guestsFolder, seriesPrefix: parser.seriesPrefix })) {
    logger.warn(warning);
  }
  const errors = [...loaded.errors, ...assembleFolder(loaded, stored.filter((episode) => episode.status !== 'draft')).errors];
  if (errors.length === 0) return;
  const listed = summariseRepeatedProblems(errors).map((entry) => (isRepeatedProblems(entry) ? describeRepeatedProblems(entry) : entry.message));
  const problems = new NotesError(`${errors.length} episode note(s) need fixing:\n\n${listed.join('\n\n')}\n`);
  if (!watcher) throw problems;
  logger.error(problems.message);
}

/** The episodes loader's step for the posters integration: every episode with a page has a poster, drawn from this list. */
export function listPosters(notesFolder: string, stored: readonly StoredEpisode[], parser: NoteParserOptions): void {
  const withPages = stored.filter((episode) => episode.status !== 'draft') as unknown as PosterSource[];
  writePosterManifest(posterManifestPath(cacheFolder('posters'), notesFolder), withPages.map((episode) => posterFactsOf(episode, parser.shows)));
}
