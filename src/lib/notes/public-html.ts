import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { finishShowNotes } from './render.ts';
import { formatTimestamp, type Chapter } from './timestamps.ts';
import type { ReferenceLink } from './reference-links.ts';
import type { TalkingPoint, TalkingPointGroup } from './talking-points.ts';
import { youtubeWatchUrl } from './youtube.ts';

export interface PublicContent {
  talkingPoints: TalkingPointGroup[];
  chapters: Chapter[];
  links: ReferenceLink[];
  videoId?: string;
}

/**
 * The public show notes as one HTML document: chapters (linking to their time on YouTube),
 * talking points as outlines under their subsection headings, and reference links.
 * Built from the parsed data, so the HTML can hold nothing the data does not.
 */
export function renderPublicHtml(content: PublicContent): string {
  const heading = (depth: number, text: string): Element => h(`h${depth}`, text);
  const children: Element[] = [];
  if (content.chapters.length > 0) {
    children.push(h('section', [
      heading(2, 'Chapters'),
      h('ol', content.chapters.map((chapter) => h('li', [
        content.videoId
          ? h('a', { href: youtubeWatchUrl(content.videoId, chapter.start) }, formatTimestamp(chapter.start))
          : h('span', formatTimestamp(chapter.start)),
        ` ${chapter.title}`,
      ]))),
    ]));
  }
  if (content.talkingPoints.length > 0) {
    const parts: Element[] = [heading(2, 'Talking points')];
    for (const group of content.talkingPoints) {
      if (group.heading) parts.push(heading(group.heading.depth, group.heading.text));
      if (group.points.length) parts.push(outline(group.points));
    }
    children.push(h('section', parts));
  }
  if (content.links.length > 0) {
    children.push(h('section', [
      heading(2, 'Reference links'),
      h('ul', content.links.map((link) => h('li', [h('a', { href: link.url }, link.title)]))),
    ]));
  }
  return toHtml(finishShowNotes({ type: 'root', children }));
}

function outline(points: readonly TalkingPoint[]): Element {
  return h('ul', points.map((point) => h('li', [
    ...(fromHtml(point.html, { fragment: true }).children as ElementContent[]),
    ...(point.children.length ? [outline(point.children)] : []),
  ])));
}
