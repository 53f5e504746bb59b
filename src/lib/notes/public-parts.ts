import type { Root, RootContent } from 'mdast';
import { removeBoilerplate, type BoilerplateOptions } from './boilerplate.ts';
import type { NoteWarning } from './errors.ts';
import { collectInlineTags, linkWikilinks, type WikilinkTargets } from './inline-syntax.ts';
import type { PublicSection, SectionKind } from './sections.ts';
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
 * Cleans every public section of template boilerplate and internal links, turns its wikilinks into
 * text or links, and gathers its blocks by kind (talking points, chapters, links).
 */
export function collectPublicParts(sections: readonly PublicSection[], options: BoilerplateOptions & { wikilinks: WikilinkTargets }): PublicParts {
  const parts: PublicParts = { blocks: { talkingPoints: [], chapters: [], links: [] }, tags: [], withheld: [], warnings: [] };
  for (const section of sections) {
    const cleaned = removeBoilerplate(section.nodes, section.heading, options);
    // Loops, not push(...spread): a huge note would overflow the call stack.
    for (const item of cleaned.withheld) parts.withheld.push(item);
    for (const warning of cleaned.warnings) parts.warnings.push(warning);
    const root: Root = { type: 'root', children: cleaned.nodes };
    for (const tag of collectInlineTags(root)) parts.tags.push(tag);
    linkWikilinks(root, options.wikilinks);
    const target = parts.blocks[section.kind];
    for (const child of root.children) target.push(child);
  }
  return parts;
}
