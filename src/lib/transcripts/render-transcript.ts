import type { ElementContent, Root as HastRoot } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { TRANSCRIPT_HTML_SCHEMA as schema } from '../notes/sanitise-schema.ts';
import { eachElement } from './each-element.ts';
import { PARAGRAPH_WORDS, splitLongParagraphs } from './paragraphs.ts';
import { plainTranscriptTree } from './plain-transcript.ts';

/** The page's own title is the h1: the transcript's headings go one level down, so `#` becomes an h2. */
function demoteHeadings() {
  return (tree: HastRoot) => {
    eachElement(tree, (node) => {
      const rank = headingRank(node);
      if (rank) node.tagName = `h${Math.min(rank + 1, 6)}`;
    });
  };
}

// CommonMark without GitHub's extensions: the script writes headings, paragraphs and emphasis, never tables or
// task lists, and remark-gfm made parsing 3.5 times slower (4.4 s against 1.25 s for 600 transcripts of 48 KB),
// the largest part of a cold build's transcript cost (docs/benchmarks.md). A bare URL stays text.
const parseMarkdown = unified().use(remarkParse).freeze();
const markdownToTree = unified().use(remarkRehype).freeze();
// The HTML tree's steps, whichever reader made it. Slugs after sanitising, which would otherwise prefix every id with "user-content-".
const treeToHtml = unified().use(rehypeSanitize, schema).use(demoteHeadings).use(rehypeSlug).use(splitLongParagraphs).freeze();
const sanitiseOnly = unified().use(rehypeSanitize, schema).use(rehypeSlug).freeze();

/** A heading of the transcript, for its table of contents and the search index's anchors. */
export interface TranscriptHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedText {
  html: string;
  headings: TranscriptHeading[];
  /** The same text without markup, paragraphs apart: the transcript.txt file. */
  plainText: string;
}

/**
 * Markdown written by the transcript script, as sanitised HTML with its headings (one level down) and as plain
 * text. The script's usual text is read without the markdown parser (plainTranscriptTree), which gives the
 * same tree; `readPlain` is there for the tests that hold the two to the same page.
 */
export function renderMarkdown(markdown: string, readPlain: (markdown: string) => HastRoot | undefined = plainTranscriptTree): RenderedText {
  const tree = readPlain(markdown) ?? markdownToTree.runSync(parseMarkdown.runSync(parseMarkdown.parse(markdown)) as Root) as HastRoot;
  const hast = treeToHtml.runSync(tree) as HastRoot;
  return { html: toHtml(hast), headings: headingsOf(hast), plainText: plainTextOf(hast) };
}

/** How many words make one paragraph of captions: they come as one unbroken text, unreadable on a phone as one block. */
const CAPTION_PARAGRAPH_WORDS = PARAGRAPH_WORDS;

/**
 * YouTube's captions as paragraphs of text. Never read as markdown: a caption saying "# of users" or
 * "<script>" is text, and text nodes cannot hold markup.
 */
export function renderCaptions(captions: string): RenderedText {
  const paragraphs: string[] = [];
  for (const line of captions.split(/\n+/)) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    for (let start = 0; start < words.length; start += CAPTION_PARAGRAPH_WORDS) {
      paragraphs.push(words.slice(start, start + CAPTION_PARAGRAPH_WORDS).join(' '));
    }
  }
  const tree: HastRoot = { type: 'root', children: paragraphs.map((text) => h('p', text)) };
  const hast = sanitiseOnly.runSync(tree) as HastRoot;
  return { html: toHtml(hast), headings: [], plainText: paragraphs.join('\n\n') };
}

function headingsOf(tree: HastRoot): TranscriptHeading[] {
  const headings: TranscriptHeading[] = [];
  eachElement(tree, (node) => {
    const depth = headingRank(node);
    const slug = node.properties?.id;
    if (depth && typeof slug === 'string') headings.push({ depth, slug, text: hastToString(node as ElementContent) });
  });
  return headings;
}

// Of the sanitised tree, so the text file holds exactly what the page shows (no raw HTML of the source).
function plainTextOf(tree: HastRoot): string {
  const textOf = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element') return '';
    if (node.tagName === 'br') return '\n';
    const separator = ['ul', 'ol', 'table', 'thead', 'tbody', 'tr'].includes(node.tagName) ? '\n' : '';
    return node.children.map(textOf).filter((text) => !separator || text.trim()).join(separator);
  };
  return tree.children.map((node) => (node.type === 'element' ? textOf(node).replace(/[ \t]*\n\s*/g, '\n').trim() : '')).filter(Boolean).join('\n\n');
}
