import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { parseRssFeed } from 'feedsmith';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/notes/slug.ts';
import { posterFactsOf, posterFileName } from '../../src/lib/seo/poster-facts.ts';
import { siteConfig } from '../../src/site.config.ts';
import { builtEpisodes, builtNotes } from '../support/collection.ts';
import { sitePath } from '../support/sites.ts';

const site = new URL(siteConfig.site);
const url = (path: string) => new URL(path, site).toString();
const read = (path: string) => readFileSync(sitePath('fixtures', path), 'utf8');
const notes = builtNotes('fixtures');
const episodes = builtEpisodes('fixtures');
const byNewest = (a: { startsAt: string | null }, b: { startsAt: string | null }) => (b.startsAt ?? '').localeCompare(a.startsAt ?? '');
const published = episodes.filter((episode) => episode.status === 'published').sort(byNewest);
const upcoming = episodes.filter((episode) => episode.status === 'upcoming');

/** Parses a feed strictly: well-formed XML first (feedsmith alone forgives some errors), then RSS. */
function parseFeed(path: string) {
  const xml = read(path);
  expect(XMLValidator.validate(xml), `${path} is well-formed XML`).toBe(true);
  return parseRssFeed(xml);
}

function feedFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(sitePath('fixtures', dir), { withFileTypes: true })) {
      const path = `${dir}${entry.name}`;
      if (entry.isDirectory()) walk(`${path}/`);
      else if (/\.(xml|ics|json)$/.test(entry.name) && !dir.startsWith('pagefind')) found.push(path);
    }
  };
  walk('');
  return found;
}

describe('the RSS feed of all episodes', () => {
  const feed = parseFeed('rss.xml');

  it('describes the show', () => {
    expect(feed.title).toBe(siteConfig.showName);
    expect(feed.description).toBe(siteConfig.tagline);
    expect(feed.link).toBe(url('/'));
    expect(feed.language).toBe(siteConfig.language);
    expect(feed.atom?.links).toEqual([{ href: url('/rss.xml'), rel: 'self', type: 'application/rss+xml' }]);
    // When the content last changed (the newest episode), not the build time: unchanged feeds stay identical.
    expect(new Date(feed.lastBuildDate!).toISOString()).toBe(new Date(published[0]!.startsAt!).toISOString());
    expect(feed.image?.url).toBe(url('/cover.png'));
    expect(existsSync(sitePath('fixtures', 'cover.png'))).toBe(true);
  });

  it('has one item per published episode, newest first, and no draft or upcoming one', () => {
    expect(published.length).toBeGreaterThan(2);
    expect(feed.items?.map((item) => item.link)).toEqual(published.map((episode) => url(`/episodes/${episode.key}/`)));
    const titles = (feed.items ?? []).map((item) => item.title);
    for (const episode of episodes.filter((candidate) => candidate.status !== 'published')) {
      expect(titles.some((title) => title?.endsWith(episode.title))).toBe(false);
    }
  });

  it('gives each item its title, permanent link, date, summary, topics, media and full show notes', () => {
    for (const episode of published) {
      const item = feed.items!.find((candidate) => candidate.link === url(`/episodes/${episode.key}/`))!;
      expect(item.title).toBe(episode.number === null ? `Loki Community Call: ${episode.title}` : `#${episode.number}: ${episode.title}`);
      expect(item.guid).toEqual({ value: url(`/episodes/${episode.key}/`), isPermaLink: true });
      expect(new Date(item.pubDate!).toISOString()).toBe(new Date(episode.startsAt!).toISOString());
      expect(item.description).toBe(episode.description);
      expect(item.categories?.map((category) => category.name) ?? []).toEqual(episode.topics.map((topic) => topic.name));
      expect(item.media?.contents?.[0]?.url).toBe(`https://www.youtube.com/watch?v=${episode.videoId}`);
      const poster = posterFileName(posterFactsOf(episode, siteConfig.shows));
      expect(item.media?.thumbnails?.[0]?.url).toBe(url(`/posters/${poster}`));
      expect(existsSync(sitePath('fixtures', `posters/${poster}`))).toBe(true);

      const content = item.content?.encoded ?? '';
      for (const guest of episode.guests) expect(content).toContain(`>${guest}</a>`);
      for (const chapter of episode.chapters) {
        expect(content).toContain(chapter.title);
        if (chapter.start > 0) expect(content).toContain(`watch?v=${episode.videoId}&#x26;t=${chapter.start}s`);
      }
      for (const link of episode.links) expect(content).toContain(`href="${link.url.replaceAll('&', '&#x26;')}"`);
      const points = episode.talkingPoints.flatMap((group) => group.points);
      if (points.length) expect(content).toContain('<h2>Talking points</h2>');
      expect(content).not.toMatch(/href="\//); // relative links would break in a feed reader
      if (episode.chapters.length) expect(item.podcast?.chapters?.url).toBe(url(`/episodes/${episode.key}/chapters.json`));
    }
  });
});

describe('guest and topic feeds', () => {
  it('hold exactly the episodes of that topic, and are linked from the topic page', () => {
    const topics = new Set(published.flatMap((episode) => episode.topics.map((topic) => topic.slug)));
    expect(topics.size).toBeGreaterThan(1);
    for (const slug of topics) {
      const feed = parseFeed(`topics/${slug}/rss.xml`);
      const expected = published.filter((episode) => episode.topics.some((topic) => topic.slug === slug));
      expect(feed.items?.map((item) => item.link)).toEqual(expected.map((episode) => url(`/episodes/${episode.key}/`)));
      expect(feed.atom?.links?.[0]?.href).toBe(url(`/topics/${slug}/rss.xml`));
      expect(read(`topics/${slug}/index.html`)).toContain(`<link rel="alternate" type="application/rss+xml" title="${siteConfig.showName}: `);
      expect(read(`topics/${slug}/index.html`)).toContain(`href="/topics/${slug}/rss.xml"`);
    }
  });

  it('hold exactly the episodes of that guest, and are linked from the guest page', () => {
    const guestFeeds = readdirSync(sitePath('fixtures', 'guests'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(sitePath('fixtures', `guests/${entry.name}/rss.xml`)));
    expect(guestFeeds.length).toBeGreaterThan(1);
    for (const { name: slug } of guestFeeds) {
      const feed = parseFeed(`guests/${slug}/rss.xml`);
      const links = feed.items?.map((item) => item.link) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const episode of published) {
        const withGuest = episode.guests.some((guest) => slugify(guest) === slug);
        expect(links.includes(url(`/episodes/${episode.key}/`)), `${slug} in ${episode.key}`).toBe(withGuest);
      }
      expect(read(`guests/${slug}/index.html`)).toContain(`href="/guests/${slug}/rss.xml"`);
    }
  });
});

describe('the calendar of upcoming episodes', () => {
  const text = read('upcoming.ics');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));

  it('is valid RFC 5545: CRLF line ends, lines folded at 75 octets, VERSION and PRODID', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  });

  it('has one event per upcoming episode, in UTC, with a stable UID, duration, guests and the live URL', () => {
    expect(upcoming.length).toBeGreaterThan(0);
    expect(events).toHaveLength(upcoming.length);
    for (const episode of upcoming) {
      const event = events.find((candidate) => candidate.uid === `${siteConfig.seriesPrefix.toLowerCase()}-${episode.number}@${site.hostname}`)!;
      expect(event).toBeDefined();
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.component.getFirstProperty('dtstart')?.toICALString()).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(episode.startsAt!).toISOString());
      expect(event.duration.toSeconds()).toBe(siteConfig.schedule.durationMinutes * 60);
      expect(event.summary).toBe(`${siteConfig.showName} #${episode.number}: ${episode.title}`);
      for (const guest of episode.guests) expect(event.description).toContain(guest);
      expect(event.component.getFirstPropertyValue('url')).toBe(`https://www.youtube.com/watch?v=${episode.videoId}`);

      // The episode's own download is the same event, so adding both never duplicates it.
      const single = new ICAL.Component(ICAL.parse(read(`episodes/${episode.key}/calendar.ics`)));
      expect(single.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual([event.uid]);
      expect(read(`episodes/${episode.key}/index.html`)).toContain(`href="/episodes/${episode.key}/calendar.ics"`);
    }
  });

  it('escapes text values', () => {
    const unfolded = text.replaceAll('\r\n ', '');
    expect(unfolded).toMatch(/DESCRIPTION:[^\r]*\\n\\nWatch live: https:/);
    for (const event of events) expect(event.description).toContain('\nWatch live: https://www.youtube.com/');
  });
});

describe('JSON chapters', () => {
  it('list every chapter of an episode in the Podcasting 2.0 format', () => {
    const withChapters = episodes.filter((episode) => episode.status !== 'draft' && episode.chapters.length);
    expect(withChapters.length).toBeGreaterThan(0);
    for (const episode of withChapters) {
      const json = JSON.parse(read(`episodes/${episode.key}/chapters.json`));
      expect(json.version).toBe('1.2.0');
      expect(json.chapters).toEqual(episode.chapters.map((chapter) => expect.objectContaining({ startTime: chapter.start, title: chapter.title })));
    }
  });
});

describe('every feed', () => {
  it('contains none of the text the notes keep for the team', () => {
    const files = feedFiles();
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'upcoming.ics', 'sitemap-index.xml']));
    const withheld = notes.flatMap((note) => note.parsed.withheld.flatMap((entry) => entry.texts)).filter((text) => text.length > 20);
    expect(withheld.length).toBeGreaterThan(5);
    for (const file of files) {
      const content = read(file);
      for (const text of withheld) expect(content.includes(text), `${file} contains "${text}"`).toBe(false);
      if (file.endsWith('.xml')) expect(XMLValidator.validate(content), `${file} is well-formed`).toBe(true);
    }
  });
});
