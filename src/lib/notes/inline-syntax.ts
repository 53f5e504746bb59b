import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { cleanGuestName } from './guest-name.ts';
import { matchHeading, type ShowRule } from './shows.ts';
import { slugify } from './slug.ts';
import { unwrapWikilink, WIKILINK_PATTERN } from './wikilinks.ts';
import { someText, walk } from './walk.ts';

/**
 * What a wikilink may point at, as the `data-*` attributes of the `<span>` it renders as. Whether the
 * page exists is known only once every note is parsed, so src/lib/archive/note-links.ts turns the span
 * into a link to it then, or leaves its text.
 */
export interface WikilinkReference {
  /** "office-hours#12" for a numbered episode; "loki-community-call/2025-08-12/<title slug>" for a dated one. */
  episode?: string;
  /** The slug of the person it names, who may have a guest page. */
  guest: string;
}

/** The attributes a wikilink's span carries (hast property names). */
export const WIKILINK_ATTRIBUTES = ['dataEpisode', 'dataGuest'] as const;

/** What a wikilink `[[target]]` may point at: an episode by one of the shows' heading patterns, else a person. */
export function wikilinkReference(target: string, shows: readonly ShowRule[]): WikilinkReference {
  const guest = slugify(cleanGuestName(`[[${target}]]`));
  const heading = matchHeading(target, shows);
  if (heading?.number !== undefined) return { episode: `${heading.show.slug}#${heading.number}`, guest };
  if (heading?.date) return { episode: `${heading.show.slug}/${heading.date}/${slugify(heading.title)}`, guest };
  return { guest };
}

/**
 * Obsidian wikilinks as a visitor should see them: `[[Page|alias]]` shows "alias", `[[Page]]` shows
 * "Page", as a span that names what the page may be (an episode, a guest); embeds (`![[file.png]]`)
 * are dropped because attachments are not published.
 */
export function markWikilinks(tree: Root, shows: readonly ShowRule[]): void {
  // findAndReplace walks the whole tree with unist-util-visit (walk.ts says what that costs); most notes have no wikilink.
  if (!someText(tree, (value) => value.includes('[['))) return;
  findAndReplace(tree, [
    WIKILINK_PATTERN,
    (whole: string) => {
      if (whole.startsWith('!')) return '';
      const { target, label } = unwrapWikilink(whole);
      const reference = wikilinkReference(target, shows);
      // An inline node rendered as <span data-…> through mdast-util-to-hast's hName/hProperties, since mdast has no node for it.
      const span: PhrasingContent = {
        type: 'emphasis',
        children: [{ type: 'text', value: label }],
        data: { hName: 'span', hProperties: { dataEpisode: reference.episode, dataGuest: reference.guest } },
      };
      return span;
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
  walk([tree], (node, parent) => {
    if (node.type !== 'text' || parent?.type === 'link') return;
    for (const match of node.value.matchAll(INLINE_TAG)) tags.push(match[1]!);
  });
  return tags;
}
