import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement } from '../../../src/lib/transcripts/each-element.ts';

const page = fromHtml('<h1>One</h1><p>two <em>three</em></p><div><p>four</p><p>five <a href="/x">six</a></p></div><ul><li>seven</li></ul>', { fragment: true });

describe('eachElement, a transcript tree\'s walk', () => {
  it('meets the elements in unist-util-visit\'s order, with their index and parent', () => {
    const visited: string[] = [];
    visit(page, 'element', (node: Element, index, parent) => void visited.push(`${node.tagName}@${index} in ${'tagName' in parent! ? parent.tagName : 'root'}`));
    const walked: string[] = [];
    eachElement(page, (node, index, parent) => void walked.push(`${node.tagName}@${index} in ${'tagName' in parent ? parent.tagName : 'root'}`));
    expect(walked).toEqual(visited);
    expect(walked).toHaveLength(9);
  });

  it('edits as visit does: an element replaced by several, and the walk going on after them', () => {
    // Each paragraph split in two: the new ones are not met again, the old one's children still are.
    const split = (seen: string[]) => (node: Element, index: number, parent: Root | Element) => {
      seen.push(node.tagName);
      if (node.tagName !== 'p') return undefined;
      const halves: ElementContent[] = [{ type: 'element', tagName: 'p', properties: {}, children: [] }, { type: 'element', tagName: 'p', properties: {}, children: [] }];
      parent.children.splice(index, 1, ...halves);
      return index + halves.length;
    };
    const [byVisit, byWalk] = [structuredClone(page), structuredClone(page)];
    const visited: string[] = [];
    const visitor = split(visited);
    visit(byVisit, 'element', (node: Element, index, parent) => visitor(node, index!, parent as Root | Element));
    const walked: string[] = [];
    eachElement(byWalk, split(walked));
    expect(walked).toEqual(visited);
    expect(byWalk).toEqual(byVisit);
    expect(walked.filter((tag) => tag === 'p')).toHaveLength(3);
    expect(walked).toContain('em');
  });
});
