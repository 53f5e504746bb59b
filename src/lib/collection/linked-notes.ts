import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NoteError, type NoteWarning } from '../notes/errors.ts';
import { MAX_NOTE_BYTES } from '../notes/limits.ts';
import type { NoteParserOptions } from '../notes/episode.ts';
import { couldBePublished } from '../notes/publishable.ts';
import { UNREADABLE_FOLDER, walkNotesFolder } from './note-files.ts';

/** How many entries below a linked folder are looked at to tell whether it holds an episode: a link to `/` must not walk the disk. */
const MAX_ENTRIES = 10_000;

/** What a symbolic link in the notes folder would have given, had it been followed. */
type LinkTarget =
  | { kind: 'nothing' }
  | { kind: 'not a note' }
  | { kind: 'notes'; folder: boolean; notes: number; published: string[]; unknown: boolean };

const FIX = 'put the note itself in the notes folder (move or copy it; the archive never follows a link: it may lead anywhere on this computer), or delete the link.';

/**
 * What a symbolic link inside the notes folder means for the archive. The build and `npm run check` never
 * follow one (they read no note through it), but they never skip one silently either: a link to a note
 * (or a folder of notes) of which one would be published is an error, since that episode would vanish
 * from the site; a link that leads only to drafts, or to nothing, is a warning, since a draft never blocks.
 * To tell, the notes it leads to are read here (never parsed for the site), found by the notes-folder
 * loop's walk over at most MAX_ENTRIES entries of a linked folder; one that cannot be told (a folder
 * too large or unreadable, a note unreadable or too large) counts as published.
 * @returns an error or a warning for the link, or undefined for a link to something that is no note.
 */
export function linkProblem(folder: string, relativePath: string, shownFile: string, options: Pick<NoteParserOptions, 'shows' | 'schedule'>): NoteError | NoteWarning | undefined {
  const target = readLinkTarget(join(folder, relativePath), relativePath, options);
  if (target.kind === 'not a note') return undefined;
  if (target.kind === 'nothing') {
    return { file: shownFile, problem: 'is a symbolic link to nothing (what it pointed to is gone or cannot be read): not read', fix: 'delete the link, or put the note itself here.' };
  }
  const what = target.folder ? `a symbolic link to a folder of ${target.notes} note${target.notes === 1 ? '' : 's'}` : 'a symbolic link to a note';
  if (target.published.length || target.unknown) {
    const which = target.unknown ? ', and not all of what it leads to can be read: an episode may be among it'
      : target.folder ? `, ${target.published.length} of which would be published (${target.published.slice(0, 3).join(', ')}${target.published.length > 3 ? ', …' : ''})` : ' that would be published';
    return new NoteError({ file: shownFile }, `is ${what}${which}; the archive does not follow links, so ${target.published.length > 1 ? 'those episodes' : 'the episode'} would be missing from the site`, FIX);
  }
  return { file: shownFile, problem: `is ${what}, not followed: only ${target.folder ? 'drafts' : 'a draft'} (no page yet), so nothing is missing from the site for now`, fix: FIX };
}

function readLinkTarget(path: string, relativePath: string, options: Pick<NoteParserOptions, 'shows' | 'schedule'>): LinkTarget {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return { kind: 'nothing' };
  }
  if (stats.isFile()) {
    if (!relativePath.toLowerCase().endsWith('.md')) return { kind: 'not a note' };
    const published = notePublished(path, relativePath, options);
    return { kind: 'notes', folder: false, notes: 1, published: published === true ? [relativePath] : [], unknown: published === undefined };
  }
  if (!stats.isDirectory()) return { kind: 'not a note' };
  // The notes-folder loop's own walk and skip rules, stopped after MAX_ENTRIES entries.
  let walk;
  try {
    walk = walkNotesFolder(path, { maxEntries: MAX_ENTRIES });
  } catch {
    return { kind: 'notes', folder: true, notes: 0, published: [], unknown: true };
  }
  const target: LinkTarget = { kind: 'notes', folder: true, notes: walk.files.length, published: [], unknown: walk.stopped || walk.skipped.some((skip) => skip.reason === UNREADABLE_FOLDER) };
  for (const file of walk.files) {
    const shown = `${relativePath}/${file}`;
    const published = notePublished(join(path, file), shown, options);
    if (published === true) target.published.push(shown);
    if (published === undefined) target.unknown = true;
  }
  return target;
}

/** Whether a note would be published; undefined when it cannot be read or is too large to be a note. */
function notePublished(path: string, relativePath: string, options: Pick<NoteParserOptions, 'shows' | 'schedule'>): boolean | undefined {
  try {
    if (statSync(path).size > MAX_NOTE_BYTES) return undefined;
    return couldBePublished(readFileSync(path, 'utf8'), relativePath, options, { relativePath });
  } catch {
    return undefined;
  }
}
