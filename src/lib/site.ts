import { archivePaths } from './archive/paths.ts';
import { siteConfig } from '../site.config.ts';

/** The site's config and URL builders, for components and pages. */
export const site = siteConfig;
export const paths = archivePaths(siteConfig.base);

/** Absolute URL of a site path (for canonical links, feeds and Open Graph). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteConfig.site).toString();
}

/** The archive's configured shows, primary first. */
export const shows = siteConfig.shows;

export function showOf(episode: { show: string }) {
  return shows.find((show) => show.slug === episode.show) ?? shows[0]!;
}
