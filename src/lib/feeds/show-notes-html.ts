import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { formatTimestamp } from '../notes/timestamps.ts';
import { youtubeWatchUrl } from '../notes/youtube.ts';
import { en, type UiStrings } from '../i18n/en.ts';

interface Point { html: string; children: readonly Point[] }

/** The public facts of an episode that its show notes are made of. */
export interface ShowNotesEpisode {
  videoId: string | null;
  guests: readonly string[];
  hosts: readonly string[];
  chapters: readonly { start: number; title: string }[];
  talkingPoints: readonly { heading?: { text: string; depth: number }; points: readonly Point[] }[];
  links: readonly { title: string; url: string }[];
}

export interface ShowNotesLinks {
  /** Absolute URL of the episode page. */
  page: string;
  /** Absolute URL of a guest's page. */
  guest(name: string): string;
  /** Resolves a site-relative href found in a talking point (feeds need absolute URLs). */
  absolute(path: string): string;
}

/**
 * The full public show notes of an episode as one HTML fragment, for a feed's content:encoded.
 * Built from the parsed episode only (never from the note), so nothing withheld can reach a feed.
 * Its headings are in the episode's language (`t`), as on its page.
 */
export function showNotesHtml(episode: ShowNotesEpisode, links: ShowNotesLinks, t: UiStrings = en): string {
  const parts: ElementContent[] = [];
  if (episode.guests.length) {
    parts.push(h('h2', t.guests(episode.guests.length)), h('ul', episode.guests.map((name) => h('li', h('a', { href: links.guest(name) }, name)))));
  }
  if (episode.hosts.length) parts.push(h('p', t.hostedBy(episode.hosts.join(', '))));
  if (episode.chapters.length && episode.videoId) {
    const videoId = episode.videoId;
    parts.push(h('h2', t.chapters), h('ol', episode.chapters.map((chapter) =>
      h('li', [h('a', { href: youtubeWatchUrl(videoId, chapter.start) }, formatTimestamp(chapter.start)), ` ${chapter.title}`]))));
  }
  if (episode.talkingPoints.some((group) => group.points.length)) {
    parts.push(h('h2', t.talkingPoints));
    for (const group of episode.talkingPoints) {
      if (group.heading) parts.push(h(`h${group.heading.depth}`, group.heading.text));
      if (group.points.length) parts.push(pointList(group.points, links));
    }
  }
  if (episode.links.length) {
    parts.push(h('h2', t.links), h('ul', episode.links.map((link) => h('li', h('a', { href: link.url }, link.title)))));
  }
  if (episode.videoId) parts.push(h('p', h('a', { href: youtubeWatchUrl(episode.videoId) }, t.watchOnYouTube)));
  parts.push(h('p', h('a', { href: links.page }, t.episodePage)));
  // The only raw nodes are talking points' HTML, sanitised by the note parser (pointContent).
  return toHtml({ type: 'root', children: parts } satisfies Root, { allowDangerousHtml: true });
}

function pointList(points: readonly Point[], links: ShowNotesLinks): Element {
  return h('ul', points.map((point) => {
    const children = pointContent(point.html, links);
    return h('li', point.children.length ? [...children, pointList(point.children, links)] : children);
  }));
}

// hast-util-to-html writes every attribute value in double quotes: a link to a page of the site is
// `href="/…"` in a point's HTML, and a point without that text has no link to make absolute.
const SITE_LINK = 'href="/';

/**
 * A talking point's HTML, with its links to the site's pages made absolute (feeds need absolute URLs).
 * Points were sanitised by the note parser and written by hast-util-to-html; one with a link to the site is
 * parsed to rewrite its links, one without (most of them) goes in as the HTML it is: parsing ~25,000
 * points was a third of the feeds' cost at 1,000 episodes (docs/benchmarks.md).
 */
function pointContent(html: string, links: ShowNotesLinks): ElementContent[] {
  if (!html.includes(SITE_LINK)) return [{ type: 'raw', value: html }];
  const fragment = fromHtml(html, { fragment: true });
  visit(fragment, 'element', (node) => {
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('/')) node.properties.href = links.absolute(href);
  });
  return fragment.children as ElementContent[];
}
