import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { NOTE_HTML_SCHEMA as schema } from './sanitise-schema.ts';

// The pipeline, after remark-parse and remark-gfm (parse-note.ts): remark-rehype turns the public
// blocks into HTML (raw HTML in the note is dropped, never passed through), rehype-sanitize removes
// anything that could run script or load from elsewhere.
const markdownToSafeHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).freeze();
// The page body built from the parsed data is sanitised again (defence in depth), then rehype-slug gives
// headings their ids; after sanitising, which would otherwise prefix every id with "user-content-".
const showNotesHtml = unified().use(rehypeSanitize, schema).use(rehypeSlug).freeze();

/** Markdown blocks of a public section as one sanitised HTML tree: one pipeline run per section, not per item. */
export function toSafeHast(nodes: readonly RootContent[]): HastRoot {
  const root: Root = { type: 'root', children: [...nodes] };
  return markdownToSafeHtml.runSync(root) as HastRoot;
}

/** The show notes' HTML tree, sanitised, with heading ids. */
export function finishShowNotes(root: HastRoot): HastRoot {
  return showNotesHtml.runSync(root) as HastRoot;
}
