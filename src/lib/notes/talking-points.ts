import type { Heading, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ownContent } from './list-items.ts';
import { inlineHtml } from './render.ts';

/** One talking point, with the points nested under it. Its html is sanitised inline markup. */
export interface TalkingPoint {
  html: string;
  children: TalkingPoint[];
}

/** Talking points under one subsection heading (or none, for the points before any subsection). */
export interface TalkingPointGroup {
  heading?: { text: string; depth: number };
  points: TalkingPoint[];
}

/**
 * The Talking points section as grouped outlines: each subsection heading starts a group;
 * lists keep their nesting; a paragraph outside a list is a point of its own.
 */
export function parseTalkingPoints(blocks: readonly RootContent[]): TalkingPointGroup[] {
  const groups: TalkingPointGroup[] = [];
  let current: TalkingPointGroup = { points: [] };
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (current.heading || current.points.length) groups.push(current);
      current = { heading: headingOf(block), points: [] };
    } else if (block.type === 'list') {
      // A loop, not push(...spread): a list of 100,000 items would overflow the call stack.
      for (const point of pointsOf(block)) current.points.push(point);
    } else {
      const html = inlineHtml([block]);
      if (html) current.points.push({ html, children: [] });
    }
  }
  if (current.heading || current.points.length) groups.push(current);
  return groups.filter((group) => group.points.length > 0 || group.heading);
}

function headingOf(heading: Heading): { text: string; depth: number } {
  return { text: toString(heading).trim(), depth: heading.depth };
}

function pointsOf(list: List): TalkingPoint[] {
  return list.children.map((item) => ({
    html: inlineHtml(ownContent(item)),
    children: item.children.filter((child): child is List => child.type === 'list').flatMap(pointsOf),
  // An item that was only raw HTML (removed by sanitising) says nothing: no empty bullet.
  })).filter((point) => point.html.trim() !== '' || point.children.length > 0);
}
