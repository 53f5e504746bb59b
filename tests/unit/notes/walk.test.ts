import type { Nodes } from 'mdast';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/lib/notes/markdown-reader.ts';
import { editWalk, someText, walk } from '../../../src/lib/notes/walk.ts';

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

  it('edits as visit does: a node replaced or removed among its parent\'s children, and the walk going on at the index it answers', () => {
    // Links unwrapped into their text, emphasis removed, code replaced by a paragraph: both walks meet the same nodes.
    const edit = (seen: string[]) => (node: Nodes, index: number | undefined, parent: { children: Nodes[] } | undefined) => {
      seen.push(`${label(node)}@${index ?? '-'}`);
      if (!parent || index === undefined) return undefined;
      if (node.type === 'link') return (parent.children.splice(index, 1, ...node.children), index);
      if (node.type === 'strong') return (parent.children.splice(index, 1), index);
      if (node.type === 'code') return (parent.children.splice(index, 1, { type: 'paragraph', children: [{ type: 'text', value: 'was code' }] }), index + 1);
      return node.type === 'blockquote' ? 'skip' as const : undefined;
    };
    const [byVisit, byWalk] = [structuredClone(tree), structuredClone(tree)];
    const visited: string[] = [];
    const visitor = edit(visited);
    visit(byVisit, (node, index, parent) => {
      const step = visitor(node, index, parent as { children: Nodes[] } | undefined);
      return step === 'skip' ? SKIP : step;
    });
    const walked: string[] = [];
    editWalk(byWalk, edit(walked) as Parameters<typeof editWalk>[1]);
    expect(walked).toEqual(visited);
    expect(byWalk).toEqual(byVisit);
    expect(JSON.stringify(byWalk)).toContain('was code');
    expect(JSON.stringify(byWalk)).not.toContain('"strong"');
    expect(walked).not.toContain('text:six@0');
  });

  it('finds a text that passes a test, outside the subtrees it is told to leave out', () => {
    expect(someText(tree, (value) => value.includes('four'))).toBe(true);
    expect(someText(tree, (value) => value.includes('three'))).toBe(true);
    expect(someText(tree, (value) => value.includes('three'), ['link'])).toBe(false);
    // Code is not text: `five` and `seven` are inlineCode and code values.
    expect(someText(tree, (value) => value.includes('five') || value.includes('seven'))).toBe(false);
  });
});

