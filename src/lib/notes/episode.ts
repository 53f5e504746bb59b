import type { ScheduleDefaults } from './dates.ts';
import type { NoteWarning } from './errors.ts';
import type { PublicHeading } from './public-html.ts';
import type { ReferenceLink } from './reference-links.ts';
import type { SectionKind } from './sections.ts';
import type { ShowRule } from './shows.ts';
import type { TalkingPointGroup } from './talking-points.ts';
import type { Chapter } from './timestamps.ts';
import type { Topic, TopicVocabularyEntry } from './topics.ts';
import type { WithheldText } from './withheld.ts';

/** Whether and when an episode is public. */
export type EpisodeStatus = 'draft' | 'upcoming' | 'published';

/**
 * What a note lacks before it is a complete public episode. A note that lacks its number (a numbered
 * show's), its title, its date or its video is a draft; guest and chapters are only reported.
 */
export type MissingPart = 'number' | 'title' | 'date' | 'video' | 'guest' | 'chapters';

/** An episode, typed: everything pages, feeds and the search index need. */
export interface Episode {
  /** Slug of the show it belongs to. */
  show: string;
  /** The episode number, or null for a dated episode. */
  number: number | null;
  /**
   * Where its page lives under /episodes/: "26" for a numbered episode of the primary show,
   * "<show>/<slug>" with the note's `slug:`, else "<show>/<date>-<title>" (pinned by the archive's
   * URL registry once published). A draft has no page: its key is "drafts/<slug of its path in the
   * notes folder>", unique per note and never a published episode's key (no show's slug is "drafts").
   */
  key: string;
  title: string;
  /** YYYY-MM-DD in the show's time zone, or null when the note has no date yet. */
  date: string | null;
  /** ISO instant the episode starts (UTC), or null without a date. */
  startsAt: string | null;
  videoId: string | null;
  guests: string[];
  /** A guest's own link where the note gives one (`Guest:: [Jane Doe](https://…)`), by name. */
  guestLinks?: Record<string, string>;
  /** A guest's organisation where the note gives one (`Jane Doe (Org)`, `Jane Doe from Org`), by name. */
  guestAffiliations?: Record<string, { name: string; url?: string }>;
  hosts: string[];
  topics: Topic[];
  chapters: Chapter[];
  talkingPoints: TalkingPointGroup[];
  links: ReferenceLink[];
  description: string;
  status: EpisodeStatus;
  missing: MissingPart[];
  /** The only title the note gives is its file name (`2025-06-24-road-to-4-0`): its video's transcript may give a better one. */
  titleFromFileName?: boolean;
}

export interface ParsedNote {
  episode: Episode;
  /** The public show notes as sanitised HTML. */
  html: string;
  headings: PublicHeading[];
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
