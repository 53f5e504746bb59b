import type { Paragraph, RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

// `src="[https://…](https://…)"`: Obsidian's editor turned the pasted URL into a markdown link.
const MARKDOWN_LINK = /^\s*\[[^\]]*\]\(\s*<?([^)\s>]*)>?\s*\)\s*$/;
// What may stand beside a video link on its line: `Video:`, `YouTube -`, `🎥`.
const LABEL = /^[\p{L}\p{Extended_Pictographic}\uFE0F ]{0,20}[:\-–—]?$/u;

/**
 * URLs that may name the episode's video in the blocks before the first section: iframe `src`
 * attributes (read with an HTML parser; a src written as a markdown link gives its URL), and links on
 * a line of their own (`[url](…)`, `[Link to YouTube video](…)`, `Video: <…>`). A link inside running
 * text (an index note's "our [weekly livestream](…)") is not the note's video.
 */
export function videoCandidateUrls(blocks: readonly RootContent[]): string[] {
  const urls: string[] = [];
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === 'html') {
        visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
          const src = element.properties.src;
          if (element.tagName === 'iframe' && typeof src === 'string') urls.push(MARKDOWN_LINK.exec(src)?.[1] ?? src);
        });
      } else if (node.type === 'paragraph') {
        for (const url of linksOnTheirOwnLine(node)) urls.push(url);
      }
    });
  }
  return urls;
}

/** The links of a paragraph that each stand on a line with at most a short label beside them. */
function linksOnTheirOwnLine(paragraph: Paragraph): string[] {
  const urls: string[] = [];
  let line: { links: string[]; text: string } = { links: [], text: '' };
  const endLine = () => {
    if (line.links.length === 1 && LABEL.test(line.text.trim())) urls.push(line.links[0]!);
    line = { links: [], text: '' };
  };
  for (const child of paragraph.children) {
    if (child.type === 'link') {
      line.links.push(child.url);
    } else if (child.type === 'break') {
      endLine();
    } else if (child.type === 'text') {
      const [first, ...rest] = child.value.split('\n');
      line.text += first;
      for (const part of rest) {
        endLine();
        line.text += part;
      }
    } else if (child.type !== 'html') {
      line.text += toString(child);
    }
  }
  endLine();
  return urls;
}
