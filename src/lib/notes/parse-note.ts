import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseInChunks } from './chunked-markdown.ts';
import { stripComments } from './comments.ts';
import { describeEpisode } from './describe.ts';
import { blankEmptyNestedItems } from './empty-items.ts';
import type { Episode, NoteContext, NoteParserOptions, ParsedNote } from './episode.ts';
import { episodeKey } from './episode-key.ts';
import { NoteError, type NoteWarning } from './errors.ts';
import { extractInlineFields } from './fields.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { FrontmatterReader } from './frontmatter-values.ts';
import { takeGuestLines } from './guest-lines.ts';
import { parseGuestNames, parseNameList } from './guests.ts';
import { collectInlineTags, splitInlineTags } from './inline-syntax.ts';
import { identifyEpisode, requireNumberAndTitle, type IdentityClues } from './identify-episode.ts';
import { assertNestingWithinLimits, assertWithinLimits } from './limits.ts';
import { inlineLinkReferences } from './link-references.ts';
import { plainText, plainTexts } from './plain-text.ts';
import { collectPublicParts } from './public-parts.ts';
import { renderPublicHtml } from './public-html.ts';
import { parseReferenceLinks } from './reference-links.ts';
import { classifySections } from './sections.ts';
import { episodeStatus, missingParts, readAirTime } from './status.ts';
import { parseTalkingPoints } from './talking-points.ts';
import { parseChapters } from './timestamps.ts';
import { optionsForShow } from './show-options.ts';
import { resolveTopics } from './topics.ts';
import { readVideoId } from './video.ts';
import { withhold, type WithheldText } from './withheld.ts';

export type { Episode, EpisodeStatus, MissingPart, NoteContext, NoteParserOptions, ParsedNote } from './episode.ts';
export { UnrecognisedNoteError } from './identify-episode.ts';

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
  const uncommented = stripComments(split.body);
  const { fields, all: fieldLines, body } = extractInlineFields(uncommented.text);
  const tree = parseInChunks(blankEmptyNestedItems(body), (chunk) => markdown.parse(chunk) as Root);
  assertNestingWithinLimits(tree, file);
  inlineLinkReferences(tree);
  const warnings: NoteWarning[] = [];
  const withheld: WithheldText[] = uncommented.comments.map((comment) => ({ reason: 'comment', section: '(comment)', line: comment.line, texts: comment.texts }));
  // Dataview fields are data: the archive reads `Guest::` and publishes no other field's value.
  for (const field of fieldLines) {
    if (!/^guests?$/i.test(field.key) && field.value) withheld.push({ reason: 'data field', section: `${field.key}::`, line: field.line, texts: [field.value] });
  }

  const titleIndex = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const titleNode = titleIndex >= 0 ? tree.children[titleIndex] : undefined;
  const identity = requireNumberAndTitle(identifyEpisode(identityClues(frontmatter, titleNode, context), options.shows, file), file);
  const { show, number } = identity;
  // Once the show is known, its own section names, instructions, guest labels and opening lines count too.
  const local = optionsForShow(options, show);
  const title = plainText(identity.title);
  if (!title) {
    throw new NoteError({ file, line: identity.headingLine }, 'the episode title is empty once its HTML tags are removed',
      'write the title as plain text in the heading or in `title:`.');
  }

  const blocks = tree.children.filter((_, index) => index !== titleIndex);
  const classified = classifySections(blocks, { public: local.publicSections, internal: local.internalSections });
  const guestLines = takeGuestLines(classified.preamble, local.guestFields ?? []);
  const preamble = guestLines.rest;
  if (preamble.length) withheld.push(withhold(preamble, 'note preamble', '(before the first section)', preamble[0]?.position?.start.line ?? 0));
  for (const section of classified.withheld) {
    withheld.push(withhold(section.nodes, section.known ? 'internal section' : 'section not on the allow-list', section.heading, section.line));
    if (!section.known) {
      warnings.push({
        file, line: section.line,
        problem: `the section "${section.heading}" is not published: it is not one of the public sections`,
        fix: `nothing to do if it is internal; to publish it, rename it to one of: ${Object.values(local.publicSections).flat().join(', ')}.`,
      });
    }
  }

  // Tags are read from the preamble (a `Guest::` line included) and the public sections, never from internal ones.
  const guestField = splitInlineTags(fields.get('guest')?.value ?? fields.get('guests')?.value ?? '');
  const guestList = frontmatter.list('guests');
  // `Guest::` and a translated template's guest line (`Invitado(s):`) both name guests; each name once.
  const named = guestList ? parseNameList(guestList) : [...parseGuestNames(guestField.text), ...guestLines.guests];
  const seenGuests = new Set<string>();
  const guests = plainTexts(named.filter((name) => !seenGuests.has(name.toLowerCase()) && seenGuests.add(name.toLowerCase())));
  const parts = collectPublicParts(classified.sections, { file, ...local });
  for (const item of parts.withheld) withheld.push(item);
  for (const warning of parts.warnings) warnings.push(warning);
  const tags = [
    ...plainTexts([...(frontmatter.list('tags') ?? []), ...(frontmatter.list('topics') ?? [])]),
    ...guestField.tags, ...collectInlineTags({ type: 'root', children: preamble }), ...parts.tags,
  ];

  const videoId = readVideoId(frontmatter, preamble);
  const airTime = readAirTime(frontmatter, options.schedule, identity.date);
  const chapters = parseChapters(parts.blocks.chapters, file);
  const talkingPoints = parseTalkingPoints(parts.blocks.talkingPoints);
  const links = parseReferenceLinks(parts.blocks.links, file, warnings);

  const episode: Episode = {
    show: show.slug,
    number: number ?? null,
    key: episodeKey({ show: show.slug, primary: show.slug === options.shows[0]?.slug, number, title, date: airTime?.date, slug: frontmatter.text('slug') }),
    title,
    date: airTime?.date ?? null,
    startsAt: airTime?.startsAt ?? null,
    videoId: videoId ?? null,
    guests,
    hosts: plainTexts(parseNameList(frontmatter.list('hosts') ?? show.defaultHosts)),
    topics: resolveTopics(title, tags, options.topics),
    chapters,
    talkingPoints,
    links,
    description: plainText(frontmatter.text('description') ?? '') || describeEpisode(number, title, guests, show.name, show.language),
    status: episodeStatus({ draft: frontmatter.boolean('draft'), airTime, videoId, now: options.now }),
    missing: missingParts({ airTime, videoId, guests, chapters }),
  };
  const { html, headings } = renderPublicHtml({ talkingPoints, chapters, links, videoId });
  return { episode, html, headings, withheld, warnings, line: identity.line };
}

/** What the title heading and the frontmatter say about which episode the note is. */
function identityClues(frontmatter: FrontmatterReader, titleNode: RootContent | undefined, context: NoteContext): IdentityClues {
  const show = frontmatter.text('show');
  const episode = frontmatter.wholeNumber('episode');
  return {
    heading: titleNode && { text: toString(titleNode), line: titleNode.position?.start.line },
    show: show === undefined ? undefined : { value: show, line: frontmatter.line('show') },
    episode: episode === undefined ? undefined : { value: episode, line: frontmatter.line('episode') },
    title: frontmatter.text('title'),
    relativePath: context.relativePath,
  };
}
