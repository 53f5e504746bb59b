import { episodeClaims, registryIdentity, type KeyParts } from './episode-key.ts';
import { NoteError } from './errors.ts';

/** A note's episode, as far as telling it from the others goes. */
export interface KeyedNote {
  file: string;
  /** The line that says which episode it is, for the message. */
  line?: number;
  episode: KeyParts & { key: string };
}

/**
 * Two notes for one episode would fight over one page: the same key, the same number in one show, or
 * two episodes of one show on one day (the URL registry pins dated episodes by show and day, so they
 * would get one URL and one would replace the other). Every such pair, named by both files.
 */
export function findDuplicateEpisodes(notes: readonly KeyedNote[]): NoteError[] {
  const byClaim = new Map<string, KeyedNote>();
  const errors: NoteError[] = [];
  for (const note of [...notes].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = episodeClaims(note.episode).map((claim) => byClaim.get(claim)).find(Boolean);
    if (first) {
      errors.push(duplicateError(note, first));
      continue;
    }
    for (const claim of episodeClaims(note.episode)) byClaim.set(claim, note);
  }
  return errors;
}

function duplicateError(note: KeyedNote, first: KeyedNote): NoteError {
  const { episode } = note;
  const sameDay = registryIdentity(episode) !== undefined && registryIdentity(episode) === registryIdentity(first.episode);
  if (sameDay) {
    return new NoteError({ file: note.file, line: note.line },
      `this is a second episode of the show on ${episode.date}, and so is ${first.file}: both would get one URL`,
      `if they are two episodes, give one a URL of its own with \`slug:\` in its frontmatter (e.g. \`slug: ${episode.date}-second-call\`); if one is a copy, delete it.`);
  }
  const sameNumber = episode.number != null && first.episode.show === episode.show && first.episode.number === episode.number;
  const what = sameNumber ? `episode ${episode.number}` : `the episode at /episodes/${episode.key}/`;
  return new NoteError({ file: note.file, line: note.line }, `${what} is also in ${first.file}`,
    'keep one note per episode: delete or merge the duplicate, or fix the number (or date) in its heading.');
}
