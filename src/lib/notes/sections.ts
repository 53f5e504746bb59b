import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The kinds of public section a note can have. */
export type SectionKind = 'talkingPoints' | 'chapters' | 'links';

/** Names of public and known-internal sections, compared case-insensitively. */
export interface SectionNames {
  public: Record<SectionKind, readonly string[]>;
  internal: readonly string[];
}

/** A public section: its kind and the blocks under it (public subsection headings included). */
export interface PublicSection {
  kind: SectionKind;
  heading: string;
  /** Level of its heading (2 for `## Talking points`). */
  depth: number;
  line: number;
  nodes: RootContent[];
}

/** Blocks that are not published, with the section that withholds them. */
export interface WithheldSection {
  heading: string;
  line: number;
  /** Known internal sections are expected; others are withheld because they are not on the allow-list. */
  known: boolean;
  nodes: RootContent[];
}

export interface ClassifiedNote {
  /** Blocks between the title heading and the first section: video, fields, links. Never published. */
  preamble: RootContent[];
  sections: PublicSection[];
  withheld: WithheldSection[];
}

type OpenHeading =
  | { depth: number; status: 'public'; section: PublicSection }
  | { depth: number; status: 'withheld'; section: WithheldSection };

/**
 * How headings are compared: lower case, single spaces, without emoji (`📌 Talking Points`) and without
 * punctuation around the name (`Talking points:`, `**Resources**`, `— Timestamps —`).
 */
export function normaliseHeadingName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F\u200D\u20E3]/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

// Headings that name the team's preparation, whatever follows: "Pre-show questions", "Post-show tasks".
const PREPARATION = /^(?:pre|post)[- ]?show\b/;

/**
 * Tells whether a heading's name (or a callout's title) names an internal section: one of the internal
 * names, also with a note in brackets after it (`Just before the show (15 min)`, `Checklist [optional]`),
 * or any name that starts with "Pre-show" or "Post-show" (`Pre-show questions`). Made once per note.
 */
export function internalNameMatcher(internal: readonly string[]): (name: string) => boolean {
  const names = new Set(internal.map(normaliseHeadingName));
  return (name) => {
    const key = normaliseHeadingName(name.replace(/[([{][^)\]}]*(?:[)\]}]|$)/g, ' '));
    return names.has(key) || PREPARATION.test(key);
  };
}

/**
 * Splits the top-level blocks of a note into sections, classifying every heading by its own name:
 * a heading named as a public section starts one, wherever it sits; a heading named as internal
 * (internalNameMatcher) is withheld with everything under it, also as a subsection of a public section; any other heading inherits from the heading it sits under
 * (a subsection of Talking points stays public, a subsection of a checklist stays withheld), and
 * at the top level it is withheld, because publishing is an allow-list.
 */
export function classifySections(blocks: readonly RootContent[], names: SectionNames): ClassifiedNote {
  const kindByName = new Map<string, SectionKind>();
  for (const [kind, list] of Object.entries(names.public) as [SectionKind, readonly string[]][]) {
    for (const name of list) kindByName.set(normaliseHeadingName(name), kind);
  }
  const isInternal = internalNameMatcher(names.internal);

  const preamble: RootContent[] = [];
  const sections: PublicSection[] = [];
  const withheld: WithheldSection[] = [];
  const open: OpenHeading[] = [];

  for (const block of blocks) {
    if (block.type !== 'heading') {
      const current = open.at(-1);
      if (current) current.section.nodes.push(block);
      else preamble.push(block);
      continue;
    }
    while (open.length > 0 && open.at(-1)!.depth >= block.depth) open.pop();
    open.push(openHeading(block, open.at(-1), kindByName, isInternal, sections, withheld));
  }
  return { preamble, sections, withheld };
}

function openHeading(
  heading: Heading,
  parent: OpenHeading | undefined,
  kindByName: ReadonlyMap<string, SectionKind>,
  isInternal: (name: string) => boolean,
  sections: PublicSection[],
  withheld: WithheldSection[],
): OpenHeading {
  const name = toString(heading).trim();
  const normalised = normaliseHeadingName(name);
  const line = heading.position?.start.line ?? 0;
  const kind = kindByName.get(normalised);
  if (kind) {
    const section: PublicSection = { kind, heading: name, depth: heading.depth, line, nodes: [] };
    sections.push(section);
    return { depth: heading.depth, status: 'public', section };
  }
  const internal = isInternal(name);
  if (parent?.status === 'public' && !internal) {
    // A public subsection (e.g. "### Basics of structured metadata" under Talking points) keeps its heading.
    parent.section.nodes.push(heading);
    return { depth: heading.depth, status: 'public', section: parent.section };
  }
  const section: WithheldSection = { heading: name, line, known: internal, nodes: [heading] };
  withheld.push(section);
  return { depth: heading.depth, status: 'withheld', section };
}
