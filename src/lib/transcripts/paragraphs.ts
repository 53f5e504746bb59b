import type { ElementContent, Root as HastRoot, Text } from 'hast';
import { eachElement } from './each-element.ts';

/**
 * How long a paragraph of a transcript may grow, in words: about ten lines on a phone. Past it, a
 * paragraph is split; captions (no sentences to go by) every PARAGRAPH_WORDS words.
 */
export const PARAGRAPH_WORDS = 70;
const MAX_WORDS = 100;

/**
 * Splits a long paragraph of plain text (as a transcript's cleaned-up text writes them: thousands of
 * words at a time) at sentence ends into paragraphs of about PARAGRAPH_WORDS words, so that a phone
 * shows a text to read rather than a wall. A paragraph with markup inside (emphasis) is left whole.
 */
export function splitLongParagraphs() {
  return (tree: HastRoot) => {
    eachElement(tree, (node, index, parent) => {
      if (node.tagName !== 'p' || !node.children.every((child) => child.type === 'text')) return;
      const text = node.children.map((child) => (child as Text).value).join('');
      const pieces = sentenceGroups(text);
      if (pieces.length < 2) return;
      const paragraphs: ElementContent[] = pieces.map((piece) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: piece }] }));
      parent.children.splice(index, 1, ...paragraphs);
      return index + paragraphs.length;
    });
  };
}

/** The text's sentences, gathered into groups of about PARAGRAPH_WORDS words; the text whole when short. */
export function sentenceGroups(text: string): string[] {
  if (wordCount(text) <= MAX_WORDS) return [text];
  const sentences = text.trim().split(/(?<=[.!?…]["”’)]?)\s+/u);
  const groups: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    current.push(sentence);
    words += wordCount(sentence);
    if (words >= PARAGRAPH_WORDS) {
      groups.push(current.join(' '));
      current = [];
      words = 0;
    }
  }
  if (current.length) {
    // A short tail joins the paragraph before it rather than standing alone.
    if (groups.length && words < PARAGRAPH_WORDS / 3) groups[groups.length - 1] += ` ${current.join(' ')}`;
    else groups.push(current.join(' '));
  }
  return groups;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
