import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { removeBoilerplate } from './boilerplate.ts';
import { parseAirTime, type ScheduleDefaults } from './dates.ts';
import { NoteError, type NoteWarning } from './errors.ts';
import { extractInlineFields } from './fields.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { FrontmatterReader } from './frontmatter-values.ts';
import { parseGuestNames } from './guests.ts';
import { parseEpisodeHeading } from './heading.ts';
import { linkWikilinks, collectInlineTags } from './inline-syntax.ts';
import { videoCandidateUrls } from './preamble.ts';
import { renderPublicHtml, type PublicHeading } from './public-html.ts';
import { parseReferenceLinks, type ReferenceLink } from './reference-links.ts';
import { classifySections, type SectionKind } from './sections.ts';
import { parseTalkingPoints, type TalkingPointGroup } from './talking-points.ts';
import { parseChapters, type Chapter } from './timestamps.ts';
import { resolveTopics, type Topic, type TopicVocabularyEntry } from './topics.ts';
import { withhold, type WithheldText } from './withheld.ts';
import { isYoutubeUrl, youtubeVideoId } from './youtube.ts';

/** Whether and when an episode is public. */
export type EpisodeStatus = 'draft' | 'upcoming' | 'published';

/** What a note lacks before it is a complete public episode. */
export type MissingPart = 'date' | 'video' | 'guest' | 'chapters';

/** An episode, typed: everything pages, feeds and the search index need. */
export interface Episode {
  number: number;
  title: string;
  /** YYYY-MM-DD in the show's time zone, or null when the note has no date yet. */
  date: string | null;
  /** ISO instant the episode starts (UTC), or null without a date. */
  startsAt: string | null;
  videoId: string | null;
  guests: string[];
  hosts: string[];
  topics: Topic[];
  chapters: Chapter[];
  talkingPoints: TalkingPointGroup[];
  links: ReferenceLink[];
  description: string;
  status: EpisodeStatus;
  missing: MissingPart[];
}

export interface ParsedNote {
  episode: Episode;
  /** The public show notes as sanitised HTML. */
  html: string;
  headings: PublicHeading[];
  /** Everything kept back, for the team's report and the leak guard. */
  withheld: WithheldText[];
  warnings: NoteWarning[];
}

/** What the parser needs from the site config, plus the time "now" for upcoming vs published. */
export interface NoteParserOptions {
  showName: string;
  seriesPrefix: string;
  defaultHosts: readonly string[];
  publicSections: Record<SectionKind, readonly string[]>;
  internalSections: readonly string[];
  templateInstructions: readonly string[];
  deniedLinkHosts: readonly string[];
  topics: readonly TopicVocabularyEntry[];
  schedule: ScheduleDefaults;
  now: Date;
  /** Base path of the site, for links from wikilinks to episode and guest pages. */
  base?: string;
}

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

/** Line endings and byte-order mark as every later step expects them. */
export function normaliseNoteText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Parses one episode note, once, into a typed episode and the HTML of its public part.
 * Publishing is an allow-list: only the configured public sections are rendered, cleaned of
 * template boilerplate and internal links; everything else is reported as withheld.
 * @throws NoteError for input the author must fix (with file, line and how to fix it).
 */
export function parseNote(rawText: string, file: string, options: NoteParserOptions): ParsedNote {
  const text = normaliseNoteText(rawText);
  const split = splitFrontmatter(text, file);
  const frontmatter = new FrontmatterReader(split, file);
  const { fields, body } = extractInlineFields(split.body);
  const tree = markdown.parse(body) as Root;
  const warnings: NoteWarning[] = [];
  const withheld: WithheldText[] = [];

  const titleIndex = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const titleNode = titleIndex >= 0 ? tree.children[titleIndex] : undefined;
  const heading = titleNode ? parseEpisodeHeading(toString(titleNode), options.seriesPrefix) : undefined;
  const number = frontmatter.wholeNumber('episode') ?? heading?.number;
  const title = frontmatter.text('title') ?? (heading?.title || undefined);
  const titleLine = titleNode?.position?.start.line;
  if (number === undefined || title === undefined) {
    throw missingHeadingError(file, titleLine, heading !== undefined, number, options.seriesPrefix);
  }

  const blocks = tree.children.filter((_, index) => index !== titleIndex);
  const classified = classifySections(blocks, {
    public: options.publicSections,
    internal: options.internalSections,
  });
  if (classified.preamble.length) {
    withheld.push(withhold(classified.preamble as RootContent[], 'note preamble', '(before the first section)', classified.preamble[0]?.position?.start.line ?? 0));
  }
  for (const section of classified.withheld) {
    withheld.push(withhold(section.nodes, section.known ? 'internal section' : 'section not on the allow-list', section.heading, section.line));
    if (!section.known) {
      warnings.push({
        file, line: section.line,
        problem: `the section "${section.heading}" is not published: it is not one of the public sections`,
        fix: `nothing to do if it is internal; to publish it, rename it to one of: ${Object.values(options.publicSections).flat().join(', ')}.`,
      });
    }
  }

  const guests = frontmatter.list('guests') ?? parseGuestNames(fields.get('guest')?.value ?? fields.get('guests')?.value ?? '');
  const paths = { base: options.base ?? '/', guests, seriesPrefix: options.seriesPrefix };
  const tags: string[] = [...(frontmatter.list('tags') ?? []), ...(frontmatter.list('topics') ?? [])];
  const chapterBlocks: RootContent[] = [];
  const talkingPointBlocks: RootContent[] = [];
  const linkBlocks: RootContent[] = [];
  for (const section of classified.sections) {
    const cleaned = removeBoilerplate(section.nodes, section.heading, { file, ...options });
    withheld.push(...cleaned.withheld);
    warnings.push(...cleaned.warnings);
    const root: Root = { type: 'root', children: cleaned.nodes };
    tags.push(...collectInlineTags(root));
    linkWikilinks(root, paths);
    const target = section.kind === 'chapters' ? chapterBlocks : section.kind === 'links' ? linkBlocks : talkingPointBlocks;
    target.push(...root.children);
  }

  const videoId = readVideoId(frontmatter, classified.preamble as RootContent[]);
  const airTime = readAirTime(frontmatter, options.schedule);
  const chapters = parseChapters(chapterBlocks, file);
  const talkingPoints = parseTalkingPoints(talkingPointBlocks);
  const links = parseReferenceLinks(linkBlocks, file, warnings);
  const hosts = frontmatter.list('hosts') ?? [...options.defaultHosts];
  const topics = resolveTopics(title, tags, options.topics);

  const missing: MissingPart[] = [];
  if (!airTime) missing.push('date');
  if (!videoId) missing.push('video');
  if (guests.length === 0) missing.push('guest');
  if (chapters.length === 0) missing.push('chapters');
  const status: EpisodeStatus = frontmatter.boolean('draft') || !airTime || !videoId
    ? 'draft'
    : Date.parse(airTime.startsAt) > options.now.getTime() ? 'upcoming' : 'published';

  const episode: Episode = {
    number,
    title,
    date: airTime?.date ?? null,
    startsAt: airTime?.startsAt ?? null,
    videoId: videoId ?? null,
    guests,
    hosts,
    topics,
    chapters,
    talkingPoints,
    links,
    description: frontmatter.text('description') ?? describe(number, title, guests, options.showName),
    status,
    missing,
  };
  const { html, headings } = renderPublicHtml({ talkingPoints, chapters, links, videoId });
  return { episode, html, headings, withheld, warnings };
}

function missingHeadingError(file: string, line: number | undefined, hasPrefix: boolean, number: number | undefined, prefix: string): NoteError {
  if (hasPrefix && number === undefined) {
    return new NoteError({ file, line }, 'the episode heading has no episode number',
      `write the number after "${prefix}", e.g. \`# [[${prefix} 27 - Title]]\`, or add \`episode: 27\` to the frontmatter.`);
  }
  if (hasPrefix) {
    return new NoteError({ file, line }, 'the episode heading has no title',
      `write the title after the number, e.g. \`# [[${prefix} ${number} - Title]]\`, or add \`title: ...\` to the frontmatter.`);
  }
  return new NoteError({ file, line: line ?? 1 }, `this note has no episode heading (\`# [[${prefix} <number> - <title>]]\`)`,
    `start the note with a heading such as \`# [[${prefix} 27 - Title]]\`, or give \`episode:\` and \`title:\` in the frontmatter; if it is not an episode note, move it out of the episodes folder.`);
}

function readVideoId(frontmatter: FrontmatterReader, preamble: RootContent[]): string | undefined {
  const url = frontmatter.text('url');
  if (url) {
    const id = youtubeVideoId(url);
    if (!id) {
      throw frontmatter.error('url', isYoutubeUrl(url) ? `the url "${url}" does not name a YouTube video` : `the url "${url}" is not a YouTube URL`,
        'paste the video\'s YouTube link, e.g. `url: https://youtube.com/live/pzNRvMQzrJ0`, or leave `url:` empty until it exists.');
    }
    return id;
  }
  for (const candidate of videoCandidateUrls(preamble)) {
    const id = youtubeVideoId(candidate);
    if (id) return id;
  }
  return undefined;
}

function readAirTime(frontmatter: FrontmatterReader, schedule: ScheduleDefaults) {
  const value = frontmatter.text('date');
  if (!value) return undefined;
  const airTime = parseAirTime(value, schedule);
  if (!airTime) {
    throw frontmatter.error('date', `the date "${value}" is not a date`,
      'write it as `date: 2024-01-19` (or `date: 2024-01-19 15:00` with a time in the show\'s time zone).');
  }
  return airTime;
}

function describe(number: number, title: string, guests: readonly string[], showName: string): string {
  const withGuests = guests.length ? ` with ${formatList(guests)}` : '';
  const mentionsGuests = guests.length > 0 && guests.every((guest) => title.includes(guest));
  return `${showName} #${number}: ${title}${mentionsGuests ? '' : withGuests}.`.replace(/([.!?])\.$/, '$1');
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
