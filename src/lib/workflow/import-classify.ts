import { collectOutcomes, parseNoteToParse, type NoteToParse } from '../collection/notes-folder.ts';
import { DuplicateEpisodeError } from '../notes/collection.ts';
import type { NoteParserOptions } from '../notes/parse-note.ts';
import type { VaultClassification } from './import-plan.ts';
import type { LeftOut, SourceNote } from './import-types.ts';

/** A note already in the notes folder that no vault note of this import replaces. */
export interface ResidentNote {
  /** As shown to the author, e.g. "src/content/episodes/GOH-26.md". */
  file: string;
  /** Relative to the notes folder. */
  relativePath: string;
  text: string;
}

/**
 * What the archive makes of each vault note, decided by the same loop as `npm run check` and the build
 * (src/lib/collection/notes-folder.ts), so that the three agree: episodes and drafts are importable; a
 * note of a show's folder that is not an episode is named once; a note that would stop the build is left
 * out, with its problem. Two notes that would both be published as one episode (one video), or under one
 * URL, are both left out, each named with the other; a
 * vault note that would be published as an episode the notes folder already holds (`resident`) is left out.
 */
export function classifyVaultNotes(sources: readonly SourceNote[], resident: readonly ResidentNote[], options: NoteParserOptions): VaultClassification {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const vaultNotes: NoteToParse[] = sources.map((source) => {
    const text = decoder.decode(source.bytes);
    return { file: source.path, relativePath: source.path, text, invalidUtf8: text.includes('\uFFFD') };
  });
  const residentNotes: NoteToParse[] = resident.map((note) => ({ ...note, invalidUtf8: false }));
  const all = [...vaultNotes, ...residentNotes];
  const loaded = collectOutcomes(all.map((note) => parseNoteToParse(note, options)), []);

  const fromVault = new Set(sources.map((source) => source.path));
  const leftOut = new Map<string, LeftOut>();
  for (const error of loaded.errors) {
    const partner = error instanceof DuplicateEpisodeError ? error.otherFile : undefined;
    if (fromVault.has(error.file)) leftOut.set(error.file, { source: error.file, line: error.line, problem: error.problem, fix: error.fix });
    if (partner && fromVault.has(partner) && !leftOut.has(partner)) {
      leftOut.set(partner, {
        source: partner,
        problem: (error as DuplicateEpisodeError).partnerProblem(fromVault.has(error.file) ? error.file : `${error.file}, in the notes folder`),
        fix: error.fix,
      });
    }
  }
  const importable = new Map<string, 'episode' | 'draft'>();
  const videoIds = new Map<string, string>();
  for (const note of loaded.notes) {
    if (!fromVault.has(note.file) || leftOut.has(note.file)) continue;
    importable.set(note.file, note.parsed.episode.status === 'draft' ? 'draft' : 'episode');
    if (note.parsed.episode.videoId) videoIds.set(note.file, note.parsed.episode.videoId);
  }
  for (const problem of loaded.draftProblems) if (fromVault.has(problem.file)) importable.set(problem.file, 'draft');
  const notEpisodes = loaded.unrecognised.map((note) => note.file).filter((file) => fromVault.has(file));
  return { importable, videoIds, leftOut: [...leftOut.values()].sort((a, b) => a.source.localeCompare(b.source)), notEpisodes: notEpisodes.sort() };
}
