import type { Parent, RootContent } from 'mdast';
import { renderCallout } from './callouts.ts';

// The walk that removes what a public section withholds (boilerplate.ts decides what, node by node), and
// renders each quote that is kept as a callout when it is one.

/** Containers that say nothing once what they held is withheld. */
const CONTAINERS = new Set<RootContent['type']>(['list', 'listItem', 'blockquote', 'table', 'footnoteDefinition']);

/** Keeps the nodes `keep` accepts, at every depth; a container emptied by it goes too. */
export function filterTree(nodes: RootContent[], keep: (node: RootContent) => boolean): RootContent[] {
  const kept: RootContent[] = [];
  for (const node of nodes) {
    if (!keep(node)) continue;
    if ('children' in node && Array.isArray(node.children)) {
      const before = node.children.length;
      (node as Parent).children = filterTree(node.children as RootContent[], keep) as Parent['children'];
      if (isEmptied(node, before)) continue;
    }
    if (node.type === 'blockquote') renderCallout(node);
    kept.push(node);
  }
  return kept;
}

/** A container that held something before filtering and holds nothing now (a table: no row under its header). */
function isEmptied(node: RootContent, before: number): boolean {
  if (!CONTAINERS.has(node.type)) return false;
  const after = (node as Parent).children.length;
  if (node.type === 'table') return after < before && after < 2;
  return before > 0 && after === 0;
}
