import { z } from 'astro/zod';
import { shippedTopicVocabulary } from './topic-vocabulary.ts';

/** A topic of the show's vocabulary: one canonical name, several ways of writing it. */
const topicSchema = z.object({
  name: z.string().min(1).describe('How the topic is shown, e.g. "Pyroscope".'),
  slug: z.string().regex(/^[a-z0-9-]+$/).optional().describe('URL slug; derived from the name when left out.'),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names that mean this topic, e.g. "Grafana Pyroscope".'),
  names: z.record(z.string().regex(/^[a-z]{2,3}$/, 'A language code, e.g. "es".'), z.string().min(1)).default({})
    .describe('The topic\'s name on pages in another language, by language code, e.g. { es: "Trazas distribuidas" }. The search filter and the topic\'s page keep `name`.'),
});

const scheduleSchema = z.object({
  startTime: z.string().regex(/^\d{2}:\d{2}$/, 'Write the time as HH:MM, e.g. "13:00".').default('13:00')
    .describe('When an episode starts when its note gives only a date.'),
  timeZone: z.string().default('UTC').describe('IANA time zone of startTime, e.g. "Europe/Amsterdam".'),
  durationMinutes: z.number().int().positive().default(60).describe('How long an episode runs, for calendars.'),
});

/**
 * The public sections, by kind. A heading whose own name is listed here is published, at any level and
 * under any heading (`### Timestamps` inside `## Post-show checklist` too).
 */
const publicSectionsSchema = z.object({
  talkingPoints: z.array(z.string()).default(['Talking points']),
  chapters: z.array(z.string()).default(['Timestamps', 'Timestamp', 'Chapters']),
  links: z.array(z.string()).default(['Reference links', 'References', 'Resources', 'Links']),
});

/** Section names a show adds to the site's (a translated template's headings); every kind is optional. */
const showPublicSectionsSchema = z.object({
  talkingPoints: z.array(z.string()).default([]).describe('More names of the talking points section, e.g. "Puntos a hablar".'),
  chapters: z.array(z.string()).default([]).describe('More names of the chapters section, e.g. "Capítulos".'),
  links: z.array(z.string()).default([]).describe('More names of the links section, e.g. "Enlaces".'),
});

/** One show of the archive, and how its notes are recognised. */
const showSchema = z.object({
  name: z.string().min(1).describe('The show, as visitors know it.'),
  slug: z.string().regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes, e.g. "loki-community-call".')
    .refine((slug) => slug !== 'drafts', { message: '"drafts" is taken: drafts are keyed "drafts/<note>"; choose another slug.' })
    .describe('URL slug: /shows/<slug>/.'),
  description: z.string().default('').describe('One or two sentences for the show page and its feed.'),
  shortName: z.string().min(1).max(5).optional()
    .describe('A short name for small places (an episode card\'s tile), e.g. "GOH"; default: the first letter of each word of the name.'),
  heading: z.string().optional()
    .describe('How a note heading names an episode: "GOH <n> - <title>" (numbered) or "<date> <title>" (dated).'),
  folder: z.string().optional().describe('A subfolder of the notes folder whose notes all belong to this show.'),
  defaultHosts: z.array(z.string().min(1)).optional().describe('Hosts when a note names none; default: the site\'s defaultHosts.'),
  youtubePlaylist: z.url().optional().describe('The show\'s YouTube playlist.'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Write a BCP 47 language tag, e.g. "es".').optional()
    .describe('The language the show is published in, e.g. "es"; its notes, pages, feed and posters are in it. Default: the site\'s language.'),
  // What a translated template writes: added to the site-wide lists below, never replacing them.
  publicSections: showPublicSectionsSchema.optional().describe('Public section names of this show\'s notes, added to the site\'s.'),
  internalSections: z.array(z.string()).optional().describe('Internal section names of this show\'s notes, added to the site\'s.'),
  templateInstructions: z.array(z.string()).optional().describe('Starts of this show\'s template instructions, added to the site\'s.'),
  guestFields: z.array(z.string().min(1)).optional().describe('Guest line labels of this show\'s notes (e.g. "Invitado(s)"), added to the site\'s.'),
  openingLines: z.array(z.string().min(1)).optional().describe('Starts of this show\'s host opening line, added to the site\'s.'),
  topics: z.array(z.string().min(1)).optional()
    .describe('Topics every episode of this show has, e.g. ["Loki"] for the Loki Community Call (names of the vocabulary, or new topics).'),
  titleNamesGuest: z.boolean().optional()
    .describe('The show\'s titles name the guest ("… with <guest>", "… con <invitado>" in Spanish): a note that names no guest has the one its title ends with. Only shows that declare it are read that way.'),
}).refine((show) => show.heading || show.folder, { message: 'Give the show a `heading` pattern or a `folder`, so its notes can be recognised.' });

export const siteConfigSchema = z.object({
  showName: z.string().min(1).describe('The show, as visitors know it.'),
  tagline: z.string().min(1).describe('The show in one line, for the home page and feeds.'),
  about: z.string().min(1).optional()
    .describe('What the archive is, in a paragraph or two (blank lines between them), for the About page; default: the tagline.'),
  translations: z.record(z.string(), z.object({
    tagline: z.string().min(1).optional().describe('The tagline in this language.'),
    about: z.string().min(1).optional().describe('The About text in this language.'),
  })).default({})
    .describe('The site\'s own texts in the language of a show that is not the site\'s, e.g. { es: { about: "…" } }. A language given one has its own About page (/about/<language>/), which that show\'s pages link to; otherwise they link to the site\'s, marked as in the site\'s language.'),
  site: z.url().describe('The public URL of the archive, e.g. "https://example.org".'),
  base: z.string().startsWith('/').default('/').describe('Path the archive lives under, e.g. "/episode-archive/".'),
  language: z.string().default('en').describe('The language of the site, and of every show that sets none: "en".'),
  seriesPrefix: z.string().min(1).describe('What starts an episode heading: "GOH" for "# [[GOH 26 - Title]]". Used for the default show.'),
  shows: z.array(showSchema).min(1).optional()
    .describe('The shows of the archive, first = primary (its numbered episodes live at /episodes/<n>/). Default: one show, from showName and seriesPrefix.'),
  defaultHosts: z.array(z.string().min(1)).min(1).describe('Hosts of an episode whose note names none.'),
  youtubeChannel: z.url().describe('The channel page, for "watch on YouTube" links.'),
  schedule: scheduleSchema.prefault({}),
  topics: z.array(topicSchema).default(() => shippedTopicVocabulary.map((entry) => ({ ...entry, aliases: 'aliases' in entry ? [...entry.aliases] : [], names: 'names' in entry ? { ...entry.names } : {} }))).describe('Topic vocabulary matched (whole words, any case) against titles, talking points, chapters and transcript summaries, and tags. Default: the shipped vocabulary (src/lib/config/topic-vocabulary.ts).'),
  publicSections: publicSectionsSchema.prefault({}),
  internalSections: z.array(z.string()).default([
    'Checklist', 'Pre-show checklist', 'Just before the show', 'After the show', 'Post-show checklist',
  ]).describe('Sections known to be internal. Every section not in publicSections is withheld anyway; these are reported as expected.'),
  // Keep in step with templates/episode.md: a test checks that every blockquote there is listed.
  templateInstructions: z.array(z.string()).default([
    'Enumerate talking points for the show',
    'Here are some points to discuss with the guest',
    'Chapters of the video, one per line',
    'Links for the audience, one per line',
    'At Grafana Labs, we do a',
  ]).describe('Starts of the template\'s instruction blockquotes (templates/episode.md), never published.'),
  guestFields: z.array(z.string().min(1)).default([])
    .describe('Labels of a one-colon guest line before the first section, e.g. "Invitado(s)" for `Invitado(s): [Name](url)`. `Guest::` is always read.'),
  openingLines: z.array(z.string().min(1)).default(['Hello and welcome to'])
    .describe('Starts of the host\'s opening line (a script read on air), withheld from talking points like template instructions.'),
  deniedLinkHosts: z.array(z.string()).default([
    '*.slack.com', 'docs.google.com', 'drive.google.com', 'calendar.google.com',
  ]).describe('Links to these hosts are internal: the item holding one is withheld. "*.x.com" also matches x.com.'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type ParsedSiteConfig = z.output<typeof siteConfigSchema>;
export type ShowDefinition = Required<Pick<z.output<typeof showSchema>, 'name' | 'slug' | 'description' | 'defaultHosts'>> & z.output<typeof showSchema>;
/** The validated config, with every show complete (the default show filled in when none is configured). */
export type SiteConfig = Omit<ParsedSiteConfig, 'shows'> & { shows: ShowDefinition[] };
export type TopicDefinition = z.output<typeof topicSchema>;
