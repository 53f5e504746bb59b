import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import type { RootContent } from 'mdast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

// GitHub's schema (what rehype-sanitize uses) minus form inputs: task checkboxes render as plain items.
const schema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
};

/**
 * Markdown blocks to sanitised HTML nodes. Raw HTML in the note is dropped (never passed through),
 * then rehype-sanitize's rules remove anything that could run script or load from elsewhere.
 */
export function toSafeHast(nodes: readonly RootContent[]): HastContent[] {
  const hast = toHast({ type: 'root', children: [...nodes] }, { allowDangerousHtml: false });
  const clean = sanitize(hast, schema) as HastRoot;
  return clean.children;
}

/** Sanitises an already built HTML tree (defence in depth for the page body). */
export function sanitizeHast(root: HastRoot): HastRoot {
  return sanitize(root, schema) as HastRoot;
}

/** Inline markdown (a paragraph's content) to sanitised HTML, without the wrapping <p>. */
export function inlineHtml(nodes: readonly RootContent[]): string {
  // Several blocks of one item are joined by a space rather than running their words together.
  return toSafeHast(nodes)
    .map((node) => (node.type === 'element' && node.tagName === 'p' ? toHtml(node.children) : toHtml(node)))
    .map((html) => html.trim())
    .filter((html) => html.length > 0)
    .join(' ');
}

export { toHtml };
