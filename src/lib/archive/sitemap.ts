import type { UrlRegistry } from './url-registry.ts';

/** Old keys of dated episodes whose URL changed: each is a redirect page, not a page of its own. */
export function redirectedKeys(registry: UrlRegistry): string[] {
  return Object.values(registry.episodes).flatMap((entry) => entry.previous ?? []);
}

/**
 * The sitemap's page filter: it lists every page except those search engines should not be sent to
 * (the 404 page, redirect pages). The paths are read on the first call, when the build has written
 * its URL registry (a build that finds a changed date records the new redirect in it).
 */
export function sitemapFilter(notIndexedPaths: () => Iterable<string>): (page: string) => boolean {
  let excluded: Set<string> | undefined;
  return (page) => {
    excluded ??= new Set(notIndexedPaths());
    return !excluded.has(new URL(page).pathname);
  };
}
