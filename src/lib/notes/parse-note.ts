import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describeEpisode } from './describe.ts';
import type { Episode, NoteContext, NoteParserOptions, ParsedNote } from './episode.ts';
import { episodeKey } from './episode-key.ts';
import type { NoteWarning } from './errors.ts';
import type { FrontmatterReader } from './frontmatter-values.ts';
import { collectInlineTags } from './inline-syntax.ts';
import { identifyEpisode, UnrecognisedNoteError } from './identify-episode.ts';
import { assertWithinLimits, MAX_GUESTS, sizeProblem } from './limits.ts';
import { readBody, readSections } from './note-body.ts';
import { readNotePeople } from './note-people.ts';
import { plainText, plainTexts } from './plain-text.ts';
import { collectPublicParts } from './public-parts.ts';
import { renderPublicHtml } from './public-html.ts';
import { readChapters, stopOrWarn, stopOrWarnSize } from './publish-problems.ts';
import { parseReferenceLinks } from './reference-links.ts';
import { episodeStatus, missingParts, readAirTime, wouldBePublished } from './status.ts';
import { identityClues, identityLacks, isPlaceholderTitle, readNoteStart, titleHeading } from './note-start.ts';
import { parseTalkingPoints } from './talking-points.ts';
import { exampleHeading, type ShowRule } from './shows.ts';
import { slugify } from './slug.ts';
import { optionsForShow } from './show-options.ts';
import { resolveTopics } from './topics.ts';
import { readVideoId } from './video.ts';
import { walk } from './walk.ts';

export type { Episode, EpisodeStatus, MissingPart, NoteContext, NoteParserOptions, ParsedNote } from './episode.ts';
export { UnrecognisedNoteError } from './identify-episode.ts';
export { normaliseNoteText } from './note-start.ts';

/**
 * Parses one episode note, once, into a typed episode and the HTML of its public part.
 * Publishing is an allow-list: only the configured public sections are rendered, cleaned of
 * template boilerplate and internal links; everything else is reported as withheld.
 * A draft (no number, title, date or video yet) is returned, never thrown: its `missing` says what it
 * lacks, and a problem that concerns only what a draft lacks (`date: next Friday`) is a warning.
 * @throws UnrecognisedNoteError for a note that is no episode (it names no show, or sits in a show's
 * folder with no episode heading, no video and no date); NoteError for input the author must fix in a
 * note that would be published (with file, line and how to fix it).
 */
export function parseNote(rawText: string, file: string, options: NoteParserOptions, context: NoteContext = {}): ParsedNote {
  const { split, frontmatter } = readNoteStart(rawText, file, assertWithinLimits);
  // Invalid YAML stops here; a frontmatter never closed is decided on below, with the note's other problems.
  if (split.problem?.kind === 'invalid') throw split.problem.error;
  const { tree, fields, withheld } = readBody(split.body, file);
  const warnings: NoteWarning[] = [];

  const { identity, local, title, lacksNumber, lacksTitle, blocks } = readIdentity(tree, frontmatter, options, context, file, warnings);
  const { show, number } = identity;
  const { sections, guestLines, preamble } = readSections(blocks, local, show, file, withheld, warnings);
  const people = readNotePeople({ frontmatter, fields, guestLines, show, title: lacksTitle ? undefined : title, file });
  for (const warning of people.warnings) warnings.push(warning);
  const { guests, hosts } = people;
  // The episode's hosts and every show's: a point addressed to them is a note to the hosts (host-notes.ts).
  const parts = collectPublicParts(sections, { file, ...local, hosts: [...hosts, ...options.shows.flatMap((rule) => rule.defaultHosts)] });
  for (const item of parts.withheld) withheld.push(item);
  for (const warning of parts.warnings) warnings.push(warning);
  const tags = noteTags(frontmatter, people.guestFieldTags, preamble, parts.tags);

  const { videoId, airTime, status } = readPublishing(frontmatter, preamble, identity, options, { incomplete: lacksNumber || lacksTitle, unclosed: split.problem?.error }, file, warnings);
  // A pasted text as title, or hundreds of guests, would be repeated on every page that names the episode.
  const sizeLine = guests.length > MAX_GUESTS ? frontmatter.line('guests') ?? fields.get('guest')?.line : frontmatter.line('title') ?? identity.headingLine;
  stopOrWarnSize(sizeProblem(title, guests, file, sizeLine), status, file, warnings);
  const chapters = readChapters(parts.blocks.chapters, file, status, warnings, withheld);
  const talkingPoints = parseTalkingPoints(parts.blocks.talkingPoints);
  const links = parseReferenceLinks(parts.blocks.links, file, warnings);

  const episode: Episode = {
    show: show.slug,
    number: number ?? null,
    key: status === 'draft'
      ? draftKey(context.relativePath ?? file)
      : episodeKey({ show: show.slug, primary: show.slug === options.shows[0]?.slug, number, title: title, date: airTime?.date, slug: frontmatter.text('slug') }),
    title: title,
    date: airTime?.date ?? null,
    startsAt: airTime?.startsAt ?? null,
    videoId: videoId ?? null,
    guests,
    ...(Object.keys(people.links).length ? { guestLinks: people.links } : {}),
    ...(Object.keys(people.affiliations).length ? { guestAffiliations: people.affiliations } : {}),
    hosts,
    topics: resolveTopics({ title, texts: chapters.map((chapter) => chapter.title), talkingPoints: wordsOf(parts.blocks.talkingPoints), tags, showTopics: show.topics }, options.topics),
    chapters,
    talkingPoints,
    links,
    description: plainText(frontmatter.text('description') ?? '') || describeEpisode(number, title, guests, show.name, show.language),
    status,
    missing: missingParts({ airTime, videoId, guests, chapters, lacksNumber, lacksTitle }),
    ...(identity.titleFromFileName && !lacksTitle ? { titleFromFileName: true } : {}),
  };
  const html = renderPublicHtml({ talkingPoints, chapters, links, videoId });
  return { episode, html, withheld, warnings, line: identity.line, guestSources: people.sources };
}

/**
 * Whether and when the note is published: its video, its air time and its status. A problem with the
 * video, the date or the frontmatter stops a note that would be published but for it; in a draft it is
 * a warning (publish-problems.ts).
 * @throws UnrecognisedNoteError for a note with no episode heading, no video and no date: no episode at all.
 */
function readPublishing(frontmatter: FrontmatterReader, preamble: Parameters<typeof readVideoId>[1], identity: ReturnType<typeof identifyEpisode>, options: NoteParserOptions,
  note: { incomplete: boolean; unclosed: Parameters<typeof stopOrWarn>[1]['unclosed'] }, file: string, warnings: NoteWarning[]) {
  const video = readVideoId(frontmatter, preamble);
  const when = readAirTime(frontmatter, options.schedule, identity.date);
  const { videoId } = video;
  const { airTime } = when;
  if (!identity.named && !videoId && !airTime) throw notAnEpisode(identity.show, identity.headingLine, file);
  const draft = frontmatter.boolean('draft');
  const { incomplete } = note;
  const publishable = wouldBePublished({ draft, incomplete, video: Boolean(videoId || video.problem), date: Boolean(airTime || when.problem) });
  stopOrWarn(publishable, { unclosed: note.unclosed, video: video.problem, date: when.problem }, file, warnings);
  return { videoId, airTime, status: episodeStatus({ draft, incomplete, airTime, videoId, now: options.now }) };
}

/**
 * Which episode the note is (its show, number and title, from its frontmatter, title heading, path and
 * file name), the parser's options for that show, and the blocks after the title heading.
 */
function readIdentity(tree: Root, frontmatter: FrontmatterReader, options: NoteParserOptions, context: NoteContext, file: string, warnings: NoteWarning[]) {
  const titleBlock = titleHeading(tree);
  const heading = titleBlock && { text: toString(titleBlock.node), line: titleBlock.node.position?.start.line };
  const identity = identifyEpisode(identityClues(frontmatter, heading, context, file), options.shows, file);
  for (const warning of identity.warnings ?? []) warnings.push(warning);
  // Once the show is known, its own section names, instructions, guest labels and opening lines count too.
  const local = optionsForShow(options, identity.show);
  const { number: lacksNumber, title: lacksTitle } = identityLacks(identity);
  // A draft without a real title is still listed by `npm run check`: under the best title it gives, else its file name.
  const title = lacksTitle ? fallbackTitle(identity.titles ?? [], context.relativePath ?? file) : plainText(identity.title ?? '');
  const blocks = tree.children.filter((_, index) => index !== (titleBlock?.index ?? -1));
  return { identity, local, title, lacksNumber, lacksTitle, blocks };
}

/** The note's tags: its `tags:` and `topics:`, and those of its preamble (a `Guest::` line included) and public sections, never of internal ones. */
function noteTags(frontmatter: FrontmatterReader, guestFieldTags: readonly string[], preamble: RootContent[], publicTags: readonly string[]): string[] {
  return [
    ...plainTexts([...(frontmatter.list('tags') ?? []), ...(frontmatter.list('topics') ?? [])]),
    ...guestFieldTags, ...collectInlineTags({ type: 'root', children: preamble }), ...publicTags,
  ];
}

/** A note in a show's folder that names no episode and has no video and no date: an index or a plan, not published. */
function notAnEpisode(show: ShowRule, headingLine: number | undefined, file: string): UnrecognisedNoteError {
  return new UnrecognisedNoteError({ file, line: headingLine ?? 1 },
    `this note in the ${show.name} folder is not an episode: it has no episode heading (such as \`# [[${exampleHeading(show)}]]\`), no video and no date`,
    `nothing to do if it is not an episode (an index or a plan); if it is one, start it with a heading such as \`# [[${exampleHeading(show)}]]\`.`);
}

/** The text of some blocks with a space between every two texts (mdast's toString runs list items together). */
function wordsOf(blocks: readonly RootContent[]): string {
  const texts: string[] = [];
  walk(blocks, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
  });
  return texts.join(' ');
}

/**
 * A draft's key: "drafts/<its path in the notes folder, as a slug>". Drafts have no page, but every note
 * needs a key of its own; a path is unique where a number or date is not (two drafts both say GOH 30),
 * and no show is called "drafts" (the config refuses it), so it is never a published episode's key.
 */
export function draftKey(path: string): string {
  return `drafts/${slugify(path.replaceAll('\\', '/').replace(/\.md$/i, ''))}`;
}

/** What a draft without a real title is listed as: the first real title the note gives, else its file name. */
function fallbackTitle(titles: readonly string[], path: string): string {
  const real = titles.map(plainText).find((title) => title && !isPlaceholderTitle(title) && !/<%|\{\{|<(?:n|number|title|date)>/i.test(title));
  return real ?? (plainText(path.replaceAll('\\', '/').split('/').pop()!.replace(/\.md$/i, '')) || 'Untitled');
}
