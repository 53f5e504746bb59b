import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Reference-style links and images (`[Docs][d]` with `[d]: https://…` anywhere in the note) as plain
 * links and images, and the definitions removed: later steps handle one section or one item at a time,
 * where a reference would no longer find its definition. (The markdown parser makes a reference only
 * where its definition exists.)
 */
export function inlineLinkReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (definition) => {
    if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition);
  });
  if (definitions.size === 0) return;
  visit(tree, (node, index, parent) => {
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
