import { resolve } from 'node:path';
import { NoteError } from '../notes/errors.ts';
import { numberIsUrl } from '../notes/episode-key.ts';
import { pinEpisodeKeys, type PinnableEpisode, type UrlRegistry } from './url-registry.ts';

/** What a note of the notes folder is now, for an episode the registry says was published from it. */
export type NoteState =
  | { kind: 'page' }
  | { kind: 'draft'; line?: number; marked: boolean; lacks: readonly string[] }
  /** The parser refused it: a problem that stops the build (`stops`) or a draft's problem. */
  | { kind: 'refused'; line?: number; marked: boolean; stops: boolean }
  | { kind: 'not an episode'; line?: number };

export interface ArchiveInput<E extends PinnableEpisode> {
  /** The episodes with pages (published and upcoming), each with the note it comes from. */
  episodes: readonly E[];
  registry: UrlRegistry;
  /** The registry's file, as messages show it. */
  registryFile: string;
  /**
   * What each note of the folder is now, by its path; undefined skips the check that no published episode
   * is gone (the pages' query, run after the loader made that check).
   */
  noteAt?: (file: string) => NoteState | undefined;
}

export interface Archive<E> {
  /** The episodes at their URLs (pinned by the registry). */
  episodes: E[];
  /** Old URL -> current URL, one redirect page each. */
  redirects: { from: string; to: string }[];
  /** The registry this build leaves (write it when `changed`). */
  registry: UrlRegistry;
  changed: boolean;
  /** What stops the build: two episodes at one URL; a published episode that would leave the site unsaid. */
  errors: NoteError[];
}

/**
 * The archive's one assembly: the notes' episodes and the URL registry give the episodes at their URLs,
 * the redirects, the registry's update and every problem that stops the build. Pure; the build's loader,
 * the pages' query, `npm run check` and the tests' support code all call it, so they agree.
 */
export function assembleArchive<E extends PinnableEpisode>(input: ArchiveInput<E>): Archive<E> {
  const pinned = pinEpisodeKeys(withoutSharedNumbers(input.episodes), input.registry);
  const errors = pinned.conflicts.map(({ key, files }) => new NoteError({ file: files[1] },
    `this episode would be at /episodes/${key}/, where ${files[0]} is already (by ${input.registryFile})`,
    `give one of them a URL of its own with \`slug:\` in its frontmatter, or correct its entry in ${input.registryFile}.`));
  if (input.noteAt) errors.push(...vanishedEpisodes(pinned.identities, pinned.registry, input.registry, input.registryFile, input.noteAt));
  return { episodes: pinned.episodes, redirects: pinned.redirects, registry: pinned.registry, changed: pinned.changed, errors };
}

/**
 * Two episodes (two videos) of one show that claim one number their URL is not made of (a dated show's)
 * are both published, with the number shown for neither: which one has it wrong is the team's to say
 * (the notes-folder loop warns, naming both; src/lib/notes/collection.ts). Where the URL is the number,
 * the loop stops the build instead.
 */
function withoutSharedNumbers<E extends PinnableEpisode>(episodes: readonly E[]): E[] {
  const videosByNumber = new Map<string, Set<string>>();
  const claim = (episode: E) => (episode.number != null && !numberIsUrl(episode) ? `${episode.show}#${episode.number}` : undefined);
  for (const episode of episodes) {
    const number = claim(episode);
    if (number) videosByNumber.set(number, (videosByNumber.get(number) ?? new Set()).add(episode.videoId ?? episode.key));
  }
  return episodes.map((episode) => {
    const number = claim(episode);
    if (!number || videosByNumber.get(number)!.size < 2) return episode;
    // The description the parser wrote when the note has none opens "<show> #<n>: <title>" (src/lib/notes/describe.ts).
    const { description } = episode as { description?: unknown };
    const described = typeof description === 'string' ? { description: description.replace(` #${episode.number}: `, ': ') } : {};
    return { ...episode, number: null, ...described };
  });
}

const RETIRE = 'npm run retire --';

/**
 * Episodes the registry knows that have no page now and were not taken off on purpose: each is an error
 * with the note's file and line, what changed and the fix. `draft: true` takes an episode off on purpose;
 * a deleted note's URL is retired with `npm run retire -- <URL>` (or `npm run import -- <vault> --prune`).
 */
function vanishedEpisodes(identities: readonly (string | undefined)[], registry: UrlRegistry, asRead: UrlRegistry, registryFile: string, noteAt: NonNullable<ArchiveInput<PinnableEpisode>['noteAt']>): NoteError[] {
  const current = new Set(identities);
  const errors: NoteError[] = [];
  for (const [identity, entry] of Object.entries(registry.episodes)) {
    if (current.has(identity) || !entry.file) continue;
    const url = `/episodes/${entry.key}/`;
    const offOnPurpose = `to take it off the site on purpose, write \`draft: true\` in its frontmatter; to give up its URL for good, \`${RETIRE} ${entry.key}\``;
    const state = noteAt(entry.file);
    if (!state) {
      errors.push(new NoteError({ file: registryFile, line: lineOfEntry(asRead, identity) },
        `the episode published at ${url} has no note any more: ${entry.file} is gone (deleted, or renamed along with its ${identity.includes('#') ? 'number' : 'date'})`,
        `restore the note (\`git checkout -- "${entry.file}"\`); if the episode is gone for good, retire its URL: \`${RETIRE} ${entry.key}\` (\`npm run import -- <vault> --prune\` does it for a note deleted in the vault).`));
    } else if (state.kind === 'draft' && !state.marked) {
      errors.push(new NoteError({ file: entry.file, line: state.line },
        `this episode was published at ${url} and is now a draft (no ${state.lacks.join(' and no ')}): its page would leave the site`,
        `give it back its ${state.lacks.join(' and ')}; ${offOnPurpose}.`));
    } else if (state.kind === 'refused' && !state.marked && !state.stops) {
      errors.push(new NoteError({ file: entry.file, line: state.line },
        `this episode was published at ${url} and its note can no longer be read (its problem is listed with the drafts): its page would leave the site`,
        `fix the problem; ${offOnPurpose}.`));
    } else if (state.kind === 'not an episode') {
      errors.push(new NoteError({ file: entry.file, line: state.line },
        `this episode was published at ${url} and its note is no longer read as an episode: its page would leave the site`,
        `give it back its episode heading (or \`show:\`); ${offOnPurpose}.`));
    }
  }
  return errors;
}

/** The line of an entry in the registry's file, as writeUrlRegistry writes it (two-space JSON, sorted). */
function lineOfEntry(registry: UrlRegistry, identity: string): number | undefined {
  const lines = JSON.stringify(registry, null, 2).split('\n');
  const index = lines.findIndex((line) => line.startsWith(`    ${JSON.stringify(identity)}:`));
  return index >= 0 ? index + 1 : undefined;
}

/** A note's path as the states are keyed: absolute, so that a path shown either way finds it. */
export function notePathKey(file: string): string {
  return resolve(file);
}
