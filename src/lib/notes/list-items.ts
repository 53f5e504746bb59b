import type { ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A list item's own blocks, without its nested lists. */
export function ownContent(item: ListItem): RootContent[] {
  return item.children.filter((child) => child.type !== 'list');
}

/** An item that says nothing: no text of its own and nothing nested under it (`- `). */
export function isEmptyItem(item: ListItem): boolean {
  return item.children.length === 0 || (ownContent(item).every((child) => toString(child).trim() === '') &&
    !item.children.some((child) => child.type === 'list'));
}
