import type { SiteConfig } from '../config/schema.ts';
import type { NoteParserOptions } from '../notes/parse-note.ts';

/**
 * The moment the archive is built, which decides upcoming vs published.
 * ARCHIVE_NOW (ISO date) pins it, for reproducible builds and tests.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.ARCHIVE_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`ARCHIVE_NOW="${pinned}" is not a date; use e.g. 2024-06-01T00:00:00Z.`);
    return date;
  }
  return new Date();
}

/** The parser's view of the site config. */
export function noteParserOptions(config: SiteConfig, now: Date): NoteParserOptions {
  return {
    showName: config.showName,
    seriesPrefix: config.seriesPrefix,
    shows: config.shows.map((show) => ({
      slug: show.slug, name: show.name, heading: show.heading, folder: show.folder, defaultHosts: show.defaultHosts,
      language: show.language, topics: show.topics, titleNamesGuest: show.titleNamesGuest,
      notes: {
        publicSections: show.publicSections, internalSections: show.internalSections, templateInstructions: show.templateInstructions,
        guestFields: show.guestFields, openingLines: show.openingLines,
      },
    })),
    publicSections: config.publicSections,
    internalSections: config.internalSections,
    templateInstructions: config.templateInstructions,
    guestFields: config.guestFields,
    openingLines: config.openingLines,
    deniedLinkHosts: config.deniedLinkHosts,
    topics: config.topics,
    schedule: config.schedule,
    now,
  };
}

/** Folders of the archive's content; EPISODES_DIR, GUESTS_DIR and TRANSCRIPTS_DIR point a build at other notes (tests do). */
export function contentFolders(env: Record<string, string | undefined> = process.env) {
  return {
    episodes: env.EPISODES_DIR ?? 'src/content/episodes',
    guests: env.GUESTS_DIR ?? 'src/content/guests',
    transcripts: env.TRANSCRIPTS_DIR ?? 'src/content/transcripts',
  };
}
