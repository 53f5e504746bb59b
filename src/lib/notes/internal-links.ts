import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { isDeniedHost, urlsInText } from './link-hosts.ts';

// A host named in running text without a scheme: `grafana.slack.com/archives/…`, `docs.google.com`.
const BARE_HOST = /(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s)<>\]"'`]*)?/gi;

/**
 * The first URL of a deny-listed host in the nodes: in a link, an image or a definition, and in text
 * or code that merely mentions it, with or without a scheme (the leak guard looks for such hosts
 * anywhere in the output).
 */
export function findInternalUrl(nodes: readonly Nodes[], denied: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const node of nodes) {
    visit(node, (child) => {
      if ((child.type === 'link' || child.type === 'image' || child.type === 'definition') && isDeniedHost(child.url, denied)) {
        found = child.url;
      } else if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code' || child.type === 'html') {
        found = [...urlsInText(child.value), ...(child.value.match(BARE_HOST) ?? [])].find((url) => isDeniedHost(url, denied));
      }
      return found ? false : undefined;
    });
    if (found) break;
  }
  return found;
}
