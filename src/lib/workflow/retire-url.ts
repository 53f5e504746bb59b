import type { UrlRegistry } from '../archive/url-registry.ts';
import { WorkflowError } from './workflow-error.ts';

/** The episode key a URL names: `/episodes/28/`, `https://site/episodes/show/2024-01-19-title/` or the key itself. */
export function keyOfUrl(url: string): string {
  const path = url.trim().replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const inEpisodes = /(?:^|\/)episodes\/(.+?)\/?$/.exec(path);
  return decodeURIComponent(inEpisodes ? inEpisodes[1]! : path.replace(/^\/+|\/+$/g, ''));
}

/**
 * The registry without the episode published at a URL (its old URLs' redirects go with it): a
 * published episode taken off the site for good, on purpose. `withPages` are the keys that still have a
 * page: those cannot be retired (the build would list them again).
 * @throws WorkflowError when no episode was published there, or it still has a page.
 */
export function retireUrl(registry: UrlRegistry, url: string, withPages: ReadonlySet<string>): { registry: UrlRegistry; identity: string; key: string; file?: string } {
  const key = keyOfUrl(url);
  const found = Object.entries(registry.episodes).find(([, entry]) => entry.key === key || entry.previous?.includes(key));
  if (!found) {
    throw new WorkflowError(`no episode was published at /episodes/${key}/, by the URL registry`,
      'give the URL (or the part after /episodes/) that `npm run check` or the build named.');
  }
  const [identity, entry] = found;
  if (withPages.has(entry.key)) {
    throw new WorkflowError(`the episode at /episodes/${entry.key}/ still has a page (${entry.file ?? 'its note'})`,
      'to take it off the site, write `draft: true` in its note, or delete the note first.');
  }
  const episodes = { ...registry.episodes };
  delete episodes[identity];
  return { registry: { ...registry, episodes }, identity, key: entry.key, file: entry.file };
}
