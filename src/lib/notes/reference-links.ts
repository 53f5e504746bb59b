import type { Link, Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoteWarning } from './errors.ts';
import { ownContent } from './list-items.ts';
import { isPublicUrl } from './link-hosts.ts';
import type { ReferenceLink } from './episode-schema.ts';
import { walk } from './walk.ts';

// The shape is the episode schema's (episode-schema.ts), written once with the collection's validation.
export type { ReferenceLink };

/**
 * Reference links from the blocks of a links section. Each list item or paragraph line gives one
 * link per URL in it: a markdown link gives its text as title; a bare URL or a plain line
 * `Title (blog): https://...` gives the surrounding text, or the URL itself when there is none.
 */
export function parseReferenceLinks(
  blocks: readonly RootContent[],
  file: string,
  warnings: NoteWarning[],
): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  const seen = new Set<string>();
  const add = (link: ReferenceLink) => {
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  };
  for (const unit of linkUnits(blocks)) {
    const found = linksIn(unit);
    if (found.length === 0) {
      const text = toString(unit).trim();
      if (text && unit.type !== 'heading') {
        warnings.push({
          file,
          line: unit.position?.start.line,
          problem: `a line under Reference links has no link and was left out: "${text.slice(0, 60)}"`,
          fix: 'add the URL to the line, or move the text to Talking points.',
        });
      }
      continue;
    }
    const text = toString(unit).replace(/\s+/g, ' ').trim();
    for (const link of found) {
      if (!isPublicUrl(link.url)) continue;
      const label = toString(link).trim();
      const isBare = label === link.url || label === link.url.replace(/^https?:\/\//, '') || label === '';
      let title = label;
      if (isBare) {
        const around = found.length === 1 ? text.replace(label, '').replace(/[\s:–—-]+$/, '').replace(/^[\s:–—-]+/, '').trim() : '';
        title = around || prettyUrl(link.url);
      }
      add({ title, url: link.url });
    }
  }
  return links;
}

/** A URL shown as text: host and path without scheme, `www.` or a trailing slash. */
export function prettyUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

function* linkUnits(blocks: readonly RootContent[]): Generator<Nodes> {
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const inline = ownContent(item).flatMap((n) => ('children' in n ? (n.children as Nodes[]) : []));
        yield { type: 'paragraph', children: inline, position: item.position } as Nodes;
        yield* linkUnits(item.children.filter((child) => child.type === 'list'));
      }
    } else if (block.type === 'paragraph') {
      yield* paragraphLines(block);
    } else if (block.type !== 'heading') {
      yield block;
    }
  }
}

/** Splits a paragraph at its line breaks so that each line is its own link. */
function* paragraphLines(paragraph: Extract<RootContent, { type: 'paragraph' }>): Generator<Nodes> {
  let current: typeof paragraph.children = [];
  let line = paragraph.position?.start.line ?? 0;
  const flush = function* () {
    if (current.length) yield { type: 'paragraph', children: current, position: { start: { line, column: 1 }, end: { line, column: 1 } } } as Nodes;
    current = [];
  };
  for (const child of paragraph.children) {
    if (child.type === 'text' && child.value.includes('\n')) {
      const parts = child.value.split('\n');
      for (const [i, part] of parts.entries()) {
        if (i > 0) {
          yield* flush();
          line = (child.position?.start.line ?? line) + i;
        }
        if (part) current.push({ type: 'text', value: part });
      }
    } else if (child.type === 'break') {
      yield* flush();
      line += 1;
    } else {
      current.push(child);
    }
  }
  yield* flush();
}

function linksIn(node: Nodes): Link[] {
  const links: Link[] = [];
  walk([node], (descendant) => {
    if (descendant.type === 'link') links.push(descendant);
  });
  return links;
}
