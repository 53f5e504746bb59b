import { assembleArchive, notePathKey, type Archive, type NoteState } from '../archive/assemble-archive.ts';
import type { PinnableEpisode } from '../archive/url-registry.ts';
import { readUrlRegistry, urlRegistryPath } from '../build/url-registry-file.ts';
import { readNoteStart } from '../notes/note-start.ts';
import { blockingParts } from '../notes/status.ts';
import type { LoadedFolder } from './notes-folder.ts';
import { readNoteText } from './note-files.ts';

/**
 * What each note of a loaded folder is now (a page, a draft and why, refused, not an episode), by path:
 * what the archive's assembly needs to tell a published episode taken off on purpose from one that
 * would leave the site unsaid. Whether a note says `draft: true` is read with the one reader of a
 * note's start, and only for the notes asked about.
 */
export function noteStates(loaded: Pick<LoadedFolder, 'notes' | 'reused' | 'errors' | 'draftProblems' | 'unrecognised'>): (file: string) => NoteState | undefined {
  const states = new Map<string, () => NoteState>();
  const marked = (text: string) => readNoteStart(text, '').frontmatter.boolean('draft');
  for (const note of loaded.reused) states.set(notePathKey(note.file), () => ({ kind: 'page' }));
  for (const note of loaded.notes) {
    const { episode, line } = note.parsed;
    states.set(notePathKey(note.file), () => (episode.status === 'draft'
      ? { kind: 'draft', line, marked: marked(note.text), lacks: blockingParts(episode.missing) }
      : { kind: 'page' }));
  }
  const refused = (stops: boolean) => (error: { file: string; line?: number }) => states.set(notePathKey(error.file), () => ({
    kind: 'refused', line: error.line, stops, marked: marked(readNoteText(error.file).text),
  }));
  loaded.draftProblems.forEach(refused(false));
  // A note's own error (not two notes' conflict, which names a note that still has a page) already stops the build.
  loaded.errors.filter((error) => !states.has(notePathKey(error.file))).forEach(refused(true));
  for (const note of loaded.unrecognised) states.set(notePathKey(note.file), () => ({ kind: 'not an episode', line: note.line }));
  return (file) => states.get(notePathKey(file))?.();
}

/**
 * The archive as a notes folder gives it: the assembly (src/lib/archive/assemble-archive.ts) over its
 * episodes with pages and the URL registry's file, with what each note is now. The build's loader and
 * `npm run check` both call it, so that check stops exactly where the build does.
 */
export function assembleFolder<E extends PinnableEpisode>(loaded: Parameters<typeof noteStates>[0], episodes: readonly E[]): Archive<E> {
  const registryFile = urlRegistryPath();
  return assembleArchive({ episodes, registry: readUrlRegistry(registryFile), registryFile, noteAt: noteStates(loaded) });
}
