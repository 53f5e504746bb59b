import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { slugify } from '../notes/slug.ts';
import type { ArchivePaths } from './paths.ts';

/** The fields of an episode that a wikilink can point at. */
export interface LinkableEpisode {
  show: string;
  number: number | null;
  date: string | null;
  title: string;
  /** Its key after pinning by the URL registry: where its page is. */
  key: string;
}

interface Point { html: string; children: Point[] }

/** What a wikilink may link to: the pages that exist in this build. */
export interface LinkTargets {
  episode(reference: string): string | undefined;
  guest(slug: string): string | undefined;
}

/**
 * The pages wikilinks may link to: the episodes that have a page (at their pinned URL) and the guests
 * who have one. A numbered episode is found by show and number, a dated one by show and date (and by
 * title when a show has two episodes that day).
 */
export function linkTargets(episodes: readonly LinkableEpisode[], guestSlugs: ReadonlySet<string>, paths: Pick<ArchivePaths, 'episode' | 'guest'>): LinkTargets {
  const byReference = new Map<string, LinkableEpisode[]>();
  for (const episode of episodes) {
    const references = [episode.number !== null ? `${episode.show}#${episode.number}` : undefined, episode.date ? `${episode.show}/${episode.date}` : undefined];
    for (const reference of references) {
      if (reference) byReference.set(reference, [...(byReference.get(reference) ?? []), episode]);
    }
  }
  return {
    episode(reference) {
      const [show, date, titleSlug] = reference.split('/');
      const candidates = byReference.get(date === undefined ? reference : `${show}/${date}`) ?? [];
      const found = candidates.length === 1 ? candidates[0] : candidates.find((episode) => slugify(episode.title) === titleSlug);
      return found && paths.episode(found.key);
    },
    guest: (slug) => (guestSlugs.has(slug) ? paths.guest(slug) : undefined),
  };
}

/**
 * An episode whose wikilinks (spans the parser marked, src/lib/notes/inline-syntax.ts) link to the
 * pages that exist, and are plain text otherwise: a link to an episode that is a draft or missing, or
 * to a person without a page, would be broken. Returns a copy; only points holding a wikilink are re-read.
 */
export function resolveNoteLinks<E extends { talkingPoints: readonly { points: readonly Point[] }[] }>(episode: E, targets: LinkTargets): E {
  const resolvePoint = (point: Point): Point => ({
    html: point.html.includes('data-') ? resolveHtml(point.html, targets) : point.html,
    children: point.children.map(resolvePoint),
  });
  return { ...episode, talkingPoints: episode.talkingPoints.map((group) => ({ ...group, points: group.points.map(resolvePoint) })) };
}

function resolveHtml(html: string, targets: LinkTargets): string {
  const tree: Root = fromHtml(html, { fragment: true });
  tree.children = resolveChildren(tree.children as ElementContent[], targets, false);
  return toHtml(tree);
}

function resolveChildren(nodes: readonly ElementContent[], targets: LinkTargets, inLink: boolean): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    const { dataEpisode, dataGuest } = node.properties;
    if (node.tagName !== 'span' || (dataEpisode === undefined && dataGuest === undefined)) {
      node.children = resolveChildren(node.children, targets, inLink || node.tagName === 'a');
      return [node];
    }
    const href = (typeof dataEpisode === 'string' ? targets.episode(dataEpisode) : undefined)
      ?? (typeof dataGuest === 'string' ? targets.guest(dataGuest) : undefined);
    const children = resolveChildren(node.children, targets, inLink);
    // Inside a link already, a wikilink stays text: links do not nest.
    return href && !inLink ? [{ type: 'element', tagName: 'a', properties: { href }, children } satisfies Element] : children;
  });
}
