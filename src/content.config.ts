import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { storedEpisodeSchema } from './lib/collection/episode-schema.ts';
import { episodeNotesLoader } from './lib/collection/loader.ts';
import { guestProfilesLoader } from './lib/collection/guests-loader.ts';
import { transcriptsLoader } from './lib/collection/transcripts-loader.ts';
import { guestProfileSchema } from './lib/collection/guests/profile-schema.ts';
import { buildTime, contentFolders, noteParserOptions } from './lib/collection/parser-options.ts';
import { siteConfig } from './site.config.ts';

const folders = contentFolders();

/** An episode, as the note parser produces it (src/lib/notes/parse-note.ts). */
const episodes = defineCollection({
  loader: episodeNotesLoader({ folder: folders.episodes, guestsFolder: folders.guests, parser: noteParserOptions(siteConfig, buildTime()) }),
  schema: storedEpisodeSchema,
});

/** People who have been on the show: one YAML file each, named by their slug (schema shared with `npm run check`). */
const guests = defineCollection({
  loader: guestProfilesLoader({ folder: folders.guests }),
  schema: ({ image }) => guestProfileSchema(image),
});

/**
 * Transcripts of the videos (the team's transcript script, copied by `npm run import` or dropped in by
 * hand), by video id: src/lib/transcripts/publish-transcript.ts. The rendered HTML is the entry's `rendered`.
 */
const transcripts = defineCollection({
  loader: transcriptsLoader({ folder: folders.transcripts }),
  schema: z.object({
    videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/),
    file: z.string(),
    title: z.string().default(''),
    summaryHtml: z.string().nullable(),
    summaryText: z.string().nullable().default(null),
    chapters: z.array(z.object({ start: z.number().nonnegative(), title: z.string().min(1) })),
    source: z.enum(['text', 'captions']),
    cut: z.boolean(),
  }),
});

export const collections = { episodes, guests, transcripts };
