import type { Root, RootContent } from 'mdast';
import { fencedCodeTracker } from './code-fences.ts';
import { walk } from './walk.ts';

/**
 * micromark re-writes its whole event list each time a nested list item closes, so one long list
 * with nested items takes time quadratic in its length (16,000 items: two minutes). Top-level list
 * items are independent, so a long list is parsed in chunks of CHUNK_ITEMS items, cut just before an
 * item that starts at column 0 (never inside a fenced code block), and the trees are joined with
 * their positions shifted back to the note's own lines. A short note is one chunk: parsed as is.
 */
const CHUNK_ITEMS = 200;
const TOP_LEVEL_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

export function parseInChunks(body: string, parse: (markdown: string) => Root): Root {
  const lines = body.split('\n');
  const starts: number[] = [0];
  let items = 0;
  const isCode = fencedCodeTracker();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (isCode(line) || !TOP_LEVEL_ITEM.test(line)) continue;
    items++;
    if (items > CHUNK_ITEMS) {
      starts.push(index);
      items = 1;
    }
  }
  if (starts.length === 1) return parse(body);

  const root: Root = { type: 'root', children: [] };
  let offset = 0;
  for (let chunk = 0; chunk < starts.length; chunk++) {
    const from = starts[chunk]!;
    const to = starts[chunk + 1] ?? lines.length;
    const text = lines.slice(from, to).join('\n');
    const tree = parse(text);
    walk([tree], (node) => {
      if (!node.position) return;
      node.position.start.line += from;
      node.position.end.line += from;
      if (node.position.start.offset !== undefined) node.position.start.offset += offset;
      if (node.position.end.offset !== undefined) node.position.end.offset += offset;
    });
    for (const child of tree.children as RootContent[]) root.children.push(child);
    offset += text.length + 1;
  }
  return root;
}
