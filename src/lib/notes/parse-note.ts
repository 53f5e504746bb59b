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
import { exampleHeading, headingInner, matchHeading, showForFolder, type ShowRule } from './shows.ts';
import { slugify } from './slug.ts';
import { linkWikilinks, collectInlineTags } from './inline-syntax.ts';
import { assertWithinLimits } from './limits.ts';
import { parseInChunks } from './chunked-markdown.ts';
import { plainText, plainTexts } from './plain-text.ts';
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
  /** Slug of the show it belongs to. */
  show: string;
  /** The episode number, or null for a dated episode. */
  number: number | null;
  /**
   * Where its page lives under /episodes/: "26" for a numbered episode of the primary show,
   * "<show>/<date>-<title>" otherwise (pinned by the archive's URL registry once published).
   */
  key: string;
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
  /** Prefix of the primary show's headings, for wikilinks to its episodes. */
  seriesPrefix: string;
  /** The shows, primary first; every note must belong to exactly one. */
  shows: readonly ShowRule[];
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

/** Where a note sits: its path inside the notes folder decides a show configured by folder. */
export interface NoteContext { relativePath?: string }

/** A note that is not an episode of any configured show: reported, never published under a guess. */
export class UnrecognisedNoteError extends NoteError {
  override name = 'UnrecognisedNoteError';
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
export function parseNote(rawText: string, file: string, options: NoteParserOptions, context: NoteContext = {}): ParsedNote {
  const text = normaliseNoteText(rawText);
  assertWithinLimits(text, file);
  const split = splitFrontmatter(text, file);
  const frontmatter = new FrontmatterReader(split, file);
  const { fields, body } = extractInlineFields(split.body);
  const tree = parseInChunks(body, (chunk) => markdown.parse(chunk) as Root);
  const warnings: NoteWarning[] = [];
  const withheld: WithheldText[] = [];

  const titleIndex = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const titleNode = titleIndex >= 0 ? tree.children[titleIndex] : undefined;
  const titleLine = titleNode?.position?.start.line;
  const identity = identifyEpisode(titleNode ? toString(titleNode) : undefined, frontmatter, file, titleLine, options, context);
  const { show, number } = identity;
  const title = plainText(identity.title);
  if (!title) {
    throw new NoteError({ file, line: titleLine }, 'the episode title is empty once its HTML tags are removed',
      'write the title as plain text in the heading or in `title:`.');
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

  const guests = plainTexts(frontmatter.list('guests') ?? parseGuestNames(fields.get('guest')?.value ?? fields.get('guests')?.value ?? ''));
  const paths = { base: options.base ?? '/', guests, seriesPrefix: options.seriesPrefix };
  const tags: string[] = plainTexts([...(frontmatter.list('tags') ?? []), ...(frontmatter.list('topics') ?? [])]);
  const chapterBlocks: RootContent[] = [];
  const talkingPointBlocks: RootContent[] = [];
  const linkBlocks: RootContent[] = [];
  for (const section of classified.sections) {
    const cleaned = removeBoilerplate(section.nodes, section.heading, { file, ...options });
    // Loops, not push(...spread): a huge note would overflow the call stack.
    for (const item of cleaned.withheld) withheld.push(item);
    for (const warning of cleaned.warnings) warnings.push(warning);
    const root: Root = { type: 'root', children: cleaned.nodes };
    for (const tag of collectInlineTags(root)) tags.push(tag);
    linkWikilinks(root, paths);
    const target = section.kind === 'chapters' ? chapterBlocks : section.kind === 'links' ? linkBlocks : talkingPointBlocks;
    for (const child of root.children) target.push(child);
  }

  const videoId = readVideoId(frontmatter, classified.preamble as RootContent[]);
  const airTime = readAirTime(frontmatter, options.schedule) ?? (identity.date ? parseAirTime(identity.date, options.schedule) : undefined);
  const chapters = parseChapters(chapterBlocks, file);
  const talkingPoints = parseTalkingPoints(talkingPointBlocks);
  const links = parseReferenceLinks(linkBlocks, file, warnings);
  const hosts = plainTexts(frontmatter.list('hosts') ?? [...show.defaultHosts]);
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
    show: show.slug,
    number: number ?? null,
    key: episodeKey({ show, primary: show.slug === options.shows[0]?.slug, number, title, date: airTime?.date, slug: frontmatter.text('slug') }),
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
    description: plainText(frontmatter.text('description') ?? '') || describe(number, title, guests, show.name),
    status,
    missing,
  };
  const { html, headings } = renderPublicHtml({ talkingPoints, chapters, links, videoId });
  return { episode, html, headings, withheld, warnings };
}

interface EpisodeIdentity { show: ShowRule; number?: number; title: string; date?: string }

/**
 * Which show a note belongs to, and its number, title and heading date. Frontmatter (`show`, `episode`,
 * `title`) wins; then the show whose folder holds the note; then the first show whose heading pattern matches.
 * @throws UnrecognisedNoteError when a heading matches no show; NoteError when the heading is half-written.
 */
function identifyEpisode(headingText: string | undefined, frontmatter: FrontmatterReader, file: string, line: number | undefined,
  options: NoteParserOptions, context: NoteContext): EpisodeIdentity {
  const primary = options.shows[0]!;
  const named = frontmatter.text('show');
  let show: ShowRule | undefined;
  if (named) {
    show = options.shows.find((candidate) => candidate.slug === named || candidate.name.toLowerCase() === named.toLowerCase());
    if (!show) {
      throw frontmatter.error('show', `"${named}" is not one of the archive's shows`,
        `write one of: ${options.shows.map((candidate) => candidate.slug).join(', ')} (the slugs in src/site.config.ts), or remove \`show:\`.`);
    }
  }
  show ??= showForFolder(context.relativePath, options.shows);
  const match = headingText === undefined ? undefined : matchHeading(headingText, show ? [show] : options.shows);
  show ??= match?.show;
  const number = frontmatter.wholeNumber('episode') ?? match?.number;
  // A show recognised by folder or frontmatter without a matching pattern: the heading is the title.
  const title = frontmatter.text('title') ?? (match ? match.title || undefined : headingText && show ? headingInner(headingText) : undefined);

  if (!show) {
    // `episode:` in the frontmatter names an episode of the one numbered show (or of the only show).
    const numberedShows = options.shows.filter((candidate) => candidate.heading?.includes('<n>'));
    const owner = options.shows.length === 1 ? primary : numberedShows.length === 1 ? numberedShows[0] : undefined;
    if (owner && number !== undefined && title) return { show: owner, number, title };
    if (headingText === undefined && number === undefined && !title) throw missingHeadingError(file, line, options.shows);
    throw new UnrecognisedNoteError({ file, line: line ?? 1 },
      `this note matches none of the shows (its heading is "${headingText ?? ''}")`,
      `if it is an episode, write its heading as one of: ${options.shows.map((candidate) => `\`# [[${exampleHeading(candidate)}]]\``).join(', ')}, or add \`show:\` to its frontmatter; if it is not an episode, move it out of the episodes folder.`);
  }
  if (match?.numbered && number === undefined) {
    throw new NoteError({ file, line }, 'the episode heading has no episode number',
      `write the number in the heading, e.g. \`# [[${exampleHeading(show)}]]\`, or add \`episode: 27\` to the frontmatter.`);
  }
  if (!title) {
    throw new NoteError({ file, line }, 'the episode heading has no title',
      `write the title in the heading, e.g. \`# [[${exampleHeading(show)}]]\`, or add \`title: ...\` to the frontmatter.`);
  }
  return { show, number, title, date: match?.date };
}

function missingHeadingError(file: string, line: number | undefined, shows: readonly ShowRule[]): NoteError {
  const example = exampleHeading(shows[0]!);
  return new NoteError({ file, line: line ?? 1 }, `this note has no episode heading (such as \`# [[${example}]]\`)`,
    `start the note with a heading such as \`# [[${example}]]\`, or give \`episode:\` and \`title:\` in the frontmatter; if it is not an episode note, move it out of the episodes folder.`);
}

/** Where an episode's page lives under /episodes/ (see Episode.key). */
export function episodeKey(parts: { show: ShowRule; primary: boolean; number?: number; title: string; date?: string; slug?: string }): string {
  if (parts.primary && parts.number !== undefined && !parts.slug) return String(parts.number);
  const own = parts.slug ? slugify(parts.slug) : `${parts.date ?? 'undated'}-${slugify(parts.title)}`;
  return `${parts.show.slug}/${own}`;
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

function describe(number: number | undefined, title: string, guests: readonly string[], showName: string): string {
  const withGuests = guests.length ? ` with ${formatList(guests)}` : '';
  const mentionsGuests = guests.length > 0 && guests.every((guest) => title.includes(guest));
  const name = number === undefined ? `${showName}: ${title}` : `${showName} #${number}: ${title}`;
  return `${name}${mentionsGuests ? '' : withGuests}.`.replace(/([.!?])\.$/, '$1');
}

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
