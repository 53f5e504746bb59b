import type { NoteContext, NoteParserOptions } from './episode.ts';
import { identifyEpisode, UnrecognisedNoteError, type EpisodeIdentity } from './identify-episode.ts';
import { headingClue, identityClues, identityLacks, readNoteStart, startBlocks } from './note-start.ts';
import { readAirTime, wouldBePublished } from './status.ts';
import { readVideoId } from './video.ts';

/**
 * Whether a note the parser refused (its YAML, a limit, a property of the wrong kind) would be published
 * but for that problem: then the problem stops the build; in a draft it is only reported. Read from the
 * note's start with the parser's own reader, identification and rule (src/lib/notes/status.ts
 * wouldBePublished), leniently: what the broken part still says counts. Generous where the note says too
 * little to tell (a part that cannot be read counts as there), so that a real problem of an episode that
 * would be published is never taken for a draft's.
 */
export function couldBePublished(rawText: string, file: string, options: Pick<NoteParserOptions, 'shows' | 'schedule'>, context: NoteContext = {}): boolean {
  try {
    const { split, frontmatter } = readNoteStart(rawText, file);
    if (frontmatter.boolean('draft')) return false;
    const blocks = startBlocks(split.body);
    let identity: EpisodeIdentity | undefined;
    try {
      identity = identifyEpisode(identityClues(frontmatter, headingClue(blocks), context, file), options.shows, file);
    } catch (error) {
      // A note of no show is never published; any other problem of identity leaves the question open.
      if (error instanceof UnrecognisedNoteError) return false;
    }
    const lacks = identity ? identityLacks(identity) : { number: false, title: false };
    const preamble = blocks.filter((block) => !(block.type === 'heading' && block.depth === 1));
    return wouldBePublished({
      draft: false,
      incomplete: lacks.number || lacks.title,
      video: readable(() => {
        const video = readVideoId(frontmatter, preamble);
        return Boolean(video.videoId || video.problem);
      }),
      date: readable(() => {
        const when = readAirTime(frontmatter, options.schedule, identity?.date);
        return Boolean(when.airTime || when.problem);
      }),
    });
  } catch {
    return true;
  }
}

/** Whether a part is there; a part that cannot even be read (`date: [2024-09-20`) counts as there. */
function readable(isThere: () => boolean): boolean {
  try {
    return isThere();
  } catch {
    return true;
  }
}
