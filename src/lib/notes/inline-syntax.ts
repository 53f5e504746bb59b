import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { visit } from 'unist-util-visit';
import { parseEpisodeHeading } from './heading.ts';
import { slugify } from './slug.ts';
import { WIKILINK_PATTERN } from './wikilinks.ts';

export interface WikilinkTargets {
  base: string;
  /** Guests of this note: a wikilink to one of them links to their page. */
  guests: readonly string[];
  seriesPrefix: string;
}

/**
 * Obsidian wikilinks as a visitor should see them: `[[Page|alias]]` shows "alias"; a link to a
 * guest or to an episode (`[[GOH 12 - Title]]`) links to its page; embeds (`![[file.png]]`) are
 * dropped because attachments are not published.
 */
export function linkWikilinks(tree: Root, targets: WikilinkTargets): void {
  const base = targets.base.endsWith('/') ? targets.base : `${targets.base}/`;
  const guestSlugs = new Set(targets.guests.map(slugify));
  findAndReplace(tree, [
    WIKILINK_PATTERN,
    (whole: string, target: string, alias: string | undefined) => {
      if (whole.startsWith('!')) return '';
      const page = target.split('#')[0]!.trim();
      const label = alias?.trim() || page;
      const episode = parseEpisodeHeading(page, targets.seriesPrefix);
      if (episode?.number !== undefined) {
        return { type: 'link', url: `${base}episodes/${episode.number}/`, children: [{ type: 'text', value: label }] };
      }
      if (guestSlugs.has(slugify(page))) {
        return { type: 'link', url: `${base}guests/${slugify(page)}/`, children: [{ type: 'text', value: label }] };
      }
      return label;
    },
  ]);
}

const INLINE_TAG = /(?:^|\s)#([\p{L}_][\p{L}\p{N}_/-]*)/gu;

/** A line of text without its `#tags`, and the tags (without `#`): `Guest:: Ryan Perry #profiling`. */
export function splitInlineTags(text: string): { text: string; tags: string[] } {
  const tags = [...text.matchAll(INLINE_TAG)].map((match) => match[1]!);
  return { text: tags.length ? text.replace(INLINE_TAG, '').trim() : text, tags };
}

/** Obsidian `#tags` in running text (not in code or links), without the `#`. */
export function collectInlineTags(tree: Root): string[] {
  const tags: string[] = [];
  visit(tree, 'text', (node, _index, parent) => {
    if (parent?.type === 'link') return;
    for (const match of node.value.matchAll(INLINE_TAG)) tags.push(match[1]!);
  });
  return tags;
}
