import { z } from 'astro/zod';
import { episodeSchema } from '../notes/episode-schema.ts';

// The episodes collection's schema, also checked by the notes-folder loop (so `npm run check` and
// `npm run import` reject exactly what the build would): an episode with a page must fit it.

/** An episode with a page, as the note parser produces it (src/lib/notes/episode-schema.ts), with where it is written. */
export const storedEpisodeSchema = episodeSchema.extend({
  sourceFile: z.string(),
  /** The line of the note that says which episode it is (its heading, or `episode:`). */
  sourceLine: z.number().int().positive().nullable(),
});
