import type { Heading, Root, RootContent } from 'mdast';
import { removeBoilerplate, type BoilerplateOptions } from './boilerplate.ts';
import type { NoteWarning } from './errors.ts';
import { collectInlineTags, markWikilinks } from './inline-syntax.ts';
import type { PublicSection, SectionKind } from './sections.ts';
import type { ShowRule } from './shows.ts';
import type { WithheldText } from './withheld.ts';

/** The public sections of a note, cleaned and sorted by kind. */
export interface PublicParts {
  blocks: Record<SectionKind, RootContent[]>;
  /** Inline `#tags` of the public text. */
  tags: string[];
  withheld: WithheldText[];
  warnings: NoteWarning[];
}

/**
 * Cleans every public section of template boilerplate and internal links, marks its wikilinks (text,
 * and links once the archive knows their pages exist), and gathers its blocks by kind (talking points, chapters, links).
 */
export function collectPublicParts(sections: readonly PublicSection[], options: BoilerplateOptions & { shows: readonly ShowRule[] }): PublicParts {
  const parts: PublicParts = { blocks: { talkingPoints: [], chapters: [], links: [] }, tags: [], withheld: [], warnings: [] };
  for (const section of sections) {
    const cleaned = removeBoilerplate(section.nodes, section.heading, options);
    // Loops, not push(...spread): a huge note would overflow the call stack.
    for (const item of cleaned.withheld) parts.withheld.push(item);
    for (const warning of cleaned.warnings) parts.warnings.push(warning);
    const root: Root = { type: 'root', children: cleaned.nodes };
    for (const tag of collectInlineTags(root)) parts.tags.push(tag);
    markWikilinks(root, options.shows);
    if (section.kind === 'talkingPoints') levelSubsections(root.children, section.depth);
    const target = parts.blocks[section.kind];
    for (const child of root.children) target.push(child);
  }
  return parts;
}

/**
 * Subsection headings at levels that fit the page, whose Talking points heading is an h2: a subsection
 * right under the section is an h3, one under that an h4, whatever levels the note used.
 */
function levelSubsections(blocks: readonly RootContent[], sectionDepth: number): void {
  for (const block of blocks) {
    if (block.type === 'heading') block.depth = Math.min(6, Math.max(3, block.depth - sectionDepth + 2)) as Heading['depth'];
  }
}
