import { defineCollection } from 'astro:content';
import { episodeSchema } from './lib/collection/episode-schema.ts';
import { episodeNotesLoader } from './lib/collection/loader.ts';
import { guestProfilesLoader } from './lib/collection/guests-loader.ts';
import { guestProfileSchema } from './lib/collection/guests/profile-schema.ts';
import { buildTime, contentFolders, noteParserOptions } from './lib/collection/parser-options.ts';
import { siteConfig } from './site.config.ts';

const folders = contentFolders();

/** An episode, as the note parser produces it (src/lib/notes/parse-note.ts). */
const episodes = defineCollection({
  loader: episodeNotesLoader({ folder: folders.episodes, guestsFolder: folders.guests, parser: noteParserOptions(siteConfig, buildTime()) }),
  schema: episodeSchema,
});

/** People who have been on the show: one YAML file each, named by their slug (schema shared with `npm run check`). */
const guests = defineCollection({
  loader: guestProfilesLoader({ folder: folders.guests }),
  schema: ({ image }) => guestProfileSchema(image),
});

export const collections = { episodes, guests };
