import { z } from 'astro/zod';

/** A topic of the show's vocabulary: one canonical name, several ways of writing it. */
const topicSchema = z.object({
  name: z.string().min(1).describe('How the topic is shown, e.g. "Pyroscope".'),
  slug: z.string().regex(/^[a-z0-9-]+$/).optional().describe('URL slug; derived from the name when left out.'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names that mean this topic, e.g. "Grafana Pyroscope".'),
});

const scheduleSchema = z.object({
  startTime: z.string().regex(/^\d{2}:\d{2}$/, 'Write the time as HH:MM, e.g. "13:00".').default('13:00')
    .describe('When an episode starts when its note gives only a date.'),
  timeZone: z.string().default('UTC').describe('IANA time zone of startTime, e.g. "Europe/Amsterdam".'),
  durationMinutes: z.number().int().positive().default(60).describe('How long an episode runs, for calendars.'),
});

/** The public sections, by kind. A heading whose own name is listed here is published. */
const publicSectionsSchema = z.object({
  talkingPoints: z.array(z.string()).default(['Talking points']),
  chapters: z.array(z.string()).default(['Timestamps', 'Chapters']),
  links: z.array(z.string()).default(['Reference links', 'Resources', 'Links']),
});

export const siteConfigSchema = z.object({
  showName: z.string().min(1).describe('The show, as visitors know it.'),
  tagline: z.string().min(1).describe('The show in one line, for the home page and feeds.'),
  site: z.url().describe('The public URL of the archive, e.g. "https://example.org".'),
  base: z.string().startsWith('/').default('/').describe('Path the archive lives under, e.g. "/episode-archive/".'),
  language: z.string().default('en'),
  seriesPrefix: z.string().min(1).describe('What starts an episode heading: "GOH" for "# [[GOH 26 - Title]]".'),
  defaultHosts: z.array(z.string().min(1)).min(1).describe('Hosts of an episode whose note names none.'),
  youtubeChannel: z.url().describe('The channel page, for "watch on YouTube" links.'),
  schedule: scheduleSchema.prefault({}),
  topics: z.array(topicSchema).default([]).describe('Topic vocabulary matched against titles and tags.'),
  publicSections: publicSectionsSchema.prefault({}),
  internalSections: z.array(z.string()).default([
    'Checklist', 'Pre-show checklist', 'Just before the show', 'After the show', 'Post-show checklist',
  ]).describe('Sections known to be internal. Every section not in publicSections is withheld anyway; these are reported as expected.'),
  templateInstructions: z.array(z.string()).default([
    'Enumerate talking points for the show',
    'Here are some points to discuss with the guest',
  ]).describe('Starts of the template\'s instruction blockquotes, never published.'),
  deniedLinkHosts: z.array(z.string()).default([
    '*.slack.com', 'docs.google.com', 'drive.google.com', 'calendar.google.com',
  ]).describe('Links to these hosts are internal: the item holding one is withheld. "*.x.com" also matches x.com.'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type TopicDefinition = z.output<typeof topicSchema>;
