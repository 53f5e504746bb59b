import type { Root, RootContent } from 'mdast';
import { parseInChunks } from './chunked-markdown.ts';
import { stripComments } from './comments.ts';
import { blankEmptyNestedItems } from './empty-items.ts';
import type { NoteParserOptions } from './episode.ts';
import type { NoteWarning } from './errors.ts';
import { extractInlineFields, type ExtractedFields } from './fields.ts';
import { takeGuestLines } from './guest-lines.ts';
import { assertNestingWithinLimits } from './limits.ts';
import { inlineLinkReferences } from './link-references.ts';
import { readMarkdown } from './markdown-reader.ts';
import { classifySections } from './sections.ts';
import type { ShowRule } from './shows.ts';
import { withhold, type WithheldText } from './withheld.ts';

// A note's body read as markdown and cut by the allow-list: what may be published, and what is withheld.

/**
 * The note's body after its frontmatter as a markdown tree, without its comments and Dataview fields,
 * which are withheld: the archive reads `Guest::` and publishes no other field's value.
 */
export function readBody(body: string, file: string): { tree: Root; fields: ExtractedFields['fields']; withheld: WithheldText[] } {
  const uncommented = stripComments(body);
  const { fields, all: fieldLines, body: text } = extractInlineFields(uncommented.text);
  const tree = parseInChunks(blankEmptyNestedItems(text), readMarkdown);
  assertNestingWithinLimits(tree, file);
  const withheld: WithheldText[] = uncommented.comments.map((comment) => ({ reason: 'comment', section: '(comment)', line: comment.line, texts: comment.texts }));
  for (const field of fieldLines) {
    if (!/^guests?$/i.test(field.key) && field.value) withheld.push({ reason: 'data field', section: `${field.key}::`, line: field.line, texts: [field.value] });
  }
  return { tree, fields, withheld };
}

/**
 * The note's sections by the allow-list: the public ones, and the guest lines and the rest of what
 * comes before the first section. Everything else is withheld, and a section that is neither public
 * nor known to be internal is a warning.
 */
export function readSections(blocks: readonly RootContent[], local: NoteParserOptions, show: ShowRule, file: string, withheld: WithheldText[], warnings: NoteWarning[]) {
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
  return { sections: classified.sections, guestLines, preamble };
}
