import { feedPlainText } from './feed-text.ts';
import { xmlElement } from './xml.ts';

/** A feed, as a feed reader subscribes to it. */
export interface OpmlFeed {
  title: string;
  /** Absolute URL of the RSS feed. */
  xmlUrl: string;
  /** Absolute URL of the page the feed is of. */
  htmlUrl: string;
}

/** Feeds under one heading (a folder in most feed readers); an empty group is left out. */
export interface OpmlGroup {
  title: string;
  feeds: readonly OpmlFeed[];
}

/**
 * An OPML 2.0 subscription list (the format feed readers import): the site's own feeds at the top,
 * then one outline per group. The date is left out on purpose: the file stays the same until a feed
 * is added or goes away.
 */
export function feedsOpml(list: { title: string; ownerUrl: string; feeds: readonly OpmlFeed[]; groups: readonly OpmlGroup[] }): string {
  const outline = (feed: OpmlFeed) => xmlElement('outline', { type: 'rss', text: feedPlainText(feed.title), title: feedPlainText(feed.title), xmlUrl: feed.xmlUrl, htmlUrl: feed.htmlUrl });
  const body = [
    ...list.feeds.map(outline),
    ...list.groups.filter((group) => group.feeds.length > 0)
      .map((group) => xmlElement('outline', { text: feedPlainText(group.title), title: feedPlainText(group.title) }, { xml: group.feeds.map(outline).join('') })),
  ].join('');
  const head = xmlElement('head', {}, { xml: [xmlElement('title', {}, { text: feedPlainText(list.title) }), xmlElement('ownerId', {}, { text: list.ownerUrl })].join('') });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlElement('opml', { version: '2.0' }, { xml: `${head}${xmlElement('body', {}, { xml: body })}` })}\n`;
}
