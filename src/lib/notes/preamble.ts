import type { RootContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * URLs that may name the episode's video in the blocks before the first section:
 * iframe `src` attributes (read with an HTML parser) and markdown links.
 */
export function videoCandidateUrls(blocks: readonly RootContent[]): string[] {
  const urls: string[] = [];
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === 'html') {
        visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
          const src = element.properties.src;
          if (element.tagName === 'iframe' && typeof src === 'string') urls.push(src);
        });
      } else if (node.type === 'link') {
        urls.push(node.url);
      }
    });
  }
  return urls;
}
