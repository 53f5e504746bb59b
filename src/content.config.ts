import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { nativeImport } from './lib/collection/native-import.ts';

// The loaders and schemas as Node loaded them for astro.config.mjs, not transformed again by Vite.
const { storedEpisodeSchema, episodeNotesLoader, guestProfilesLoader, transcriptsLoader, guestProfileSchema, buildTime, contentFolders, noteParserOptions, siteConfig } =
  await nativeImport<typeof import('./lib/collection/collection-parts.ts')>(new URL('./lib/collection/collection-parts.ts', import.meta.url).href);

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
