import type { ScheduleDefaults } from './dates.ts';
import type { Episode } from './episode-schema.ts';
import type { NoteWarning } from './errors.ts';
import type { SectionKind } from './sections.ts';
import type { ShowRule } from './shows.ts';
import type { TopicVocabularyEntry } from './topics.ts';
import type { WithheldText } from './withheld.ts';

// The episode and its parts are typed by their zod schema (episode-schema.ts), so the collection's
// validation and the parser's type are one definition.
export type { Episode, EpisodeStatus, MissingPart } from './episode-schema.ts';

export interface ParsedNote {
  episode: Episode;
  /** The public show notes as sanitised HTML: the leak guard's evidence of what the note publishes. */
  html: string;
  /** Everything kept back, for the team's report and the leak guard. */
  withheld: WithheldText[];
  warnings: NoteWarning[];
  /** The line that says which episode the note is (its title heading, or `episode:`), for messages about the whole note. */
  line?: number;
  /** Where the note names each guest (`Guest::` line 9, the title…), for `npm run check`. */
  guestSources?: { name: string; source: string }[];
}

/** What the parser needs from the site config, plus the time "now" for upcoming vs published. */
export interface NoteParserOptions {
  showName: string;
  /** Prefix of the primary show's headings, for file names and labels. */
  seriesPrefix: string;
  /** The shows, primary first; every note must belong to exactly one. */
  shows: readonly ShowRule[];
  publicSections: Record<SectionKind, readonly string[]>;
  internalSections: readonly string[];
  templateInstructions: readonly string[];
  /** Labels of a one-colon guest line before the first section (`Invitado(s): Name`); `Guest::` is always read. */
  guestFields?: readonly string[];
  /** Starts of the host's opening line, a script read on air, withheld from talking points. */
  openingLines?: readonly string[];
  deniedLinkHosts: readonly string[];
  topics: readonly TopicVocabularyEntry[];
  schedule: ScheduleDefaults;
  now: Date;
}

/** Where a note sits: its path inside the notes folder decides a show configured by folder. */
export interface NoteContext { relativePath?: string }
