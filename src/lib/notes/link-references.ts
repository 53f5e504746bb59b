import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { editWalk, walk } from './walk.ts';

/**
 * Reference-style links and images (`[Docs][d]` with `[d]: https://…` in any public section) as plain
 * links and images, and the definitions removed: later steps handle one section or one item at a time,
 * where a reference would no longer find its definition. Only the public sections' definitions count:
 * one written in a checklist never gives a public link its URL or title (the reference stays text).
 * Mutates each section's blocks.
 */
export function inlineLinkReferences(sections: readonly { nodes: RootContent[] }[]): void {
  // Each section's blocks as the children of a root: splicing the root's children edits the section's own array.
  const roots: Root[] = sections.map((section) => ({ type: 'root', children: section.nodes }));
  const definitions = new Map<string, Definition>();
  for (const root of roots) {
    walk([root], (node) => {
      if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
  }
  if (definitions.size === 0) return;
  for (const root of roots) {
    editWalk(root, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'definition') {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.type !== 'linkReference' && node.type !== 'imageReference') return undefined;
      const definition = definitions.get(node.identifier);
      if (!definition) return undefined;
      const replacement: Nodes = node.type === 'linkReference'
        ? { type: 'link', url: definition.url, title: definition.title, children: node.children, position: node.position }
        : { type: 'image', url: definition.url, title: definition.title, alt: node.alt, position: node.position };
      (parent.children as Nodes[])[index] = replacement;
      return undefined;
    });
  }
}
