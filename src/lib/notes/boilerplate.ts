import type { Blockquote, ListItem, Nodes, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { NoteWarning } from './errors.ts';
import { hostOf, isDeniedHost, isPublicUrl } from './link-hosts.ts';
import { withhold, type WithheldText } from './withheld.ts';

export interface BoilerplateOptions {
  file: string;
  templateInstructions: readonly string[];
  deniedLinkHosts: readonly string[];
}

export interface CleanedBlocks {
  nodes: RootContent[];
  withheld: WithheldText[];
  warnings: NoteWarning[];
}

// Template placeholders look like `<name>` or `<position>`.
const PLACEHOLDER = /<[a-z][a-z _/-]{0,40}>/i;

/**
 * Removes from a public section what the team writes for itself: template instruction
 * blockquotes, placeholder and empty list items, and any item or paragraph linking to a
 * deny-listed host (its text is internal context too). Task checkboxes become plain items,
 * links to vault-relative paths become text, images become links (nothing loads from elsewhere).
 * Mutates and returns the blocks.
 */
export function removeBoilerplate(
  blocks: RootContent[],
  section: string,
  options: BoilerplateOptions,
): CleanedBlocks {
  const withheld: WithheldText[] = [];
  const warnings: NoteWarning[] = [];
  const instructions = options.templateInstructions.map(normaliseText);

  const keep = (node: RootContent): boolean => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'html') return false; // raw HTML never passes through
    if (node.type === 'blockquote' && isInstruction(node, instructions)) {
      withheld.push(withhold([node], 'template instruction', section, line));
      return false;
    }
    if (node.type === 'listItem' || node.type === 'paragraph') {
      const own = node.type === 'listItem' ? ownContent(node) : [node];
      const deniedUrl = findDeniedUrl(own, options.deniedLinkHosts);
      if (deniedUrl) {
        withheld.push(withhold([node], 'internal link', section, line));
        warnings.push({
          file: options.file,
          line,
          problem: `withheld a line under "${section}" because it links to an internal host (${hostOf(deniedUrl)})`,
          fix: 'nothing to do if it is internal; to publish it, link to a public page instead.',
        });
        return false;
      }
      if (hasPlaceholder(own)) {
        withheld.push(withhold([node], 'template placeholder', section, line));
        return false;
      }
      if (node.type === 'listItem' && isEmptyItem(node)) return false;
    }
    return true;
  };

  const kept = filterTree(blocks, keep);
  for (const node of kept) normaliseInline(node);
  return { nodes: kept, withheld, warnings };
}

function filterTree(nodes: RootContent[], keep: (node: RootContent) => boolean): RootContent[] {
  const kept: RootContent[] = [];
  for (const node of nodes) {
    if (!keep(node)) continue;
    if ('children' in node && Array.isArray(node.children)) {
      (node as Parent).children = filterTree(node.children as RootContent[], keep) as Parent['children'];
      // A list whose items were all dropped is dropped too.
      if (node.type === 'list' && node.children.length === 0) continue;
    }
    kept.push(node);
  }
  return kept;
}

/** Plain items instead of checkboxes; text instead of links nobody outside can follow; no remote images. */
function normaliseInline(tree: RootContent): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'listItem') node.checked = null;
    if (!parent || index === undefined) return undefined;
    if (node.type === 'link' && !isPublicUrl(node.url)) {
      (parent.children as Nodes[]).splice(index, 1, ...node.children);
      return index;
    }
    if (node.type === 'image') {
      const label = node.alt?.trim() || node.url;
      const replacement = isPublicUrl(node.url)
        ? { type: 'link' as const, url: node.url, children: [{ type: 'text' as const, value: label }] }
        : { type: 'text' as const, value: node.alt ?? '' };
      (parent.children as Nodes[]).splice(index, 1, replacement);
      return index + 1;
    }
    if (node.type === 'html') {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
}

/** A list item's own blocks, without its nested lists. */
export function ownContent(item: ListItem): RootContent[] {
  return item.children.filter((child) => child.type !== 'list');
}

function isEmptyItem(item: ListItem): boolean {
  return item.children.length === 0 || (ownContent(item).every((child) => toString(child).trim() === '') &&
    !item.children.some((child) => child.type === 'list'));
}

function isInstruction(node: Blockquote, instructions: readonly string[]): boolean {
  const text = normaliseText(toString(node));
  return instructions.some((instruction) => instruction.length > 0 && text.startsWith(instruction));
}

function hasPlaceholder(nodes: readonly Nodes[]): boolean {
  let found = false;
  for (const node of nodes) {
    visit(node, (child) => {
      if ((child.type === 'text' || child.type === 'inlineCode') && PLACEHOLDER.test(child.value)) found = true;
      return found ? false : undefined;
    });
  }
  return found;
}

function findDeniedUrl(nodes: readonly Nodes[], denied: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const node of nodes) {
    visit(node, (child) => {
      if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && isDeniedHost(child.url, denied)) {
        found = child.url;
      }
      return found ? false : undefined;
    });
  }
  return found;
}

function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
