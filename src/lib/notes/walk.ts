import type { Nodes, Parent } from 'mdast';

/** What a walk's visitor answers: go on (nothing), leave this node's children out, or stop the walk. */
export type WalkStep = void | 'skip' | 'stop';

/**
 * Walks nodes and their descendants in unist-util-visit's order (a node, then its children in order) for
 * reading only: the visitor may skip a node's children or stop, not edit the tree. unist-util-visit builds
 * an array of ancestors at every node and renames a function at every node (for its debugging names): a
 * note's walks took ~15% of its parse with it (docs/benchmarks.md, sessions 16 and 18). Returns whether
 * the visitor stopped the walk.
 */
export function walk(nodes: readonly Nodes[], visitor: (node: Nodes, parent: Parent | undefined) => WalkStep): boolean {
  for (const node of nodes) if (walkNode(node, undefined, visitor)) return true;
  return false;
}

function walkNode(node: Nodes, parent: Parent | undefined, visitor: (node: Nodes, parent: Parent | undefined) => WalkStep): boolean {
  const step = visitor(node, parent);
  if (step === 'stop') return true;
  if (step === 'skip' || !('children' in node)) return false;
  for (const child of node.children) if (walkNode(child, node, visitor)) return true;
  return false;
}

/**
 * What an editing walk's visitor answers: go on (nothing), leave this node's children out, or the index of
 * its parent's children to go on at, after it replaced or removed nodes there (the node's own children are
 * still visited first, as unist-util-visit does).
 */
export type EditStep = void | 'skip' | number;

/**
 * Walks a tree in unist-util-visit's order for a visitor that may replace or remove the node it is given
 * among its parent's children, with unist-util-visit's answers (`SKIP`, an index to go on at) and the
 * same order of visits, without its array of ancestors and renamed function at every node.
 */
export function editWalk(root: Nodes, visitor: (node: Nodes, index: number | undefined, parent: Parent | undefined) => EditStep): void {
  editTree<Nodes, Parent>(root, visitor);
}

/**
 * editWalk for a tree of any unist kind (N its nodes, P those with children): the transcripts' HTML trees
 * (src/lib/transcripts/each-element.ts) are walked by it too.
 */
export function editTree<N, P>(root: N, visitor: (node: N, index: number | undefined, parent: P | undefined) => EditStep): void {
  const editNode = (node: N, index: number | undefined, parent: P | undefined): EditStep => {
    const step = visitor(node, index, parent);
    const children = (node as { children?: N[] }).children;
    if (step !== 'skip' && children) {
      let offset = 0;
      while (offset < children.length) {
        const next = editNode(children[offset]!, offset, node as unknown as P);
        offset = typeof next === 'number' ? next : offset + 1;
      }
    }
    return step;
  };
  editNode(root, undefined, undefined);
}

/**
 * Whether a text node, outside the subtrees of the given types, has a value that passes `test`: what a
 * step that only ever changes such text (mdast-util-find-and-replace) needs before it walks the tree.
 */
export function someText(tree: Nodes, test: (value: string) => boolean, outside: readonly Nodes['type'][] = []): boolean {
  return walk([tree], (node) => {
    if (node.type === 'text') return test(node.value) ? 'stop' : undefined;
    return outside.includes(node.type) ? 'skip' : undefined;
  });
}
