import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import type { RootContent } from 'mdast';
import { plainText } from './plain-text.ts';
import { toSafeHast } from './render.ts';
import type { TalkingPoint, TalkingPointGroup } from './episode-schema.ts';

// The shape is the episode schema's (episode-schema.ts), written once with the collection's validation.
export type { TalkingPoint, TalkingPointGroup };

// Elements that are blocks of their own inside an item, as opposed to inline markup.
const BLOCKS = new Set(['p', 'blockquote', 'pre', 'table', 'hr', 'div', 'section', 'details', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The Talking points section as grouped outlines: each subsection heading starts a group;
 * lists keep their nesting; any other block (a paragraph, a quote, a table) is a point of its own.
 * The blocks are turned into sanitised HTML once, then read item by item.
 */
export function parseTalkingPoints(blocks: readonly RootContent[]): TalkingPointGroup[] {
  const groups: TalkingPointGroup[] = [];
  let current: TalkingPointGroup = { points: [] };
  for (const node of toSafeHast(blocks).children) {
    if (node.type !== 'element') continue; // the line breaks between blocks
    const depth = headingRank(node);
    if (depth) {
      if (current.heading || current.points.length) groups.push(current);
      // Plain text, as titles are: a pasted tag that markdown left as text is not worth showing.
      current = { heading: { text: plainText(hastToString(node)), depth }, points: [] };
    } else if (isList(node)) {
      // A loop, not push(...spread): a list of 100,000 items would overflow the call stack.
      for (const point of pointsOf(node)) current.points.push(point);
    } else {
      const html = itemHtml([node]);
      if (html) current.points.push({ html, children: [] });
    }
  }
  if (current.heading || current.points.length) groups.push(current);
  return groups;
}

function isList(node: HastContent): node is Element {
  return node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');
}

function pointsOf(list: Element): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  for (const item of list.children) {
    if (item.type !== 'element' || item.tagName !== 'li') continue;
    const point = {
      html: itemHtml(item.children.filter((child) => !isList(child))),
      children: item.children.filter(isList).flatMap(pointsOf),
    };
    // An item that was only raw HTML (removed by sanitising) says nothing: no empty bullet.
    if (point.html !== '' || point.children.length > 0) points.push(point);
  }
  return points;
}

/**
 * An item's own content as inline HTML: a paragraph without its `<p>`, other blocks as they are, runs
 * of inline markup as they are; several blocks joined by a space rather than running their words together.
 */
function itemHtml(nodes: readonly ElementContent[]): string {
  const parts: string[] = [];
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.length) parts.push(toHtml(inline).trim());
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCKS.has(node.tagName)) {
      flush();
      parts.push((node.tagName === 'p' ? toHtml(node.children) : toHtml(node)).trim());
    } else {
      inline.push(node);
    }
  }
  flush();
  return parts.filter((part) => part.length > 0).join(' ');
}
