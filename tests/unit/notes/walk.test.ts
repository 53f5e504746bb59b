import type { Nodes } from 'mdast';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/lib/notes/markdown-reader.ts';
import { walk } from '../../../src/lib/notes/walk.ts';

const tree = readMarkdown('# Title\n\n- [ ] one **two** [three](https://x.io)\n  - four `five`\n\n> six\n\n```js\nseven\n```\n\n[r]: https://r.io');
const label = (node: Nodes) => ('value' in node ? `${node.type}:${node.value}` : node.type);

describe('walk, the notes\' read-only walk', () => {
  it('meets the nodes in unist-util-visit\'s order, each with its parent', () => {
    const visited: string[] = [];
    visit(tree, (node, _index, parent) => void visited.push(`${label(node)} in ${parent?.type ?? '-'}`));
    const walked: string[] = [];
    walk([tree], (node, parent) => void walked.push(`${label(node)} in ${parent?.type ?? '-'}`));
    expect(walked).toEqual(visited);
    expect(walked.length).toBeGreaterThan(15);
  });

  it('leaves out the children of a node it is told to skip, and stops where it is told to, as visit does', () => {
    const skipLists = (into: string[]) => (node: Nodes) => (into.push(label(node)), node.type === 'list' ? 'skip' as const : node.type === 'code' ? 'stop' as const : undefined);
    const visited: string[] = [];
    visit(tree, (node) => (visited.push(label(node)), node.type === 'list' ? SKIP : node.type === 'code' ? EXIT : undefined));
    const walked: string[] = [];
    expect(walk([tree], skipLists(walked))).toBe(true);
    expect(walked).toEqual(visited);
    expect(walked).not.toContain('text:one ');
    expect(walked).not.toContain('definition');
  });
});
