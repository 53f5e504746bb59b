import { z } from 'astro/zod';

// The episodes collection's schema, also checked by the notes-folder loop (so `npm run check` and
// `npm run import` reject exactly what the build would): an episode with a page must fit it.

interface TalkingPointData { html: string; children: TalkingPointData[] }
const talkingPointSchema: z.ZodType<TalkingPointData> = z.lazy(() =>
  z.object({ html: z.string(), children: z.array(talkingPointSchema) }),
);

/** An episode with a page, as the note parser produces it (src/lib/notes/parse-note.ts), with where it is written. */
export const episodeSchema = z.object({
  show: z.string().min(1),
  number: z.number().int().nonnegative().nullable(),
  key: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  startsAt: z.iso.datetime().nullable(),
  videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/).nullable(),
  guests: z.array(z.string().min(1)),
  guestLinks: z.record(z.string(), z.url()).optional(),
  guestAffiliations: z.record(z.string(), z.object({ name: z.string().min(1), url: z.url().optional() })).optional(),
  hosts: z.array(z.string().min(1)),
  topics: z.array(z.object({ name: z.string(), slug: z.string() })),
  chapters: z.array(z.object({ start: z.number().nonnegative(), title: z.string().min(1) })),
  talkingPoints: z.array(z.object({
    heading: z.object({ text: z.string(), depth: z.number() }).optional(),
    points: z.array(talkingPointSchema),
  })),
  links: z.array(z.object({ title: z.string(), url: z.url() })),
  description: z.string(),
  status: z.enum(['draft', 'upcoming', 'published']),
  missing: z.array(z.enum(['number', 'title', 'date', 'video', 'guest', 'chapters'])),
  titleFromFileName: z.boolean().optional(),
  sourceFile: z.string(),
  /** The line of the note that says which episode it is (its heading, or `episode:`). */
  sourceLine: z.number().int().positive().nullable(),
});
