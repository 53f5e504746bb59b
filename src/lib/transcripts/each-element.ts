import type { Element, Root, RootContent } from 'hast';
import { editTree } from '../notes/walk.ts';

/**
 * Calls `visitor` with every element of a tree, its index and its parent, in unist-util-visit's order (an
 * element, then its children). The visitor may replace the element among its parent's children and answer
 * the index to go on at, as with unist-util-visit. A transcript's tree has thousands of elements, and
 * unist-util-visit builds an array of ancestors and renames a function at each: its walks were ~40% of
 * rendering a transcript (docs/benchmarks.md, session 18).
 */
export function eachElement(tree: Root | Element, visitor: (element: Element, index: number, parent: Root | Element) => number | void): void {
  editTree<Root | RootContent, Root | Element>(tree, (node, index, parent) =>
    (node.type === 'element' && parent && index !== undefined ? visitor(node, index, parent) : undefined));
}
