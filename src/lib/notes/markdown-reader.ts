import type { Root } from 'mdast';
import type { Extension as FromMarkdownExtension, Transform } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import type { Construct, Extension } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { someText } from './walk.ts';

// Notes are read as GitHub-flavoured markdown. Three of GFM's extensions and a part of a fourth can only
// ever apply to a text with certain characters in it, yet micromark tries them all the same: tables at the
// start of every line, e-mail autolinks at the start of every word. A note without those characters is read
// without them, which gives the same tree (tests/unit/notes/markdown-reader.test.ts holds the two readers to
// it) and takes ~30% less of micromark's time on the bench's notes (docs/benchmarks.md, session 16).

/**
 * What a text needs for the left-out constructs to apply, character by character:
 * - a table's delimiter row holds a pipe, or a colon next to a dash (`a\n:-` is a one-column table);
 * - strikethrough needs a tilde; a footnote, its definition or its call, starts with `[^`;
 * - an e-mail autolink is a run of letters, digits, `+`, `-`, `.` or `_` right before an `@`.
 * Anything else in GFM (task list items, www and http autolinks) is in both readers.
 */
const FULL_GFM_NEEDED = /[|~]|\[\^|:-|-:|[A-Za-z0-9+._-]@/;

/** Whether a text could hold a table, strikethrough, footnote or e-mail autolink, and so needs all of GFM. */
export function needsFullGfm(text: string): boolean {
  return FULL_GFM_NEEDED.test(text);
}

/** GFM's autolink literals without the e-mail one, which micromark tries at every word. */
function autolinksWithoutEmail(): Extension {
  const text: Record<number, Construct[]> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs].flat().filter((construct): construct is Construct => Boolean(construct) && construct?.name !== 'emailAutolink');
    if (kept.length) text[Number(code)] = kept;
  }
  return { text };
}

/**
 * GFM finds autolink literals twice: micromark as it reads, then a transform that looks for those it could
 * not see (an address written with entities or escapes, `www&#46;grafana.com`). That transform walks the
 * whole tree once for each of its four patterns with unist-util-visit (walk.ts says what that costs), ~10%
 * of a note's parse, and on the notes we know it never found one. Each pattern needs `http://`, `https://`
 * or `www.` (in any case) or an `@` in a text outside links, so a tree without them is left as it is.
 */
const AUTOLINK_LITERAL_NEEDS = /https?:\/\/|www\.|@/i;
const autolinkTransforms = new Set(gfmAutolinkLiteralFromMarkdown().transforms);

function onlyWhereAutolinksCanBe(transform: Transform): Transform {
  if (!autolinkTransforms.has(transform)) return transform;
  return (tree) => (someText(tree, (value) => AUTOLINK_LITERAL_NEEDS.test(value), ['link', 'linkReference']) ? transform(tree) : undefined);
}

function withAutolinkTransformGuarded(extension: FromMarkdownExtension): FromMarkdownExtension {
  return extension.transforms ? { ...extension, transforms: extension.transforms.map(onlyWhereAutolinksCanBe) } : extension;
}

const fullGfm = unified().use(remarkParse).use(remarkGfm).freeze();
// In remark-gfm's order (the order of constructs tried at one character); every GFM node handler stays,
// as those of the left-out constructs are never called without their tokens.
const usualGfm = unified().use(remarkParse).use(function usualGfmExtensions(this: Processor) {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), autolinksWithoutEmail(), gfmTaskListItem()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmFromMarkdown().map(withAutolinkTransformGuarded)];
}).freeze();

/** A note's markdown as an mdast tree, as remark with remark-gfm reads it. */
export function readMarkdown(text: string): Root {
  return (needsFullGfm(text) ? fullGfm : usualGfm).parse(text) as Root;
}

/** A text read with every GFM extension, and with the usual ones only: for the tests that hold the two to one tree. */
export const readers = {
  fullGfm: (text: string) => fullGfm.parse(text) as Root,
  usualGfm: (text: string) => usualGfm.parse(text) as Root,
};
