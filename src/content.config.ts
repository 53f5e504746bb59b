import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { episodeNotesLoader } from './lib/collection/loader.ts';
import { guestProfilesLoader } from './lib/collection/guests-loader.ts';
import { transcriptsLoader } from './lib/collection/transcripts-loader.ts';
import { guestProfileSchema } from './lib/collection/guests/profile-schema.ts';
import { buildTime, contentFolders, noteParserOptions } from './lib/collection/parser-options.ts';
import { siteConfig } from './site.config.ts';

const folders = contentFolders();

interface TalkingPointData { html: string; children: TalkingPointData[] }
const talkingPointSchema: z.ZodType<TalkingPointData> = z.lazy(() =>
  z.object({ html: z.string(), children: z.array(talkingPointSchema) }),
);

/** An episode, as the note parser produces it (src/lib/notes/parse-note.ts). */
const episodes = defineCollection({
  loader: episodeNotesLoader({ folder: folders.episodes, guestsFolder: folders.guests, parser: noteParserOptions(siteConfig, buildTime()) }),
  schema: z.object({
    show: z.string().min(1),
    number: z.number().int().nonnegative().nullable(),
    key: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/),
    title: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    startsAt: z.iso.datetime().nullable(),
    videoId: z.string().regex(/^[A-Za-z0-9_-]{11}$/).nullable(),
    guests: z.array(z.string().min(1)),
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
    missing: z.array(z.enum(['date', 'video', 'guest', 'chapters'])),
    sourceFile: z.string(),
    /** The line of the note that says which episode it is (its heading, or `episode:`). */
    sourceLine: z.number().int().positive().nullable(),
  }),
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
    summaryHtml: z.string().nullable(),
    chapters: z.array(z.object({ start: z.number().nonnegative(), title: z.string().min(1) })),
    source: z.enum(['text', 'captions']),
    plainText: z.string(),
    cut: z.boolean(),
  }),
});

export const collections = { episodes, guests, transcripts };
