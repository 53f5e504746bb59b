import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
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
import { guestsInTitle, takeGuestLines } from './guest-lines.ts';
import { parseGuestList, parseGuests, parseNameList } from './guests.ts';
import { collectGuests } from './episode-guests.ts';
import { collectInlineTags, splitInlineTags } from './inline-syntax.ts';
import { identifyEpisode, UnrecognisedNoteError } from './identify-episode.ts';
import { assertNestingWithinLimits, assertWithinLimits, MAX_GUESTS, sizeProblem } from './limits.ts';
import { inlineLinkReferences } from './link-references.ts';
import { plainText, plainTexts } from './plain-text.ts';
import { collectPublicParts } from './public-parts.ts';
import { renderPublicHtml } from './public-html.ts';
import { parseReferenceLinks } from './reference-links.ts';
import { classifySections } from './sections.ts';
import { episodeStatus, missingParts, readAirTime, wouldBePublished } from './status.ts';
import { identityClues, identityLacks, isPlaceholderTitle, readNoteStart, titleHeading } from './note-start.ts';
import { parseTalkingPoints } from './talking-points.ts';
import { exampleHeading } from './shows.ts';
import { slugify } from './slug.ts';
import { isTemplateChapterList, leftoverWithheld, lineOf } from './template-leftovers.ts';
import { parseChapters, type Chapter } from './timestamps.ts';
import { optionsForShow } from './show-options.ts';
import { resolveTopics } from './topics.ts';
import { readVideoId } from './video.ts';
import { withhold, type WithheldText } from './withheld.ts';

export type { Episode, EpisodeStatus, MissingPart, NoteContext, NoteParserOptions, ParsedNote } from './episode.ts';
export { UnrecognisedNoteError } from './identify-episode.ts';
export { normaliseNoteText } from './note-start.ts';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

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
  const uncommented = stripComments(split.body);
  const { fields, all: fieldLines, body } = extractInlineFields(uncommented.text);
  const tree = parseInChunks(blankEmptyNestedItems(body), (chunk) => markdown.parse(chunk) as Root);
  assertNestingWithinLimits(tree, file);
  const warnings: NoteWarning[] = [];
  const withheld: WithheldText[] = uncommented.comments.map((comment) => ({ reason: 'comment', section: '(comment)', line: comment.line, texts: comment.texts }));
  // Dataview fields are data: the archive reads `Guest::` and publishes no other field's value.
  for (const field of fieldLines) {
    if (!/^guests?$/i.test(field.key) && field.value) withheld.push({ reason: 'data field', section: `${field.key}::`, line: field.line, texts: [field.value] });
  }

  const titleBlock = titleHeading(tree);
  const titleIndex = titleBlock?.index ?? -1;
  const heading = titleBlock && { text: toString(titleBlock.node), line: titleBlock.node.position?.start.line };
  const identity = identifyEpisode(identityClues(frontmatter, heading, context, file), options.shows, file);
  for (const warning of identity.warnings ?? []) warnings.push(warning);
  const { show, number } = identity;
  // Once the show is known, its own section names, instructions, guest labels and opening lines count too.
  const local = optionsForShow(options, show);
  const { number: lacksNumber, title: lacksTitle } = identityLacks(identity);
  // A draft without a real title is still listed by `npm run check`: under the best title it gives, else its file name.
  const title = lacksTitle ? fallbackTitle(identity.titles ?? [], context.relativePath ?? file) : plainText(identity.title ?? '');

  const blocks = tree.children.filter((_, index) => index !== titleIndex);
  const classified = classifySections(blocks, { public: local.publicSections, internal: local.internalSections });
  inlineLinkReferences(classified.sections);
  const guestLines = takeGuestLines(classified.preamble, { labels: local.guestFields ?? [], language: show.language, hosts: show.defaultHosts });
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
  const guestFieldLine = fields.get('guest') ?? fields.get('guests');
  const guestField = splitInlineTags(guestFieldLine?.value ?? '');
  const guestList = frontmatter.list('guests');
  const hostList = frontmatter.list('hosts');
  const hosts = plainTexts(hostList ? parseNameList(hostList, show.language) : guestLines.hosts?.names ?? [...show.defaultHosts]);
  // `guests:` wins; else `Guest::` and the guest lines before the first section (`Invitado(s):`, `Loki Engineer - …`);
  // else, for a show whose titles name the guest, the title's "with <guest>".
  const written = guestList
    ? parseGuestList(guestList, show.language).map((guest) => ({ guest, source: `\`guests:\` line ${frontmatter.line('guests') ?? 1}` }))
    : [
      ...parseGuests(guestField.text, show.language).map((guest) => ({ guest, source: `\`${guestFieldLine?.key ?? 'Guest'}::\` line ${guestFieldLine?.line ?? 0}` })),
      ...guestLines.guests,
    ];
  const fromTitle = written.length === 0 && show.titleNamesGuest && !lacksTitle
    ? guestsInTitle(title, show.language).map((guest) => ({ guest, source: 'the title ("… with <guest>", as the show declares its titles)' }))
    : [];
  const people = collectGuests([...written, ...fromTitle], hosts, file);
  for (const warning of people.warnings) warnings.push(warning);
  const { guests } = people;
  // The episode's hosts and every show's: a point addressed to them is a note to the hosts (host-notes.ts).
  const parts = collectPublicParts(classified.sections, { file, ...local, hosts: [...hosts, ...options.shows.flatMap((rule) => rule.defaultHosts)] });
  for (const item of parts.withheld) withheld.push(item);
  for (const warning of parts.warnings) warnings.push(warning);
  const tags = [
    ...plainTexts([...(frontmatter.list('tags') ?? []), ...(frontmatter.list('topics') ?? [])]),
    ...guestField.tags, ...collectInlineTags({ type: 'root', children: preamble }), ...parts.tags,
  ];

  const video = readVideoId(frontmatter, preamble);
  const when = readAirTime(frontmatter, options.schedule, identity.date);
  const { videoId } = video;
  const { airTime } = when;
  if (!identity.named && !videoId && !airTime) {
    throw new UnrecognisedNoteError({ file, line: identity.headingLine ?? 1 },
      `this note in the ${show.name} folder is not an episode: it has no episode heading (such as \`# [[${exampleHeading(show)}]]\`), no video and no date`,
      `nothing to do if it is not an episode (an index or a plan); if it is one, start it with a heading such as \`# [[${exampleHeading(show)}]]\`.`);
  }
  const draft = frontmatter.boolean('draft');
  const incomplete = lacksNumber || lacksTitle;
  // A `url:` or `date:` that says nothing readable, or properties never closed, stop the build in a note
  // that would be published but for them (the one rule, status.ts); in a draft they are one more thing
  // `npm run check` and the build list.
  const publishable = wouldBePublished({ draft, incomplete, video: Boolean(videoId || video.problem), date: Boolean(airTime || when.problem) });
  const unclosed = split.problem?.error;
  if (unclosed) {
    if (publishable) throw unclosed;
    warnings.push({ file, line: unclosed.line, problem: unclosed.problem, fix: unclosed.fix });
  }
  for (const problem of [video.problem, when.problem]) {
    if (!problem) continue;
    if (publishable) throw problem;
    warnings.push({ file, line: problem.line, problem: `${problem.problem}, so this draft has no ${problem === video.problem ? 'video' : 'date'} yet`, fix: problem.fix });
  }
  const status = episodeStatus({ draft, incomplete, airTime, videoId, now: options.now });
  // A pasted text as title, or hundreds of guests, would be repeated on every page that names the episode.
  const tooLarge = sizeProblem(title, guests, file, guests.length > MAX_GUESTS ? frontmatter.line('guests') ?? fields.get('guest')?.line : frontmatter.line('title') ?? identity.headingLine);
  if (tooLarge && status !== 'draft') throw tooLarge;
  if (tooLarge) warnings.push({ file, line: tooLarge.line, problem: `${tooLarge.problem} (this draft cannot be published until it is fixed)`, fix: tooLarge.fix });
  let chapters = readChapters(parts.blocks.chapters, file, status, warnings);
  if (isTemplateChapterList(chapters)) {
    // The template's only chapter, `00:00:00 Introductions`: the video has no chapters yet.
    const leftover = leftoverWithheld('template leftover', [toString(parts.blocks.chapters).trim()], 'Timestamps', file, lineOf(parts.blocks.chapters));
    withheld.push(leftover.withheld);
    warnings.push({ ...leftover.warning, fix: 'add the video\'s chapters under Timestamps, or delete the line until there are some.' });
    chapters = [];
  }
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
  const { html, headings } = renderPublicHtml({ talkingPoints, chapters, links, videoId });
  return { episode, html, headings, withheld, warnings, line: identity.line, guestSources: people.sources };
}

/**
 * The chapters of the Timestamps sections. A malformed or out-of-order chapter stops a note that will
 * be published; in a draft it is a warning (the draft has no page), and the draft has no chapters yet.
 */
function readChapters(blocks: readonly RootContent[], file: string, status: Episode['status'], warnings: NoteWarning[]): Chapter[] {
  try {
    return parseChapters(blocks, file);
  } catch (error) {
    if (!(error instanceof NoteError) || status !== 'draft') throw error;
    warnings.push({ file, line: error.line, problem: `${error.problem} (this draft has no chapters until it is fixed)`, fix: error.fix });
    return [];
  }
}

/** The text of some blocks with a space between every two texts (mdast's toString runs list items together). */
function wordsOf(blocks: readonly RootContent[]): string {
  const texts: string[] = [];
  for (const block of blocks) visit(block, (node) => {
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
