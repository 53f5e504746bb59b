import type { Nodes } from 'mdast';
import { deniedTarget, deniedUrlsInText } from './link-hosts.ts';
import { walk } from './walk.ts';

/**
 * The first URL of a deny-listed host in the nodes: in a link, an image or a definition (for a redirect
 * wrapper, the internal URL it carries), and in text or code that merely mentions it, with or without a scheme,
 * in any spelling of its host (link-hosts.ts; the leak guard reads hosts the same way).
 */
export function findInternalUrl(nodes: readonly Nodes[], denied: readonly string[]): string | undefined {
  let found: string | undefined;
  walk(nodes, (child) => {
    if (child.type === 'link' || child.type === 'image' || child.type === 'definition') {
      found = deniedTarget(child.url, denied);
    } else if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'code' || child.type === 'html') {
      found = deniedUrlsInText(child.value, denied)[0];
    }
    return found ? 'stop' : undefined;
  });
  return found;
}
