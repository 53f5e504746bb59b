import type { Nodes, Parent } from 'mdast';

/** What a walk's visitor answers: go on (nothing), leave this node's children out, or stop the walk. */
export type WalkStep = void | 'skip' | 'stop';

/**
 * Walks nodes and their descendants in unist-util-visit's order (a node, then its children in order) for
 * reading only: the visitor may skip a node's children or stop, not edit the tree. The read-only walks of
 * a note ran visit hundreds of times a note, which builds an array of ancestors at every node; this one
 * keeps none (docs/benchmarks.md, session 16). Returns whether the visitor stopped the walk.
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
