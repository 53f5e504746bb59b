import type { Nodes, RootContent } from 'mdast';
import { isPublicUrl } from './link-hosts.ts';
import { editWalk } from './walk.ts';

/**
 * Inline markup as the public may see it: plain items instead of task checkboxes; text instead of
 * links nobody outside can follow (vault paths, other schemes); links instead of images, so nothing
 * loads from elsewhere; no raw HTML. Mutates the tree.
 */
export function normaliseInline(tree: RootContent): void {
  editWalk(tree, (node, index, parent) => {
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
