import { z } from 'astro/zod';

// The episode's shape, written once: the zod schema the collection validates against, and the TypeScript
// types the parser, pages and feeds use, derived from it (z.output), so the two cannot drift apart.
// `astro/zod` is zod itself, re-exported by Astro: the parser still runs without Astro.

/** A chapter of the video: where it starts and what it is called. */
export const chapterSchema = z.object({
  /** Start in seconds from the beginning of the video. */
  start: z.number().nonnegative(),
  title: z.string().min(1),
});

/** A topic of an episode: shown by name, found by slug. */
export const topicSchema = z.object({ name: z.string(), slug: z.string() });

/** One talking point, with the points nested under it. Its html is sanitised inline markup. */
export const talkingPointSchema = z.object({
  html: z.string(),
  get children() {
    return z.array(talkingPointSchema);
  },
});

/** Talking points under one subsection heading (or none, for the points before any subsection). */
export const talkingPointGroupSchema = z.object({
  /** The subsection's heading; depth is its level on the page (3 right under Talking points). */
  heading: z.object({ text: z.string(), depth: z.number() }).optional(),
  points: z.array(talkingPointSchema),
});

/** A link the show shared with its audience. */
export const referenceLinkSchema = z.object({ title: z.string(), url: z.url() });

/** An episode, typed: everything pages, feeds and the search index need (src/lib/notes/parse-note.ts makes it). */
export const episodeSchema = z.object({
  /** Slug of the show it belongs to. */
  show: z.string().min(1),
  /** The episode number, or null for a dated episode. */
  number: z.number().int().nonnegative().nullable(),
  /**
   * Where its page lives under /episodes/: "26" for a numbered episode of the primary show,
   * "<show>/<slug>" with the note's `slug:`, else "<show>/<date>-<title>" (pinned by the archive's
   * URL registry once published). A draft has no page: its key is "drafts/<slug of its path in the
   * notes folder>", unique per note and never a published episode's key (no show's slug is "drafts").
   */
  key: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
  title: z.string().min(1),
  /** YYYY-MM-DD in the show's time zone, or null when the note has no date yet. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** ISO instant the episode starts (UTC), or null without a date. */
  startsAt: z.iso.datetime().nullable(),
  videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/).nullable(),
  guests: z.array(z.string().min(1)),
  /** A guest's own link where the note gives one (`Guest:: [Jane Doe](https://…)`), by name. */
  guestLinks: z.record(z.string(), z.url()).optional(),
  /** A guest's organisation where the note gives one (`Jane Doe (Org)`, `Jane Doe from Org`), by name. */
  guestAffiliations: z.record(z.string(), z.object({ name: z.string().min(1), url: z.url().optional() })).optional(),
  hosts: z.array(z.string().min(1)),
  topics: z.array(topicSchema),
  chapters: z.array(chapterSchema),
  talkingPoints: z.array(talkingPointGroupSchema),
  links: z.array(referenceLinkSchema),
  description: z.string(),
  /** Whether and when an episode is public. */
  status: z.enum(['draft', 'upcoming', 'published']),
  /**
   * What a note lacks before it is a complete public episode. A note that lacks its number (a numbered
   * show's), its title, its date or its video is a draft; guest and chapters are only reported.
   */
  missing: z.array(z.enum(['number', 'title', 'date', 'video', 'guest', 'chapters'])),
  /** The only title the note gives is its file name (`2025-06-24-road-to-4-0`): its video's transcript may give a better one. */
  titleFromFileName: z.boolean().optional(),
});

export type Episode = z.output<typeof episodeSchema>;
export type EpisodeStatus = Episode['status'];
export type MissingPart = Episode['missing'][number];
export type Chapter = z.output<typeof chapterSchema>;
export type Topic = z.output<typeof topicSchema>;
export type TalkingPoint = z.output<typeof talkingPointSchema>;
export type TalkingPointGroup = z.output<typeof talkingPointGroupSchema>;
export type ReferenceLink = z.output<typeof referenceLinkSchema>;
