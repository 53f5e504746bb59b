import { getRssString } from '@astrojs/rss';
import { parseOpml, parseRssFeed } from 'feedsmith';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import ICAL from 'ical.js';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { episodesCalendar } from '../../../src/lib/feeds/calendar.ts';
import { jsonChapters } from '../../../src/lib/feeds/chapters-json.ts';
import { feedHtmlText, feedPlainText } from '../../../src/lib/feeds/feed-text.ts';
import { feedsOpml } from '../../../src/lib/feeds/opml.ts';
import { episodeFeedOptions, type FeedEpisode } from '../../../src/lib/feeds/rss-feed.ts';

// Markup written into a note's text fields, as a hostile or careless author would: every feed must carry it as text.
const TITLE = "Great show <img src=x onerror=alert('title') a=< > end";
const DESCRIPTION = "Great show <img src=x onerror=alert(document.domain) a=< > end &lt;script&gt;alert('entity')&lt;/script&gt; R&D";
const GUEST = '<b onclick=alert(1)>Mallory</b>';
const CHAPTER = "Intro <svg onload=alert('chapter')><!-- a comment -->";

/** The elements (and comments) an HTML renderer would make of a text: none, for text. */
function elementsIn(html: string): string[] {
  const found: string[] = [];
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, (node) => {
    if (node.type === 'element') found.push(node.tagName);
    if (node.type === 'comment') found.push('<!--');
  });
  return found;
}

/** What a reader shows of a text field, rendered as HTML or shown as it is: the same words, the word joiners unseen. */
const shown = (text: string) => text.replaceAll('\u2060', '');
const asHtml = (text: string) => shown(toString(fromHtml(text, { fragment: true })));

describe('text from the notes in feeds', () => {
  it('reads the same, and makes no element, whether a reader shows a plain field as it is or renders it as HTML', () => {
    for (const text of [TITLE, DESCRIPTION, GUEST, CHAPTER, 'AT&T, Q&A & more: 1 < 2 > 0']) {
      const plain = feedPlainText(text);
      expect(elementsIn(plain), text).toEqual([]);
      // Decoded once more, as some readers do before rendering: still no element.
      expect(elementsIn(toString(fromHtml(plain, { fragment: true }))), text).toEqual([]);
      expect(shown(plain)).toBe(text);
      // An entity written in the note stays the characters written: "&lt;" reads "&lt;" in either kind of reader.
      expect(asHtml(plain)).toBe(text);
    }
    expect(feedPlainText('Adobo & Avocados: 1 < 2')).toBe('Adobo & Avocados: 1 < 2');
  });

  it('escapes an HTML field so that the HTML holds the text and no element', () => {
    const html = feedHtmlText(DESCRIPTION);
    expect(elementsIn(html)).toEqual([]);
    expect(asHtml(html)).toBe(DESCRIPTION);
  });

  it('puts no element into an RSS feed\'s title, description, categories, people or Media RSS text, read by a real feed parser', async () => {
    const episode: FeedEpisode = {
      title: TITLE, description: DESCRIPTION, date: '2024-05-25', startsAt: '2024-05-25T15:00:00Z',
      topics: [{ name: '<i>Loki</i>', slug: 'loki' }], videoId: 'HHHHHHHHH50', guests: [GUEST], hosts: ['Host <u>Name</u>'],
      chapters: [{ start: 0, title: CHAPTER }], talkingPoints: [], links: [],
    };
    const xml = await getRssString(episodeFeedOptions({
      title: `Feed ${TITLE}`, description: `About ${DESCRIPTION}`, language: 'en', lastBuildDate: new Date('2024-05-25T15:00:00Z'),
      episodes: [episode], headline: (item) => `#50: ${item.title}`,
      urls: {
        home: 'https://example.org/', self: 'https://example.org/rss.xml', image: 'https://example.org/cover.png',
        page: () => 'https://example.org/episodes/50/', poster: () => 'https://example.org/posters/50.png',
        chapters: () => 'https://example.org/episodes/50/chapters.json', guest: () => 'https://example.org/guests/mallory/', absolute: (path) => `https://example.org${path}`,
      },
    }));
    const feed = parseRssFeed(xml);
    const [item] = feed.items ?? [];
    // RSS says <description> is HTML: rendered, it holds the description's words and no element.
    expect(elementsIn(item!.description!)).toEqual([]);
    expect(asHtml(item!.description!)).toBe(DESCRIPTION);
    expect(elementsIn(feed.description!)).toEqual([]);
    for (const text of [item!.title!, feed.title!, ...(item!.categories ?? []).map((category) => category.name!)]) {
      expect(elementsIn(text), text).toEqual([]);
    }
    expect(shown(item!.title!)).toBe(`#50: ${TITLE}`);
    expect(asHtml(item!.title!)).toBe(`#50: ${TITLE}`);
    // content:encoded is HTML built from the episode: the chapter's and the guest's markup are text in it.
    const content = item!.content!.encoded!;
    expect(elementsIn(content).filter((tag) => !['h2', 'ul', 'li', 'a', 'ol', 'p'].includes(tag))).toEqual([]);
    expect(asHtml(content)).toContain(CHAPTER);
    // The rest of the text fields, as the raw XML has them: after XML decoding, no `<` opens a tag.
    for (const field of ['media:title', 'media:description', 'podcast:person']) {
      for (const match of xml.matchAll(new RegExp(`<${field}[^>]*>([^<]*)</${field}>`, 'g'))) {
        const text = match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
        expect(elementsIn(text), `${field}: ${text}`).toEqual([]);
      }
    }
  });

  it('puts no element into a calendar\'s SUMMARY and DESCRIPTION (some calendar apps render HTML there)', () => {
    const text = episodesCalendar({
      name: `Upcoming ${TITLE}`, domain: 'example.org', durationMinutes: 60, stamp: new Date('2026-11-24T00:00:00Z'),
      episodes: [{ startsAt: '2099-01-09T13:00:00.000Z', guests: [GUEST], description: DESCRIPTION }],
      uid: () => 'goh-50', headline: () => `#50: ${TITLE}`, page: () => 'https://example.org/episodes/50/', live: () => 'https://www.youtube.com/watch?v=HHHHHHHHH50',
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(elementsIn(event.summary)).toEqual([]);
    expect(elementsIn(event.description)).toEqual([]);
    expect(shown(event.summary)).toBe(`#50: ${TITLE}`);
    expect(shown(event.description)).toContain(DESCRIPTION);
  });

  it('puts no element into an OPML list\'s titles or JSON chapters\' titles', () => {
    const opml = parseOpml(feedsOpml({
      title: `Feeds ${TITLE}`, ownerUrl: 'https://example.org/',
      feeds: [{ title: `All ${TITLE}`, xmlUrl: 'https://example.org/rss.xml', htmlUrl: 'https://example.org/' }],
      groups: [{ title: `Guests ${GUEST}`, feeds: [{ title: GUEST, xmlUrl: 'https://example.org/g.xml', htmlUrl: 'https://example.org/g/' }] }],
    }));
    const outlines = [...(opml.body?.outlines ?? []), ...(opml.body?.outlines ?? []).flatMap((outline) => outline.outlines ?? [])];
    expect(outlines).toHaveLength(3);
    for (const text of [opml.head!.title!, ...outlines.flatMap((outline) => [outline.text ?? '', outline.title ?? ''])]) expect(elementsIn(text), text).toEqual([]);
    const chapters = JSON.parse(JSON.stringify(jsonChapters({ headline: `#50: ${TITLE}`, videoId: 'HHHHHHHHH50', chapters: [{ start: 0, title: CHAPTER }] }, `Show ${GUEST}`)));
    for (const text of [chapters.title, chapters.podcastName, chapters.chapters[0].title]) expect(elementsIn(text), text).toEqual([]);
    expect(shown(chapters.chapters[0].title)).toBe(CHAPTER);
  });
});
