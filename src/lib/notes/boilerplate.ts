import type { Blockquote, ListItem, Nodes, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { calloutTitle } from './callouts.ts';
import type { NoteWarning } from './errors.ts';
import { filterTree } from './filter-tree.ts';
import { hostNotesReader, type HostNotes } from './host-notes.ts';
import { reportHostNotes } from './host-notes-report.ts';
import { findInternalUrl } from './internal-links.ts';
import { hostOf } from './link-hosts.ts';
import { isEmptyItem } from './list-items.ts';
import { hasPlaceholder } from './placeholders.ts';
import { isToDo, leftoverWithheld, removeColleagueNotes } from './template-leftovers.ts';
import { normaliseInline } from './public-inline.ts';
import { internalNameMatcher } from './sections.ts';
import { withhold, type WithheldText } from './withheld.ts';

export interface BoilerplateOptions {
  file: string;
  templateInstructions: readonly string[];
  /** Starts of the host's opening line (`*Hello and welcome to …*`), a script read on air. */
  openingLines?: readonly string[];
  deniedLinkHosts: readonly string[];
  /** Internal section names: a list item or callout titled with one is an internal section too. */
  internalSections?: readonly string[];
  /** The hosts' names (the episode's and every show's): a point addressed to them is a note to the hosts. */
  hosts?: readonly string[];
}

export interface CleanedBlocks {
  nodes: RootContent[];
  withheld: WithheldText[];
  warnings: NoteWarning[];
}

/** Blocks withheld whole when they mention an internal host: the smallest units of text a reader sees. */
const UNIT_NAMES: Partial<Record<RootContent['type'], string>> = {
  listItem: 'a list item', paragraph: 'a paragraph', heading: 'a heading', tableRow: 'a table row', table: 'a table', code: 'a code block',
};

/**
 * Removes from a public section what the team writes for itself: template instruction blockquotes,
 * placeholder and empty list items, and, at any depth, the smallest unit (list item, paragraph,
 * heading, table row, code block) that links to or mentions a deny-listed host, with a warning: its
 * text is internal context too. Containers left empty go as well. Task checkboxes become plain items,
 * links to vault-relative paths become text, images become links (nothing loads from elsewhere),
 * callouts become titled quotes. Mutates and returns the blocks.
 */
export function removeBoilerplate(blocks: RootContent[], section: string, options: BoilerplateOptions): CleanedBlocks {
  const withheld: WithheldText[] = [];
  const warnings: NoteWarning[] = [];
  const cleaning: Cleaning = {
    section, file: options.file, deniedLinkHosts: options.deniedLinkHosts, withheld, warnings,
    instructions: options.templateInstructions.map(normaliseText),
    openingLines: (options.openingLines ?? []).map(normaliseText),
    isInternal: internalNameMatcher(options.internalSections ?? []),
    conventionsKeep: conventionsKeeper(hostNotesReader(options.hosts ?? []), section, options.file, withheld, warnings),
  };
  const kept = filterTree(blocks, (node) => keepBlock(node, cleaning));
  for (const node of kept) normaliseInline(node);
  return { nodes: kept, withheld, warnings };
}

/** One section's cleaning: what it knows, and what it has withheld and warned about so far. */
interface Cleaning {
  section: string;
  file: string;
  deniedLinkHosts: readonly string[];
  /** Template instructions and opening lines, normalised (normaliseText). */
  instructions: readonly string[];
  openingLines: readonly string[];
  isInternal: (name: string) => boolean;
  /** The team's conventions on a block's own text: false when the block goes whole. */
  conventionsKeep: (own: Parent, block: RootContent, line: number) => boolean;
  withheld: WithheldText[];
  warnings: NoteWarning[];
}

/** The team's conventions (host-notes.ts) on a block's own text, read once per text, reported as they are found. */
function conventionsKeeper(readConventions: (node: Parent) => HostNotes, section: string, file: string, withheld: WithheldText[], warnings: NoteWarning[]): Cleaning['conventionsKeep'] {
  const read = new WeakSet<Parent>();
  return (own, block, line) => {
    if (read.has(own)) return true;
    read.add(own);
    const found = readConventions(own);
    const emptied = !toString(own).trim() && (found.struck.length > 0 || found.notes.length > 0);
    if (found.wholeBlock || emptied) {
      // The point and what is nested under it: sub-points of a dropped point are dropped with it.
      const rest = withhold([block], found.wholeBlock ? 'note to the hosts' : 'struck through', section, line);
      found.notes = found.wholeBlock ? [...found.notes, ...rest.texts.filter((text) => !found.notes.includes(text))] : found.notes;
      if (!found.wholeBlock) found.struck = [...found.struck, ...rest.texts];
    }
    const report = reportHostNotes(found, section, file, line);
    for (const item of report.withheld) withheld.push(item);
    for (const warning of report.warnings) warnings.push(warning);
    return !(found.wholeBlock || emptied);
  };
}

/** Whether a block stays in the public section; what it withholds is recorded in `cleaning`, with a warning where the team should know. */
function keepBlock(node: RootContent, cleaning: Cleaning): boolean {
  const { section, withheld } = cleaning;
  const line = node.position?.start.line ?? 0;
  if (node.type === 'html') return false; // raw HTML never passes through
  // `- ### Just before the show` and its points, or a callout `> [!warning]- Checklist`: a section written inside the outline.
  const title = node.type === 'listItem' ? itemTitle(node) : node.type === 'blockquote' ? calloutTitle(node) : undefined;
  if (title !== undefined && cleaning.isInternal(title)) {
    withheld.push(withhold([node], 'internal section', `${section} › ${title}`, line));
    return false;
  }
  const own = node.type === 'listItem' ? node.children.find((child) => child.type === 'paragraph' || child.type === 'heading')
    : node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' ? node : undefined;
  if (own && !cleaning.conventionsKeep(own, node, line)) return false;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const notes = removeColleagueNotes(node);
    if (notes.length) {
      leftover(cleaning, 'note to colleagues', notes, line);
      if (!toString(node).trim()) return false;
    }
  }
  // `- TODO`, `TBD`: an item still to be written, never published.
  if ((node.type === 'listItem' && !node.children.some((child) => child.type === 'list')) || node.type === 'paragraph') {
    const text = toString(node.type === 'listItem' ? ownText(node.children) : node);
    if (isToDo(text)) {
      leftover(cleaning, 'template leftover', [text.trim()], line);
      return false;
    }
  }
  if (node.type === 'blockquote' && isInstruction(node, cleaning.instructions)) {
    withheld.push(withhold([node], 'template instruction', section, line));
    return false;
  }
  // A table goes whole when its header row is internal: its body rows would read as a header.
  const unit = node.type === 'table' ? node.children.slice(0, 1) : node.type === 'listItem' ? ownText(node.children) : UNIT_NAMES[node.type] ? [node] : [];
  const internal = findInternalUrl(unit, cleaning.deniedLinkHosts);
  if (internal) return withholdInternal(cleaning, node, internal);
  if ((node.type === 'listItem' || node.type === 'paragraph') && hasPlaceholder(node.type === 'listItem' ? ownText(node.children) : [node])) {
    withheld.push(withhold([node], 'template placeholder', section, line));
    return false;
  }
  // After placeholders: the template's own opening line (`I'm `<name>``) is reported as a placeholder, as before.
  if ((node.type === 'listItem' || node.type === 'paragraph') && startsWithAny(node.type === 'listItem' ? ownText(node.children) : [node], cleaning.openingLines)) {
    withheld.push(withhold([node], 'opening line', section, line));
    return false;
  }
  return !(node.type === 'listItem' && isEmptyItem(node));
}

function withholdInternal(cleaning: Cleaning, node: RootContent, url: string): false {
  const line = node.position?.start.line ?? 0;
  cleaning.withheld.push(withhold([node], 'internal link', cleaning.section, line));
  cleaning.warnings.push({
    file: cleaning.file, line,
    problem: `withheld ${UNIT_NAMES[node.type] ?? 'a block'} under "${cleaning.section}" because it links to an internal host (${hostOf(url)})`,
    fix: 'nothing to do if it is internal; to publish it, link to a public page instead.',
  });
  return false;
}

function leftover(cleaning: Cleaning, kind: 'template leftover' | 'note to colleagues', texts: string[], line: number): void {
  const result = leftoverWithheld(kind, texts, cleaning.section, cleaning.file, line);
  cleaning.withheld.push(result.withheld);
  cleaning.warnings.push(result.warning);
}

/**
 * What a list item is titled, when it reads as a section: a heading as its first block (`- ### Title`), or
 * a line of its own with points nested under it (`- Just before the show:` then indented items).
 */
function itemTitle(item: ListItem): string | undefined {
  const first = item.children[0];
  if (first?.type === 'heading') return toString(first);
  const own = item.children.filter((child) => child.type !== 'list');
  return own.length === 1 && own[0]!.type === 'paragraph' && item.children.length > 1 ? toString(own[0]!) : undefined;
}

/** A list item's own text: its paragraphs and headings, not the lists, quotes, tables or code under it. */
function ownText(children: readonly RootContent[]): Nodes[] {
  return children.filter((child) => child.type === 'paragraph' || child.type === 'heading' || child.type === 'html');
}

function isInstruction(node: Blockquote, instructions: readonly string[]): boolean {
  const text = normaliseText(toString(node));
  return instructions.some((instruction) => instruction.length > 0 && text.startsWith(instruction));
}

/** True when the text of the nodes starts with one of the (normalised) starts, e.g. an opening line. */
function startsWithAny(nodes: readonly Nodes[], starts: readonly string[]): boolean {
  if (starts.length === 0) return false;
  const text = normaliseText(nodes.map((node) => toString(node)).join(' '));
  return starts.some((start) => start.length > 0 && text.startsWith(start));
}

// Accents are folded: the team writes "Cafe" and "Café", "hablarán" and "hablaran" alike.
function normaliseText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
